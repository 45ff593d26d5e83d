"""Migration 0007_bundles_sync. Shipped: never edit it; add a new migration instead."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlite_utils import Database

NAME = "0007_bundles_sync"


def migrate(db: Database) -> None:
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
