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


def known_migration_names() -> list[str]:
    return [m.name for m in migrations._migrations]
