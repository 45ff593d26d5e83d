"""Member records as stored: one row converter, reads by id, name order, card owners,
names and counts."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import fields as dataclass_fields
from datetime import date
from typing import Any

from partydesk.domain.member import MemberRecord, MemberStatus, Sex
from partydesk.storage.connection import Database

MEMBER_COLUMNS = [
    "id", "full_name", "name_folded", "sort_key", "birth_name", "sex", "birth_date",
    "ethnicity", "religion", "home_town", "residence", "education", "professional_level",
    "theory_level", "languages", "occupation_before", "occupation_now", "admitted_on",
    "ceremony_on", "official_on", "card_number", "history_number", "badge_number",
    "service", "phone", "notes", "status", "given_name", "created_at", "updated_at",
]
RECORD_FIELDS = [f.name for f in dataclass_fields(MemberRecord)]
DATE_FIELDS = ("birth_date", "admitted_on", "ceremony_on", "official_on")
CHUNK = 500                      # ids per IN (...) list, under SQLite's variable limit

Row = dict[str, Any]


def record_from_row(row: Row) -> MemberRecord:
    """A row of ``members`` (any dict holding the record's columns) as a record."""
    values = {name: row[name] for name in RECORD_FIELDS}
    for name in DATE_FIELDS:
        values[name] = date.fromisoformat(values[name]) if values[name] else None
    values["sex"] = Sex(values["sex"])
    values["status"] = MemberStatus(values["status"])
    values["card_number"] = values["card_number"] or ""
    return MemberRecord(**values)


def dicts(cursor) -> list[Row]:
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def chunks(ids: Iterable[str]) -> Iterator[list[str]]:
    """Distinct ids in lists short enough for one ``IN (...)``."""
    unique = list(dict.fromkeys(ids))
    for start in range(0, len(unique), CHUNK):
        yield unique[start:start + CHUNK]


def marks(values: list) -> str:
    return ", ".join("?" for _ in values)


def load_member(db: Database, member_id: str) -> MemberRecord | None:
    rows = dicts(db.execute(f"SELECT {', '.join(RECORD_FIELDS)} FROM members WHERE id = ?",
                            [member_id]))
    return record_from_row(rows[0]) if rows else None


def members_in_name_order(db: Database, statuses: Iterable[str]) -> list[MemberRecord]:
    """Members with these statuses, in Vietnamese name order."""
    wanted = list(statuses)
    cursor = db.execute(f"SELECT {', '.join(RECORD_FIELDS)} FROM members WHERE status IN "
                        f"({marks(wanted)}) ORDER BY sort_key, id", wanted)
    return [record_from_row(row) for row in dicts(cursor)]


def facts_of(db: Database, member_ids: Iterable[str]) -> dict[str, Row]:
    """``id → {birth_date, card_number, status, official_on, exempt, temporarily_away}``:
    what checking and folding a member's new events needs from the record."""
    found: dict[str, Row] = {}
    for chunk in chunks(member_ids):
        cursor = db.execute(
            "SELECT id, birth_date, card_number, status, admitted_on, ceremony_on, "
            f"official_on, exempt, temporarily_away FROM members WHERE id IN ({marks(chunk)})",
            chunk)
        found.update((row["id"], row) for row in dicts(cursor))
    return found


def card_owners(db: Database, cards: Iterable[str]) -> dict[str, str]:
    """``card number → member id`` for those of ``cards`` already in the register."""
    found: dict[str, str] = {}
    for chunk in chunks(sorted({c for c in cards if c})):
        found.update(db.execute(
            f"SELECT card_number, id FROM members WHERE card_number IN ({marks(chunk)})",
            chunk).fetchall())
    return found


def member_names(db: Database, member_ids: Iterable[str]) -> dict[str, str]:
    names: dict[str, str] = {}
    for chunk in chunks(member_ids):
        names.update(db.execute(f"SELECT id, full_name FROM members WHERE id IN "
                                f"({marks(chunk)})", chunk).fetchall())
    return names


def member_ids_with_status(db: Database, statuses: Iterable[str]) -> list[str]:
    wanted = list(statuses)
    rows = db.execute(f"SELECT id FROM members WHERE status IN ({marks(wanted)})", wanted)
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


def count_members(db: Database, status: str | None = None) -> int:
    if status is None:
        return db.execute("SELECT count(*) FROM members").fetchone()[0]
    return db.execute("SELECT count(*) FROM members WHERE status = ?", [status]).fetchone()[0]


def count_by_status(db: Database) -> dict[str, int]:
    return dict(db.execute("SELECT status, count(*) FROM members GROUP BY status").fetchall())
