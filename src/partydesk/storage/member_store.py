"""Members and their events: bulk writes and simple reads."""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import asdict
from datetime import UTC, date, datetime
from typing import Any

from sqlite_utils import Database

from partydesk.domain.member import MemberRecord
from partydesk.domain.vietnamese import fold, name_sort_key

MEMBER_COLUMNS = [
    "id", "full_name", "name_folded", "sort_key", "birth_name", "sex", "birth_date",
    "ethnicity", "religion", "home_town", "residence", "education", "professional_level",
    "theory_level", "languages", "occupation_before", "occupation_now", "admitted_on",
    "ceremony_on", "official_on", "card_number", "history_number", "badge_number",
    "service", "phone", "notes", "status", "created_at", "updated_at",
]
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
    row["name_folded"] = fold(member.full_name)
    row["sort_key"] = name_sort_key(member.full_name)
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
        db.conn.executemany(event_sql, (
            (eid, mid, kind, on, json.dumps(details, ensure_ascii=False), now)
            for eid, mid, kind, on, details in events))


def count_members(db: Database, status: str | None = None) -> int:
    if status is None:
        return db.execute("SELECT count(*) FROM members").fetchone()[0]
    return db.execute("SELECT count(*) FROM members WHERE status = ?", [status]).fetchone()[0]


def count_by_status(db: Database) -> dict[str, int]:
    return dict(db.execute("SELECT status, count(*) FROM members GROUP BY status").fetchall())
