"""Migration 0004_meetings_minutes. Shipped: never edit it; add a new migration instead."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlite_utils import Database

NAME = "0004_meetings_minutes"


# Children of a meeting and how to reach the meeting's status from a row of each.
_MINUTES_PARTS = {
    "meeting_attendance": "SELECT status FROM meetings WHERE id = {row}.meeting_id",
    "agenda_items": "SELECT status FROM meetings WHERE id = {row}.meeting_id",
    "meeting_votes": "SELECT status FROM meetings WHERE id = {row}.meeting_id",
    "speeches": ("SELECT m.status FROM agenda_items i JOIN meetings m ON m.id = i.meeting_id "
                 "WHERE i.id = {row}.item_id"),
}


def migrate(db: Database) -> None:
    db.execute("""
        CREATE TABLE meetings (
            id TEXT PRIMARY KEY,
            kind TEXT NOT NULL,
            held_on TEXT NOT NULL,
            starts_at TEXT NOT NULL,
            ends_at TEXT,
            place TEXT NOT NULL DEFAULT '',
            purpose TEXT NOT NULL DEFAULT '',
            chair_member_id TEXT REFERENCES members (id),
            chair_name TEXT NOT NULL DEFAULT '',
            minute_taker_member_id TEXT REFERENCES members (id),
            minute_taker_name TEXT NOT NULL DEFAULT '',
            guests TEXT NOT NULL DEFAULT '',
            status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'finalised')),
            finalised_on TEXT,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            CHECK ((status = 'finalised') = (finalised_on IS NOT NULL))
        )""")
    db.execute("CREATE INDEX meetings_held_on ON meetings (held_on, id)")
    db.execute("""
        CREATE TABLE meeting_attendance (
            id TEXT PRIMARY KEY,
            meeting_id TEXT NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            member_id TEXT REFERENCES members (id),
            name TEXT NOT NULL,
            membership TEXT NOT NULL CHECK (membership IN ('official', 'probationary')),
            standing TEXT NOT NULL,
            presence TEXT NOT NULL,
            reason TEXT NOT NULL DEFAULT '',
            UNIQUE (meeting_id, member_id)
        )""")
    db.execute("CREATE INDEX meeting_attendance_meeting ON meeting_attendance "
               "(meeting_id, position)")
    db.execute("CREATE INDEX meeting_attendance_member ON meeting_attendance (member_id)")
    db.execute("""
        CREATE TABLE agenda_items (
            id TEXT PRIMARY KEY,
            meeting_id TEXT NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            title TEXT NOT NULL,
            conclusion TEXT NOT NULL DEFAULT ''
        )""")
    db.execute("CREATE INDEX agenda_items_meeting ON agenda_items (meeting_id, position)")
    db.execute("""
        CREATE TABLE speeches (
            id TEXT PRIMARY KEY,
            item_id TEXT NOT NULL REFERENCES agenda_items (id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            speaker_member_id TEXT REFERENCES members (id),
            speaker_name TEXT NOT NULL,
            text TEXT NOT NULL
        )""")
    db.execute("CREATE INDEX speeches_item ON speeches (item_id, position)")
    db.execute("""
        CREATE TABLE meeting_votes (
            id TEXT PRIMARY KEY,
            meeting_id TEXT NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
            item_id TEXT REFERENCES agenda_items (id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            decision_kind TEXT NOT NULL,
            question TEXT NOT NULL,
            subject_member_id TEXT REFERENCES members (id),
            votes_for INTEGER NOT NULL CHECK (votes_for >= 0),
            against INTEGER NOT NULL CHECK (against >= 0),
            abstain INTEGER NOT NULL CHECK (abstain >= 0)
        )""")
    db.execute("CREATE INDEX meeting_votes_meeting ON meeting_votes (meeting_id, position)")
    db.execute("""
        CREATE TABLE meeting_amendments (
            id TEXT PRIMARY KEY,
            meeting_id TEXT NOT NULL REFERENCES meetings (id),
            amended_on TEXT NOT NULL,
            text TEXT NOT NULL,
            author TEXT NOT NULL,
            created_at TEXT NOT NULL
        )""")
    db.execute("CREATE INDEX meeting_amendments_meeting ON meeting_amendments "
               "(meeting_id, amended_on)")
    _minutes_triggers(db)


def _minutes_triggers(db: Database) -> None:
    """Signed minutes are permanent: the database itself refuses to change them."""
    for action in ("UPDATE", "DELETE"):
        db.execute(f"""
            CREATE TRIGGER meetings_finalised_no_{action.lower()} BEFORE {action} ON meetings
            WHEN OLD.status = 'finalised'
            BEGIN SELECT RAISE(ABORT, 'finalised'); END""")
    for table, status_of in _MINUTES_PARTS.items():
        for action, rows in (("INSERT", ["NEW"]), ("UPDATE", ["OLD", "NEW"]),
                             ("DELETE", ["OLD"])):
            when = " OR ".join(f"({status_of.format(row=row)}) = 'finalised'" for row in rows)
            db.execute(f"""
                CREATE TRIGGER {table}_finalised_no_{action.lower()} BEFORE {action} ON {table}
                WHEN {when}
                BEGIN SELECT RAISE(ABORT, 'finalised'); END""")
    for action in ("UPDATE", "DELETE"):
        db.execute(f"""
            CREATE TRIGGER meeting_amendments_no_{action.lower()} BEFORE {action}
            ON meeting_amendments
            BEGIN SELECT RAISE(ABORT, 'finalised'); END""")
    db.execute("""
        CREATE TRIGGER meeting_amendments_only_when_finalised BEFORE INSERT
        ON meeting_amendments
        WHEN (SELECT status FROM meetings WHERE id = NEW.meeting_id) IS NOT 'finalised'
        BEGIN SELECT RAISE(ABORT, 'amendment of draft minutes'); END""")
