"""Every member's events, read in one pass, for deriving who was on the register on a date."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date

from partydesk.domain.events import MemberEvent
from partydesk.storage.connection import Database


@dataclass(frozen=True)
class StoredHistory:
    member_id: str
    full_name: str
    sort_key: str
    events: tuple[MemberEvent, ...]


def load_histories(db: Database) -> list[StoredHistory]:
    """All members with their events (in recorded order), in Vietnamese name order."""
    members = db.execute(
        "SELECT id, full_name, sort_key FROM members ORDER BY sort_key, id").fetchall()
    events: dict[str, list[MemberEvent]] = {member_id: [] for member_id, _, _ in members}
    cursor = db.execute("SELECT member_id, kind, occurred_on, details FROM member_events "
                        "ORDER BY member_id, occurred_on, rowid")
    for member_id, kind, on, details in cursor:
        events[member_id].append(
            MemberEvent(kind, date.fromisoformat(on), json.loads(details or "{}")))
    return [StoredHistory(member_id, name, key, tuple(events[member_id]))
            for member_id, name, key in members]


def member_names(db: Database, member_ids: list[str]) -> dict[str, str]:
    if not member_ids:
        return {}
    marks = ", ".join("?" for _ in member_ids)
    return dict(db.execute(f"SELECT id, full_name FROM members WHERE id IN ({marks})",
                           member_ids).fetchall())
