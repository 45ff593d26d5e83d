"""Members and their events: bulk writes and simple reads."""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import asdict
from dataclasses import fields as dataclass_fields
from datetime import UTC, date, datetime
from typing import Any

from partydesk.domain.member import MemberRecord, MemberStatus, Sex
from partydesk.domain.vietnamese import name_sort_key, search_form
from partydesk.storage.connection import Database
from partydesk.storage.schema import MEMBER_FLAG_SQL, refresh_member_flags_sql

MEMBER_COLUMNS = [
    "id", "full_name", "name_folded", "sort_key", "birth_name", "sex", "birth_date",
    "ethnicity", "religion", "home_town", "residence", "education", "professional_level",
    "theory_level", "languages", "occupation_before", "occupation_now", "admitted_on",
    "ceremony_on", "official_on", "card_number", "history_number", "badge_number",
    "service", "phone", "notes", "status", "given_name", "created_at", "updated_at",
]
DATE_FIELDS = ("birth_date", "admitted_on", "ceremony_on", "official_on")
EVENT_COLUMNS = ["id", "member_id", "kind", "occurred_on", "details", "created_at"]


def _sql_value(value: Any) -> Any:
    if isinstance(value, date):
        return value.isoformat()
    if hasattr(value, "value"):      # enums are stored by value
        return value.value
    return value


def member_row(member: MemberRecord, now: str) -> tuple:
    row = {k: _sql_value(v) for k, v in asdict(member).items()}
    row["card_number"] = row["card_number"] or None
    row["name_folded"] = search_form(member.full_name)
    row["sort_key"] = name_sort_key(member.full_name, member.given_name)
    row["created_at"] = row["updated_at"] = now
    return tuple(row[c] for c in MEMBER_COLUMNS)


def insert_members(db: Database, members: Iterable[MemberRecord],
                   events: Iterable[tuple[str, str, str, str, dict]] = ()) -> None:
    """Insert members and their events ``(id, member_id, kind, iso_date, details)``
    in one transaction."""
    now = datetime.now(UTC).isoformat(timespec="seconds")
    member_sql = (f"INSERT INTO members ({', '.join(MEMBER_COLUMNS)}) "
                  f"VALUES ({', '.join('?' for _ in MEMBER_COLUMNS)})")
    event_sql = (f"INSERT INTO member_events ({', '.join(EVENT_COLUMNS)}) "
                 f"VALUES ({', '.join('?' for _ in EVENT_COLUMNS)})")
    with db.atomic():
        db.conn.executemany(member_sql, (member_row(m, now) for m in members))
        events = list(events)
        db.conn.executemany(event_sql, (
            (eid, mid, kind, on, json.dumps(details, ensure_ascii=False), now)
            for eid, mid, kind, on, details in events))
        refresh_member_flags(db, {mid for _, mid, kind, _, _ in events if kind in FLAG_KINDS})


FLAG_KINDS = frozenset(kind for kinds in MEMBER_FLAG_SQL.values() for kind in kinds)


def refresh_member_flags(db: Database, member_ids: Iterable[str]) -> None:
    """Work out the exempt / temporarily-away columns of these members from their events."""
    ids = json.dumps(sorted(member_ids))
    if ids == "[]":
        return
    where = "WHERE id IN (SELECT value FROM json_each(:ids))"
    for flag in MEMBER_FLAG_SQL:
        db.execute(refresh_member_flags_sql(flag, where), {"ids": ids})


def update_member(db: Database, member: MemberRecord) -> bool:
    """Rewrite every field of an existing member (the search index follows by trigger).
    False when there is no member with that id."""
    now = datetime.now(UTC).isoformat(timespec="seconds")
    row = dict(zip(MEMBER_COLUMNS, member_row(member, now), strict=True))
    del row["created_at"]
    assignments = ", ".join(f"{c} = :{c}" for c in row if c != "id")
    with db.atomic():
        cursor = db.execute(f"UPDATE members SET {assignments} WHERE id = :id", row)
    return cursor.rowcount == 1


def record_from_row(row: dict[str, Any]) -> MemberRecord:
    """A member row (as read from ``members``) back into a record."""
    fields = {f.name: row[f.name] for f in dataclass_fields(MemberRecord)}
    for name in DATE_FIELDS:
        fields[name] = date.fromisoformat(fields[name]) if fields[name] else None
    fields["sex"] = Sex(fields["sex"])
    fields["status"] = MemberStatus(fields["status"])
    fields["card_number"] = fields["card_number"] or ""
    return MemberRecord(**fields)


def card_owners(db: Database, cards: Iterable[str]) -> dict[str, str]:
    """``card number → member id`` for those of ``cards`` already in the register."""
    wanted = sorted({c for c in cards if c})
    found: dict[str, str] = {}
    for start in range(0, len(wanted), 500):
        chunk = wanted[start:start + 500]
        marks = ", ".join("?" for _ in chunk)
        found.update(db.execute(
            f"SELECT card_number, id FROM members WHERE card_number IN ({marks})",
            chunk).fetchall())
    return found


def count_members(db: Database, status: str | None = None) -> int:
    if status is None:
        return db.execute("SELECT count(*) FROM members").fetchone()[0]
    return db.execute("SELECT count(*) FROM members WHERE status = ?", [status]).fetchone()[0]


def count_by_status(db: Database) -> dict[str, int]:
    return dict(db.execute("SELECT status, count(*) FROM members GROUP BY status").fetchall())


def load_member(db: Database, member_id: str) -> MemberRecord | None:
    fields = [f.name for f in dataclass_fields(MemberRecord)]
    row = db.execute(f"SELECT {', '.join(fields)} FROM members WHERE id = ?",
                     [member_id]).fetchone()
    if row is None:
        return None
    return _record(dict(zip(fields, row, strict=True)))


def _record(values: dict) -> MemberRecord:
    for name in ("birth_date", "admitted_on", "ceremony_on", "official_on"):
        values[name] = date.fromisoformat(values[name]) if values[name] else None
    values["sex"] = Sex(values["sex"])
    values["status"] = MemberStatus(values["status"])
    values["card_number"] = values["card_number"] or ""
    return MemberRecord(**values)


def members_in_name_order(db: Database, statuses: Iterable[str]) -> list[MemberRecord]:
    """Members with these statuses, in Vietnamese name order."""
    wanted = list(statuses)
    fields = [f.name for f in dataclass_fields(MemberRecord)]
    rows = db.execute(f"SELECT {', '.join(fields)} FROM members WHERE status IN "
                      f"({', '.join('?' for _ in wanted)}) ORDER BY sort_key, id", wanted)
    return [_record(dict(zip(fields, row, strict=True))) for row in rows.fetchall()]
