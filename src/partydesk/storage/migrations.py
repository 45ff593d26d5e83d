"""The schema, as named, append-only migrations. Never edit one that has shipped:
add a new one below it.

They run through sqlite-utils' ``Migrations`` (each in one transaction, recorded in
``_sqlite_migrations``). That set is built on first use: opening an up-to-date
register only compares names, so start-up does not import sqlite-utils.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sqlite_utils import Database
    from sqlite_utils.migrations import Migrations

MIGRATION_SET = "partydesk"
_REGISTERED: list[tuple[str, Callable[[Database], None]]] = []


def migration(name: str) -> Callable:
    def register(function: Callable[[Database], None]) -> Callable[[Database], None]:
        if any(name == known for known, _ in _REGISTERED):
            raise ValueError(f"migration {name} is registered twice")
        _REGISTERED.append((name, function))
        return function
    return register


@cache
def migration_set() -> Migrations:
    """The sqlite-utils migration set, built the first time something must migrate."""
    from sqlite_utils.migrations import Migrations

    built = Migrations(MIGRATION_SET)
    for name, function in _REGISTERED:
        built(name=name)(function)
    return built


def __getattr__(name: str) -> Any:
    if name == "migrations":        # ``from …migrations import migrations`` still works
        return migration_set()
    raise AttributeError(name)


@migration("0001_organisation_and_settings")
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


@migration("0002_members")
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


@migration("0003_lifecycle_audit_candidates")
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


@migration("0004_meetings_minutes")
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


@migration("0005_meetings_documents")
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


# --- 0003: accent-insensitive name search ------------------------------------
#
# member_search is a narrow copy of each member's name, kept by triggers, whose
# INTEGER PRIMARY KEY is *clustered in Vietnamese name order*: its high bits are
# a bucket made from the first letters of the sort key, its low 20 bits a serial
# within the bucket. The FTS5 index over it (external content) therefore yields
# matches roughly in name order, so the first page of any search reads only the
# buckets it needs instead of every match (see storage/member_queries.py).
# These expressions are part of a shipped migration: never change them; write a
# new migration instead.

SEARCH_BUCKET_CHARS = 7          # characters of the sort key that make the bucket
SEARCH_CHAR_BITS = 6
SEARCH_SERIAL_BITS = 20          # rows a bucket can hold: 1,048,576


def search_bucket_sql(key: str) -> str:
    """SQL for the first rowid of the bucket of sort key ``key``.

    Each of the first characters gives 6 bits, in the order of the sort key:
    0 = absent or the letters/tones separator, 1 = the word separator, 2 = any
    other character below the alphabet, 3..31 = a Vietnamese letter, 32 = anything
    above. Codes 2 and 32 lump characters together, so the characters after them
    count for nothing: a smaller sort key then never gets a later bucket."""
    terms, lossy_before = [], []
    for i in range(1, SEARCH_BUCKET_CHARS + 1):
        c = f"unicode(substr({key}, {i}, 1))"
        code = (f"CASE WHEN {c} IS NULL OR {c} = 0 THEN 0 WHEN {c} = 1 THEN 1 "
                f"WHEN {c} < 256 THEN 2 WHEN {c} <= 284 THEN {c} - 253 ELSE 32 END")
        if lossy_before:
            code = f"CASE WHEN {' OR '.join(lossy_before)} THEN 0 ELSE {code} END"
        shift = SEARCH_CHAR_BITS * (SEARCH_BUCKET_CHARS - i) + SEARCH_SERIAL_BITS
        terms.append(f"(({code}) << {shift})")
        lossy_before.append(f"coalesce({c} BETWEEN 2 AND 255 OR {c} > 284, 0)")
    return f"({' + '.join(terms)})"


def _search_insert_sql(prefix: str) -> str:
    span = (1 << SEARCH_SERIAL_BITS) - 1
    base = search_bucket_sql(f"{prefix}sort_key")
    return f"""
        INSERT INTO member_search (rowid, member_id, name_folded, sort_key, status)
        SELECT coalesce((SELECT rowid + 1 FROM member_search
                         WHERE rowid BETWEEN b.base AND b.base + {span}
                         ORDER BY rowid DESC LIMIT 1), b.base),
               {prefix}id, {prefix}name_folded, {prefix}sort_key, {prefix}status
        FROM (SELECT {base} AS base) AS b;"""


@migration("0006_register_search")
def _register_search(db: Database) -> None:
    db.execute("""
        CREATE TABLE member_search (
            rowid INTEGER PRIMARY KEY,
            member_id TEXT NOT NULL UNIQUE,
            name_folded TEXT NOT NULL,
            sort_key TEXT NOT NULL,
            status TEXT NOT NULL
        )""")
    db.execute("""
        CREATE VIRTUAL TABLE members_fts USING fts5(
            name_folded, status, content='member_search', content_rowid='rowid',
            tokenize='unicode61 remove_diacritics 0', prefix='1 2 3 4 5 6')""")
    db.execute("""
        CREATE TRIGGER member_search_ai AFTER INSERT ON member_search BEGIN
            INSERT INTO members_fts (rowid, name_folded, status)
            VALUES (new.rowid, new.name_folded, new.status);
        END""")
    db.execute("""
        CREATE TRIGGER member_search_ad AFTER DELETE ON member_search BEGIN
            INSERT INTO members_fts (members_fts, rowid, name_folded, status)
            VALUES ('delete', old.rowid, old.name_folded, old.status);
        END""")
    db.execute("""
        CREATE TRIGGER member_search_au AFTER UPDATE ON member_search BEGIN
            INSERT INTO members_fts (members_fts, rowid, name_folded, status)
            VALUES ('delete', old.rowid, old.name_folded, old.status);
            INSERT INTO members_fts (rowid, name_folded, status)
            VALUES (new.rowid, new.name_folded, new.status);
        END""")
    db.execute(f"""
        CREATE TRIGGER members_search_ai AFTER INSERT ON members BEGIN
            {_search_insert_sql("new.")}
        END""")
    db.execute("""
        CREATE TRIGGER members_search_ad AFTER DELETE ON members BEGIN
            DELETE FROM member_search WHERE member_id = old.id;
        END""")
    db.execute(f"""
        CREATE TRIGGER members_search_au_name AFTER UPDATE ON members
        WHEN old.id IS NOT new.id OR old.sort_key IS NOT new.sort_key
             OR old.name_folded IS NOT new.name_folded BEGIN
            DELETE FROM member_search WHERE member_id = old.id;
            {_search_insert_sql("new.")}
        END""")
    db.execute("""
        CREATE TRIGGER members_search_au_status AFTER UPDATE OF status ON members
        WHEN old.status IS NOT new.status BEGIN
            UPDATE member_search SET status = new.status WHERE member_id = new.id;
        END""")
    _fill_member_search(db)


def _fill_member_search(db: Database) -> None:
    base = search_bucket_sql("sort_key")
    db.execute(f"""
        INSERT INTO member_search (rowid, member_id, name_folded, sort_key, status)
        SELECT base + row_number() OVER (PARTITION BY base ORDER BY sort_key, id) - 1,
               id, name_folded, sort_key, status
        FROM (SELECT {base} AS base, id, name_folded, sort_key, status FROM members)""")


@migration("0007_bundles_sync")
def _bundles_sync(db: Database) -> None:
    """Bundles, cell side (its committee and its sequence numbers) and committee side
    (enrolled cells, the import log, and each cell's latest snapshot, ``cell_*``)."""
    db.execute("""
        CREATE TABLE higher_committee (
            singleton INTEGER PRIMARY KEY CHECK (singleton = 1),
            id TEXT NOT NULL,
            name TEXT NOT NULL,
            code TEXT NOT NULL,
            signing_public_key TEXT NOT NULL,
            box_public_key TEXT NOT NULL,
            enrolment_secret TEXT NOT NULL,
            enrolled_at TEXT NOT NULL,
            last_sequence INTEGER NOT NULL DEFAULT 0
        )""")
    db.execute("""
        CREATE TABLE exported_bundles (
            sequence INTEGER PRIMARY KEY,
            file_name TEXT NOT NULL,
            sha256 TEXT NOT NULL,
            member_count INTEGER NOT NULL,
            created_at TEXT NOT NULL
        )""")
    db.execute("""
        CREATE TABLE cells (
            code TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            status TEXT NOT NULL CHECK (status IN ('enrolled', 'active')),
            secret_hash TEXT,
            enrolled_at TEXT NOT NULL,
            signing_public_key TEXT,
            box_public_key TEXT,
            fingerprint TEXT,
            pinned_at TEXT,
            last_sequence INTEGER NOT NULL DEFAULT 0,
            last_bundle_sha256 TEXT,
            last_bundle_created_at TEXT,
            last_imported_at TEXT,
            member_count INTEGER NOT NULL DEFAULT 0
        )""")
    db.execute("""
        CREATE TABLE imported_bundles (
            id INTEGER PRIMARY KEY,
            cell_code TEXT NOT NULL REFERENCES cells (code),
            sequence INTEGER NOT NULL,
            sha256 TEXT NOT NULL,
            created_at TEXT NOT NULL,
            imported_at TEXT NOT NULL,
            members_added INTEGER NOT NULL,
            members_changed INTEGER NOT NULL,
            members_leaving INTEGER NOT NULL,
            UNIQUE (cell_code, sequence)
        )""")
    db.execute("""
        CREATE TABLE cell_organisation (
            cell_code TEXT NOT NULL,
            id TEXT NOT NULL,
            singleton INTEGER,
            role TEXT,
            name TEXT,
            code TEXT,
            higher_name TEXT,
            term TEXT,
            secretary TEXT,
            signing_public_key TEXT,
            box_public_key TEXT,
            created_at TEXT,
            PRIMARY KEY (cell_code, id)
        )""")
    db.execute("""
        CREATE TABLE cell_members (
            cell_code TEXT NOT NULL,
            id TEXT NOT NULL,
            full_name TEXT, name_folded TEXT, sort_key TEXT, birth_name TEXT, sex TEXT,
            birth_date TEXT, ethnicity TEXT, religion TEXT, home_town TEXT, residence TEXT,
            education TEXT, professional_level TEXT, theory_level TEXT, languages TEXT,
            occupation_before TEXT, occupation_now TEXT, admitted_on TEXT, ceremony_on TEXT,
            official_on TEXT, card_number TEXT, history_number TEXT, badge_number TEXT,
            service TEXT, phone TEXT, notes TEXT, status TEXT, created_at TEXT,
            updated_at TEXT,
            PRIMARY KEY (cell_code, id)
        )""")
    db.execute("CREATE INDEX cell_members_sort ON cell_members (sort_key, cell_code, id)")
    db.execute("""
        CREATE TABLE cell_member_events (
            cell_code TEXT NOT NULL,
            id TEXT NOT NULL,
            member_id TEXT,
            kind TEXT,
            occurred_on TEXT,
            details TEXT,
            created_at TEXT,
            PRIMARY KEY (cell_code, id)
        )""")


# Tables a cell's bundle carries beyond its organisation, members and their events.
CELL_RECORD_TABLES = (
    "candidates", "candidate_sponsors", "meetings", "meeting_attendance", "agenda_items",
    "speeches", "meeting_votes", "meeting_amendments", "documents", "document_tasks",
)


@migration("0008_bundles_cell_records")
def _bundles_cell_records(db: Database) -> None:
    """The committee keeps a copy of each cell's candidates, meetings and documents too:
    ``cell_<table>`` with ``cell_code`` and the cell table's columns, no constraints
    (the cell enforced them; the committee only holds its latest snapshot)."""
    for table in CELL_RECORD_TABLES:
        columns = db.execute(f"PRAGMA table_info({table})").fetchall()
        declared = ", ".join(f"{name} {kind}" for _, name, kind, *_ in columns)
        db.execute(f"CREATE TABLE cell_{table} (cell_code TEXT NOT NULL, {declared})")
        db.execute(f"CREATE INDEX cell_{table}_cell ON cell_{table} (cell_code)")


# Flags derived from a member's events, kept as columns so the register can filter by
# them; a backfill for registers that already hold events (the app keeps them up to
# date from derive_state afterwards, see services/member_lifecycle.py).
MEMBER_FLAG_SQL = {
    "exempt": ("exemption_start", "exemption_end"),
    "temporarily_away": ("transfer_out_temporary", "return_from_temporary"),
}


def refresh_member_flags_sql(flag: str, where: str = "") -> str:
    started, ended = MEMBER_FLAG_SQL[flag]
    return f"""
        UPDATE members SET {flag} = (
            status IN ('official', 'probationary')
            AND COALESCE((SELECT max(occurred_on) FROM member_events e
                          WHERE e.member_id = members.id AND e.kind = '{started}'), '')
              > COALESCE((SELECT max(occurred_on) FROM member_events e
                          WHERE e.member_id = members.id AND e.kind = '{ended}'), ''))
        {where}"""


@migration("0009_member_flags")
def _member_flags(db: Database) -> None:
    for flag in MEMBER_FLAG_SQL:
        db.execute(f"ALTER TABLE members ADD COLUMN {flag} INTEGER NOT NULL DEFAULT 0")
        db.execute(f"CREATE INDEX members_{flag} ON members (sort_key, id) WHERE {flag} = 1")
        db.execute(f"ALTER TABLE cell_members ADD COLUMN {flag} INTEGER")
        db.execute(refresh_member_flags_sql(flag))


def known_migration_names() -> list[str]:
    return [name for name, _ in _REGISTERED]
