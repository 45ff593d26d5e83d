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


def latest_transfer_out_id(db: Database, member_id: str) -> str | None:
    """The id of the member's latest transfer out event (the one a letter introduces)."""
    row = db.execute(
        "SELECT id FROM member_events WHERE member_id = ? "
        "AND kind IN ('transfer_out_official', 'transfer_out_temporary') "
        "ORDER BY occurred_on DESC, created_at DESC, id DESC LIMIT 1", [member_id]).fetchone()
    return row[0] if row else None


def letter_issued(db: Database, event_id: str, issued_on: str) -> tuple[str, str] | None:
    """(document id, number) of the letter already issued for this transfer on that day."""
    row = db.execute(
        "SELECT id, number FROM documents WHERE type_code = 'GGT' AND content = ? "
        "AND issued_on = ? ORDER BY seq LIMIT 1", [event_id, issued_on]).fetchone()
    return (row[0], row[1]) if row else None
