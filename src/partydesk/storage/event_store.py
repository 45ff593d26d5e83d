"""Reading and writing members' lifecycle events."""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import UTC, date, datetime

from partydesk.domain.events import EventKind, MemberEvent
from partydesk.domain.ids import new_id
from partydesk.storage.connection import Database


def _event(kind: str, occurred_on: str, details: str) -> MemberEvent:
    parsed = json.loads(details) if details != "{}" else {}
    return MemberEvent(EventKind(kind), date.fromisoformat(occurred_on), parsed)


def events_of(db: Database, member_id: str) -> list[MemberEvent]:
    rows = db.execute("SELECT kind, occurred_on, details FROM member_events "
                      "WHERE member_id = ? ORDER BY occurred_on, created_at, id", [member_id])
    return [_event(*row) for row in rows.fetchall()]


def events_of_many(db: Database, member_ids: Iterable[str]) -> dict[str, list[MemberEvent]]:
    ids = list(member_ids)
    histories: dict[str, list[MemberEvent]] = {member_id: [] for member_id in ids}
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        rows = db.execute(
            f"SELECT member_id, kind, occurred_on, details FROM member_events "
            f"WHERE member_id IN ({', '.join('?' for _ in chunk)}) "
            f"ORDER BY member_id, occurred_on, created_at, id", chunk)
        for member_id, *event in rows.fetchall():
            histories[member_id].append(_event(*event))
    return histories


def insert_event(db: Database, member_id: str, event: MemberEvent) -> str:
    event_id = new_id()
    db.execute("INSERT INTO member_events (id, member_id, kind, occurred_on, details, "
               "created_at) VALUES (?, ?, ?, ?, ?, ?)",
               [event_id, member_id, event.kind.value, event.on.isoformat(),
                json.dumps(dict(event.details), ensure_ascii=False, default=str),
                datetime.now(UTC).isoformat(timespec="seconds")])
    return event_id


def card_numbers_except(db: Database, member_id: str) -> frozenset[str]:
    rows = db.execute("SELECT card_number FROM members WHERE id != ? AND card_number IS NOT "
                      "NULL AND card_number != ''", [member_id])
    return frozenset(row[0] for row in rows.fetchall())


def member_ids_with_status(db: Database, statuses: Iterable[str]) -> list[str]:
    wanted = list(statuses)
    rows = db.execute(f"SELECT id FROM members WHERE status IN "
                      f"({', '.join('?' for _ in wanted)})", wanted)
    return [row[0] for row in rows.fetchall()]


def member_ids_admitted_between(db: Database, windows: Iterable[tuple[date, date]]) -> list[str]:
    """Members whose admission decision falls in any of the (first, last) windows."""
    ids: list[str] = []
    for first, last in windows:
        rows = db.execute("SELECT id FROM members WHERE admitted_on BETWEEN ? AND ? "
                          "AND status IN ('official', 'deceased')",
                          [first.isoformat(), last.isoformat()])
        ids.extend(row[0] for row in rows.fetchall())
    return ids


def update_member_summary(db: Database, member_id: str, values: dict[str, object]) -> None:
    """Keep the derived columns (status, official date, card) in step with the events."""
    assignments = ", ".join(f"{column} = :{column}" for column in values)
    params = {k: (v.isoformat() if isinstance(v, date) else v) for k, v in values.items()}
    params["id"] = member_id
    params["updated_at"] = datetime.now(UTC).isoformat(timespec="seconds")
    db.execute(f"UPDATE members SET {assignments}, updated_at = :updated_at WHERE id = :id",
               params)


def member_summary(db: Database, member_id: str) -> dict[str, object] | None:
    fields = ("full_name", "birth_date", "status", "official_on", "card_number", "exempt",
              "temporarily_away")
    row = db.execute(f"SELECT {', '.join(fields)} FROM members WHERE id = ?",
                     [member_id]).fetchone()
    if row is None:
        return None
    return dict(zip(fields, row, strict=True))


def member_names(db: Database, member_ids: Iterable[str]) -> dict[str, str]:
    ids = list(dict.fromkeys(member_ids))
    names: dict[str, str] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        rows = db.execute(f"SELECT id, full_name FROM members WHERE id IN "
                          f"({', '.join('?' for _ in chunk)})", chunk)
        names.update(rows.fetchall())
    return names
