"""Meetings and their minutes: attendance, agenda items, speeches, votes, amendments.

No rules here: the services check them first. The database adds one guard of
its own: triggers refuse any change to signed (finalised) minutes, which
:mod:`partydesk.storage.rows` turns into the same message the service gives.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from typing import Any

from partydesk.storage.connection import Database
from partydesk.storage.rows import (
    Row,
    insert,
    insert_many,
    now_text,
    select,
    select_one,
    update,
    writing,
)
from partydesk.storage.rows import sql_value as _value

MEETING_COLUMNS = (
    "id, kind, held_on, starts_at, ends_at, place, purpose, chair_member_id, chair_name, "
    "minute_taker_member_id, minute_taker_name, guests, status, finalised_on")
ATTENDANCE_COLUMNS = "id, position, member_id, name, membership, standing, presence, reason"


# --- meetings ----------------------------------------------------------------

def insert_meeting(db: Database, row: Mapping[str, Any]) -> None:
    stamp = now_text()
    insert(db, "meetings", {**row, "created_at": stamp, "updated_at": stamp})


def update_meeting(db: Database, meeting_id: str, fields: Mapping[str, Any]) -> None:
    update(db, "meetings", meeting_id, {**fields, "updated_at": now_text()})


def finalise_meeting(db: Database, meeting_id: str, on: date) -> None:
    update_meeting(db, meeting_id, {"status": "finalised", "finalised_on": on})


def delete_meeting(db: Database, meeting_id: str) -> None:
    with writing():
        db.execute("DELETE FROM meetings WHERE id = ?", [meeting_id])


def load_meeting(db: Database, meeting_id: str) -> Row | None:
    return select_one(db, f"SELECT {MEETING_COLUMNS} FROM meetings WHERE id = ?",
                      [meeting_id])


def list_meetings(db: Database, status: str | None = None,
                  since: date | None = None, until: date | None = None) -> list[Row]:
    """Meetings, newest first, with how many were present and the minutes' resolutions."""
    where, params = ["1 = 1"], []
    for clause, value in (("m.status = ?", status), ("m.held_on >= ?", since),
                          ("m.held_on <= ?", until)):
        if value is not None:
            where.append(clause)
            params.append(_value(value))
    return select(db, f"""
        SELECT m.id, m.kind, m.held_on, m.starts_at, m.ends_at, m.place, m.status,
               m.finalised_on, m.chair_name, m.minute_taker_name,
               (SELECT count(*) FROM meeting_attendance a
                 WHERE a.meeting_id = m.id AND a.presence = 'present') AS present,
               (SELECT count(*) FROM meeting_attendance a WHERE a.meeting_id = m.id)
                 AS attendees,
               (SELECT count(*) FROM meeting_amendments x WHERE x.meeting_id = m.id)
                 AS amendments
          FROM meetings m
         WHERE {' AND '.join(where)}
         ORDER BY m.held_on DESC, m.id DESC""", params)


def meeting_dates(db: Database) -> list[Row]:
    return select(db, "SELECT held_on, kind FROM meetings ORDER BY held_on")


def meeting_held_in_month(db: Database, year: int, month: int) -> bool:
    """Whether any meeting (draft or signed) is recorded in that month."""
    start = f"{year:04d}-{month:02d}-01"
    end = f"{year + (month == 12):04d}-{month % 12 + 1:02d}-01"
    return db.execute("SELECT 1 FROM meetings WHERE held_on >= ? AND held_on < ? LIMIT 1",
                      [start, end]).fetchone() is not None


# --- attendance ----------------------------------------------------------------

def replace_attendance(db: Database, meeting_id: str, rows: Sequence[Mapping[str, Any]]) -> None:
    with writing():
        db.execute("DELETE FROM meeting_attendance WHERE meeting_id = ?", [meeting_id])
    insert_many(db, "meeting_attendance", [{**r, "meeting_id": meeting_id} for r in rows])


def insert_attendee(db: Database, meeting_id: str, row: Mapping[str, Any]) -> None:
    position = _next_position(db, "meeting_attendance", "meeting_id", meeting_id)
    insert(db, "meeting_attendance", {**row, "meeting_id": meeting_id, "position": position})


def update_attendee(db: Database, attendee_id: str, fields: Mapping[str, Any]) -> None:
    update(db, "meeting_attendance", attendee_id, fields)


def attendance(db: Database, meeting_id: str) -> list[Row]:
    return select(db, f"SELECT {ATTENDANCE_COLUMNS} FROM meeting_attendance "
                      "WHERE meeting_id = ? ORDER BY position", [meeting_id])


# --- items, speeches, votes, amendments ----------------------------------------

def insert_item(db: Database, meeting_id: str, row: Mapping[str, Any]) -> None:
    position = _next_position(db, "agenda_items", "meeting_id", meeting_id)
    insert(db, "agenda_items", {**row, "meeting_id": meeting_id, "position": position})


def update_item(db: Database, item_id: str, fields: Mapping[str, Any]) -> None:
    update(db, "agenda_items", item_id, fields)


def load_item(db: Database, item_id: str) -> Row | None:
    return select_one(db, "SELECT id, meeting_id, position, title, conclusion "
                          "FROM agenda_items WHERE id = ?", [item_id])


def items(db: Database, meeting_id: str) -> list[Row]:
    return select(db, "SELECT id, position, title, conclusion FROM agenda_items "
                      "WHERE meeting_id = ? ORDER BY position", [meeting_id])


def insert_speech(db: Database, item_id: str, row: Mapping[str, Any]) -> None:
    position = _next_position(db, "speeches", "item_id", item_id)
    insert(db, "speeches", {**row, "item_id": item_id, "position": position})


def speeches(db: Database, meeting_id: str) -> list[Row]:
    return select(db, """
        SELECT s.id, s.item_id, s.position, s.speaker_member_id, s.speaker_name, s.text
          FROM speeches s JOIN agenda_items i ON i.id = s.item_id
         WHERE i.meeting_id = ? ORDER BY i.position, s.position""", [meeting_id])


def insert_vote(db: Database, meeting_id: str, row: Mapping[str, Any]) -> None:
    position = _next_position(db, "meeting_votes", "meeting_id", meeting_id)
    insert(db, "meeting_votes", {**row, "meeting_id": meeting_id, "position": position})


def votes(db: Database, meeting_id: str) -> list[Row]:
    return select(db, """
        SELECT v.id, v.item_id, v.position, v.decision_kind, v.question, v.subject_member_id,
               m.full_name AS subject_name, v.votes_for, v.against, v.abstain
          FROM meeting_votes v LEFT JOIN members m ON m.id = v.subject_member_id
         WHERE v.meeting_id = ? ORDER BY v.position""", [meeting_id])


def insert_amendment(db: Database, meeting_id: str, row: Mapping[str, Any]) -> None:
    insert(db, "meeting_amendments", {**row, "meeting_id": meeting_id,
                                      "created_at": now_text()})


def amendments(db: Database, meeting_id: str) -> list[Row]:
    return select(db, "SELECT id, amended_on, text, author FROM meeting_amendments "
                      "WHERE meeting_id = ? ORDER BY amended_on, created_at, id", [meeting_id])


def _next_position(db: Database, table: str, parent: str, parent_id: str) -> int:
    row = db.execute(f"SELECT coalesce(max(position), 0) + 1 FROM {table} "
                     f"WHERE {parent} = ?", [parent_id]).fetchone()
    return int(row[0])
