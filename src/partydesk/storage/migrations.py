"""The schema, as named, append-only migrations. Never edit one that has shipped:
add a new one below it."""

from __future__ import annotations

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

migrations = Migrations("partydesk")


@migrations(name="0001_organisation_and_settings")
def _organisation_and_settings(db: Database) -> None:
    db.execute("""
        CREATE TABLE organisation (
            id TEXT PRIMARY KEY,
            singleton INTEGER NOT NULL DEFAULT 1 UNIQUE CHECK (singleton = 1),
            role TEXT NOT NULL CHECK (role IN ('cell', 'committee')),
            name TEXT NOT NULL,
            code TEXT NOT NULL,
            higher_name TEXT NOT NULL DEFAULT '',
            term TEXT NOT NULL DEFAULT '',
            secretary TEXT NOT NULL DEFAULT '',
            signing_public_key TEXT NOT NULL,
            box_public_key TEXT NOT NULL,
            created_at TEXT NOT NULL
        )""")
    db.execute("""
        CREATE TABLE settings (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL
        )""")


@migrations(name="0002_members")
def _members(db: Database) -> None:
    db.execute("""
        CREATE TABLE members (
            id TEXT PRIMARY KEY,
            full_name TEXT NOT NULL,
            name_folded TEXT NOT NULL,
            sort_key TEXT NOT NULL,
            birth_name TEXT NOT NULL DEFAULT '',
            sex TEXT NOT NULL CHECK (sex IN ('male', 'female')),
            birth_date TEXT NOT NULL,
            ethnicity TEXT NOT NULL DEFAULT '',
            religion TEXT NOT NULL DEFAULT '',
            home_town TEXT NOT NULL DEFAULT '',
            residence TEXT NOT NULL DEFAULT '',
            education TEXT NOT NULL DEFAULT '',
            professional_level TEXT NOT NULL DEFAULT '',
            theory_level TEXT NOT NULL DEFAULT '',
            languages TEXT NOT NULL DEFAULT '',
            occupation_before TEXT NOT NULL DEFAULT '',
            occupation_now TEXT NOT NULL DEFAULT '',
            admitted_on TEXT,
            ceremony_on TEXT,
            official_on TEXT,
            card_number TEXT,
            history_number TEXT NOT NULL DEFAULT '',
            badge_number TEXT NOT NULL DEFAULT '',
            service TEXT NOT NULL DEFAULT '',
            phone TEXT NOT NULL DEFAULT '',
            notes TEXT NOT NULL DEFAULT '',
            status TEXT NOT NULL,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        )""")
    db.execute("CREATE UNIQUE INDEX members_card_number ON members (card_number) "
               "WHERE card_number IS NOT NULL AND card_number != ''")
    db.execute("CREATE INDEX members_sort ON members (sort_key, id)")
    db.execute("CREATE INDEX members_status_sort ON members (status, sort_key, id)")
    db.execute("""
        CREATE TABLE member_events (
            id TEXT PRIMARY KEY,
            member_id TEXT NOT NULL REFERENCES members (id) ON DELETE CASCADE,
            kind TEXT NOT NULL,
            occurred_on TEXT NOT NULL,
            details TEXT NOT NULL DEFAULT '{}',
            created_at TEXT NOT NULL
        )""")
    db.execute("CREATE INDEX member_events_member ON member_events (member_id, occurred_on)")


@migrations(name="0003_lifecycle_audit_candidates")
def _audit_and_candidates(db: Database) -> None:
    db.execute("""
        CREATE TABLE audit_log (
            id INTEGER PRIMARY KEY,
            at TEXT NOT NULL,
            entity TEXT NOT NULL,
            entity_id TEXT NOT NULL,
            action TEXT NOT NULL,
            field TEXT NOT NULL DEFAULT '',
            old_value TEXT,
            new_value TEXT
        )""")
    db.execute("CREATE INDEX audit_log_entity ON audit_log (entity, entity_id, id)")
    db.execute("CREATE INDEX members_admitted ON members (admitted_on)")
    db.execute("""
        CREATE TABLE candidates (
            id TEXT PRIMARY KEY,
            full_name TEXT NOT NULL,
            sort_key TEXT NOT NULL,
            sex TEXT NOT NULL CHECK (sex IN ('male', 'female')),
            birth_date TEXT,
            ethnicity TEXT NOT NULL DEFAULT '',
            religion TEXT NOT NULL DEFAULT '',
            residence TEXT NOT NULL DEFAULT '',
            awareness_certificate_on TEXT,
            youth_union_resolution_on TEXT,
            application_on TEXT,
            cell_resolution_on TEXT,
            admission_decision_on TEXT,
            member_id TEXT REFERENCES members (id),
            notes TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        )""")
    db.execute("CREATE INDEX candidates_sort ON candidates (sort_key, id)")
    db.execute("""
        CREATE TABLE candidate_sponsors (
            candidate_id TEXT NOT NULL REFERENCES candidates (id) ON DELETE CASCADE,
            member_id TEXT NOT NULL REFERENCES members (id),
            months_together INTEGER NOT NULL CHECK (months_together >= 0),
            PRIMARY KEY (candidate_id, member_id)
        )""")


# Children of a meeting and how to reach the meeting's status from a row of each.
_MINUTES_PARTS = {
    "meeting_attendance": "SELECT status FROM meetings WHERE id = {row}.meeting_id",
    "agenda_items": "SELECT status FROM meetings WHERE id = {row}.meeting_id",
    "meeting_votes": "SELECT status FROM meetings WHERE id = {row}.meeting_id",
    "speeches": ("SELECT m.status FROM agenda_items i JOIN meetings m ON m.id = i.meeting_id "
                 "WHERE i.id = {row}.item_id"),
}


@migrations(name="0004_meetings_minutes")
def _meetings_minutes(db: Database) -> None:
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


@migrations(name="0005_meetings_documents")
def _meetings_documents(db: Database) -> None:
    db.execute("""
        CREATE TABLE documents (
            id TEXT PRIMARY KEY,
            type_code TEXT NOT NULL,
            term TEXT NOT NULL,
            seq INTEGER NOT NULL CHECK (seq >= 1),
            number TEXT NOT NULL,
            issued_on TEXT NOT NULL,
            meeting_id TEXT REFERENCES meetings (id),
            title TEXT NOT NULL,
            content TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            UNIQUE (term, type_code, seq)
        )""")
    db.execute("CREATE INDEX documents_type_issued ON documents (type_code, issued_on, id)")
    db.execute("CREATE INDEX documents_meeting ON documents (meeting_id)")
    db.execute("""
        CREATE TABLE document_tasks (
            id TEXT PRIMARY KEY,
            document_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            content TEXT NOT NULL,
            assignee TEXT NOT NULL DEFAULT '',
            deadline TEXT,
            status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'done')),
            done_on TEXT,
            progress TEXT NOT NULL DEFAULT '',
            CHECK ((status = 'done') = (done_on IS NOT NULL))
        )""")
    db.execute("CREATE INDEX document_tasks_document ON document_tasks (document_id, position)")
    db.execute("CREATE INDEX document_tasks_open_deadline ON document_tasks (deadline) "
               "WHERE status = 'open'")


def known_migration_names() -> list[str]:
    return [m.name for m in migrations._migrations]
