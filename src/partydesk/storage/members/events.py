"""Reading members' events: one member's, several members', or every member's history
in one pass (who was on the register on a date)."""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from partydesk.domain.events import MemberEvent
from partydesk.storage.connection import Database

from .records import chunks, marks

# Same-day events keep the order they were recorded in (ids are UUIDv7: time-ordered).
EVENT_ORDER = "occurred_on, created_at, id"


def event_from_row(kind: str, occurred_on: str, details: str | None) -> MemberEvent:
    parsed = json.loads(details) if details and details != "{}" else {}
    return MemberEvent(kind, date.fromisoformat(occurred_on), parsed)


def events_of(db: Database, member_id: str) -> list[MemberEvent]:
    rows = db.execute("SELECT kind, occurred_on, details FROM member_events "
                      f"WHERE member_id = ? ORDER BY {EVENT_ORDER}", [member_id])
    return [event_from_row(*row) for row in rows.fetchall()]


def events_of_many(db: Database, member_ids: Iterable[str]) -> dict[str, list[MemberEvent]]:
    """``member id → events`` in recorded order (an empty list for a member without any)."""
    histories: dict[str, list[MemberEvent]] = {}
    for chunk in chunks(member_ids):
        histories.update((member_id, []) for member_id in chunk)
        rows = db.execute(
            f"SELECT member_id, kind, occurred_on, details FROM member_events "
            f"WHERE member_id IN ({marks(chunk)}) ORDER BY member_id, {EVENT_ORDER}", chunk)
        for member_id, *event in rows.fetchall():
            histories[member_id].append(event_from_row(*event))
    return histories


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
                        f"ORDER BY member_id, {EVENT_ORDER}")
    for member_id, *event in cursor:
        events[member_id].append(event_from_row(*event))
    return [StoredHistory(member_id, name, key, tuple(events[member_id]))
            for member_id, name, key in members]
