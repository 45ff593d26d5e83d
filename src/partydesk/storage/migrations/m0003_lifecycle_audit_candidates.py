"""Migration 0003_lifecycle_audit_candidates. Shipped: never edit it; add a new one."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlite_utils import Database

NAME = "0003_lifecycle_audit_candidates"


def migrate(db: Database) -> None:
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
