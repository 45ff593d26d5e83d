"""Discipline deferrals (the only SQL for them)."""

from __future__ import annotations

import json
from datetime import date

from partydesk.domain.discipline import Deferral
from partydesk.domain.events import EventKind, MemberEvent
from partydesk.storage.connection import Database


def insert_deferral(db: Database, deferral: Deferral) -> None:
    db.execute("INSERT INTO discipline_deferrals (id, member_id, deferral_case, since, until, "
               "note) VALUES (?, ?, ?, ?, ?, ?)",
               [deferral.id, deferral.member_id, deferral.case, deferral.since.isoformat(),
                deferral.until.isoformat(), deferral.note])


def all_deferrals(db: Database) -> list[Deferral]:
    rows = db.execute("SELECT id, member_id, deferral_case, since, until, note "
                      "FROM discipline_deferrals ORDER BY until").fetchall()
    return [Deferral(row[0], row[1], row[2], date.fromisoformat(row[3]),
                     date.fromisoformat(row[4]), row[5]) for row in rows]


def discipline_events_since(db: Database, day: date) -> list[tuple[str, MemberEvent]]:
    """(member id, event) of every discipline recorded on or after ``day``."""
    rows = db.execute("SELECT member_id, kind, occurred_on, details FROM member_events "
                      "WHERE kind = 'discipline' AND occurred_on >= ? ORDER BY occurred_on",
                      [day.isoformat()]).fetchall()
    return [(row[0], MemberEvent(EventKind(row[1]), date.fromisoformat(row[2]),
                                 json.loads(row[3] or "{}"))) for row in rows]
