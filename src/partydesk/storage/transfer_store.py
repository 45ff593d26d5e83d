"""Members with a transfer out recorded: who can be given a transfer letter."""

from __future__ import annotations

from partydesk.storage.database import Database


def members_transferred_out(db: Database) -> list[tuple[str, str, str]]:
    """(member id, full name, date of the latest transfer out), latest first."""
    rows = db.execute(
        "SELECT m.id, m.full_name, max(e.occurred_on) AS day FROM member_events e "
        "JOIN members m ON m.id = e.member_id "
        "WHERE e.kind IN ('transfer_out_official', 'transfer_out_temporary') "
        "GROUP BY m.id ORDER BY day DESC, m.sort_key")
    return [(r[0], r[1], r[2]) for r in rows]
