"""What the committee's desk reads from the copies of its cells' registers: meetings
held in a month, probationers' histories, candidates the cells have proposed, and the
decisions the committee has already recorded."""

from __future__ import annotations

from collections import defaultdict

from partydesk.domain.events import MemberEvent
from partydesk.storage.connection import Database
from partydesk.storage.members.events import event_from_row
from partydesk.storage.rows import dicts


def meetings_by_cell(db: Database, first_day: str, last_day: str) -> dict[str, int]:
    """``cell_code → meetings held`` between the two days (inclusive)."""
    return dict(db.execute(
        "SELECT cell_code, count(*) FROM cell_meetings WHERE held_on BETWEEN ? AND ? "
        "GROUP BY cell_code", [first_day, last_day]).fetchall())


def probationers(db: Database) -> list[dict]:
    """cell_code, id, full_name of every probationary member held."""
    return dicts(db.execute(
        "SELECT cell_code, id, full_name FROM cell_members WHERE status = 'probationary' "
        "ORDER BY cell_code, sort_key, id"))


def cell_histories(db: Database, keys: list[tuple[str, str]]
                   ) -> dict[tuple[str, str], list[MemberEvent]]:
    """``(cell_code, member_id) → events`` in order, for the members named."""
    wanted = set(keys)
    found: dict[tuple[str, str], list[MemberEvent]] = defaultdict(list)
    for code, member_id, kind, on, details in db.execute(
            "SELECT e.cell_code, e.member_id, e.kind, e.occurred_on, e.details "
            "FROM cell_member_events e JOIN cell_members m ON m.cell_code = e.cell_code "
            "AND m.id = e.member_id WHERE m.status = 'probationary' "
            "ORDER BY e.cell_code, e.member_id, e.occurred_on, e.rowid"):
        if (code, member_id) in wanted:
            found[(code, member_id)].append(event_from_row(kind, on, details))
    return found


def proposed_candidates(db: Database) -> list[dict]:
    """Candidates whose cell has passed its resolution and who are not admitted yet."""
    return dicts(db.execute(
        "SELECT cell_code, id, full_name, cell_resolution_on FROM cell_candidates "
        "WHERE cell_resolution_on IS NOT NULL AND admission_decision_on IS NULL "
        "AND member_id IS NULL ORDER BY cell_resolution_on, cell_code, id"))


def decided(db: Database, kind: str) -> set[tuple[str, str]]:
    """``(cell_code, member_id)`` the committee has recorded a decision of ``kind`` for."""
    return {(r[0], r[1]) for r in db.execute(
        "SELECT cell_code, member_id FROM committee_decisions WHERE kind = ?", [kind])}
