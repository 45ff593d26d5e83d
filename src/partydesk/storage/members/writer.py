"""The one writer of the ``members`` and ``member_events`` tables.

It writes what it is given: the columns a member's events decide come from the members
aggregate (``services/members/aggregate.py``), which checks each event and folds the
member's history first. Nothing here works a status or a flag out.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from partydesk.domain.events import MemberEvent
from partydesk.domain.ids import new_id
from partydesk.domain.member import MemberRecord, MemberStatus
from partydesk.domain.vietnamese import name_sort_key, search_form
from partydesk.storage.connection import Database

from .records import MEMBER_COLUMNS, RECORD_FIELDS

EVENT_COLUMNS = ["id", "member_id", "kind", "occurred_on", "details", "created_at"]
# The columns a member's events decide; an edit of the record never writes them.
DERIVED_COLUMNS = ("status", "admitted_on", "ceremony_on", "official_on", "card_number",
                   "exempt", "temporarily_away")


@dataclass(frozen=True)
class Derived:
    """A member's columns as their events decide them."""

    status: MemberStatus
    admitted_on: date | None
    ceremony_on: date | None
    official_on: date | None
    card_number: str
    exempt: bool
    temporarily_away: bool


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _sql(value: Any) -> Any:
    if isinstance(value, date):
        return value.isoformat()
    if hasattr(value, "value"):      # enums are stored by value
        return value.value
    return value


def _record_row(record: MemberRecord, now: str) -> dict[str, Any]:
    row = {name: _sql(getattr(record, name)) for name in RECORD_FIELDS}
    row["name_folded"] = search_form(record.full_name)
    row["sort_key"] = name_sort_key(record.full_name, record.given_name)
    row["created_at"] = row["updated_at"] = now
    return row


def derived_values(derived: Derived) -> dict[str, Any]:
    row = {name: _sql(getattr(derived, name)) for name in DERIVED_COLUMNS}
    row["card_number"] = derived.card_number or None
    row["exempt"], row["temporarily_away"] = int(derived.exempt), int(derived.temporarily_away)
    return row


def insert_members(db: Database, members: Iterable[tuple[MemberRecord, Derived]],
                   events: Iterable[tuple[str, MemberEvent]] = ()) -> None:
    """Insert new members, each with its derived columns, and events ``(member id,
    event)``, in one transaction."""
    now = _now()
    columns = [*MEMBER_COLUMNS, "exempt", "temporarily_away"]
    sql = (f"INSERT INTO members ({', '.join(columns)}) "
           f"VALUES ({', '.join('?' for _ in columns)})")
    def row(record: MemberRecord, derived: Derived) -> tuple:
        values = _record_row(record, now) | derived_values(derived)
        return tuple(values[c] for c in columns)

    with db.atomic():
        db.conn.executemany(sql, (row(record, derived) for record, derived in members))
        insert_events(db, events, now)


def insert_events(db: Database, events: Iterable[tuple[str, MemberEvent]],
                  now: str | None = None) -> None:
    now = now or _now()
    sql = (f"INSERT INTO member_events ({', '.join(EVENT_COLUMNS)}) "
           f"VALUES ({', '.join('?' for _ in EVENT_COLUMNS)})")
    db.conn.executemany(sql, (
        (new_id(), member_id, event.kind.value, event.on.isoformat(),
         json.dumps(dict(event.details), ensure_ascii=False, default=str), now)
        for member_id, event in events))


def write_derived(db: Database, changes: Mapping[str, Derived]) -> None:
    """Set the derived columns of existing members (``member id → columns``)."""
    now = _now()
    sql = (f"UPDATE members SET {', '.join(f'{c} = :{c}' for c in DERIVED_COLUMNS)}, "
           "updated_at = :updated_at WHERE id = :id")
    db.conn.executemany(sql, (derived_values(derived) | {"id": member_id, "updated_at": now}
                              for member_id, derived in changes.items()))


def update_record(db: Database, record: MemberRecord) -> bool:
    """Rewrite the record's own fields of an existing member, never the derived columns
    (the search index follows by trigger). False when there is no member with that id."""
    row = _record_row(record, _now())
    del row["created_at"]
    for column in DERIVED_COLUMNS:
        row.pop(column, None)
    row["card_number"] = record.card_number or None
    assignments = ", ".join(f"{c} = :{c}" for c in row if c != "id")
    with db.atomic():
        cursor = db.execute(f"UPDATE members SET {assignments} WHERE id = :id", row)
    return cursor.rowcount == 1
