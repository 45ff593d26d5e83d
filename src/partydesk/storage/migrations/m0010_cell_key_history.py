"""Migration 0010_cell_key_history. Shipped: never edit it; add a new migration instead."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlite_utils import Database

NAME = "0010_cell_key_history"


def migrate(db: Database) -> None:
    """A cell's keys over time (pinned, changed by the cell, revoked by the committee),
    and each imported bundle with the fingerprint of the key that signed it: after a
    renewal the cell's new installation numbers its bundles from 1 again, so a
    sequence number is unique per cell *and key*."""
    db.execute("""
        CREATE TABLE cell_keys (
            id INTEGER PRIMARY KEY,
            cell_code TEXT NOT NULL REFERENCES cells (code),
            signing_public_key TEXT NOT NULL,
            fingerprint TEXT NOT NULL,
            trusted_at TEXT NOT NULL,
            retired_at TEXT,
            retired_because TEXT CHECK (retired_because IN ('changed', 'revoked'))
        )""")
    db.execute("""
        INSERT INTO cell_keys (cell_code, signing_public_key, fingerprint, trusted_at)
        SELECT code, signing_public_key, fingerprint, pinned_at FROM cells
        WHERE status = 'active'""")
    db.execute("""
        CREATE TABLE imported_bundles_keyed (
            id INTEGER PRIMARY KEY,
            cell_code TEXT NOT NULL REFERENCES cells (code),
            sequence INTEGER NOT NULL,
            sha256 TEXT NOT NULL,
            created_at TEXT NOT NULL,
            imported_at TEXT NOT NULL,
            members_added INTEGER NOT NULL,
            members_changed INTEGER NOT NULL,
            members_leaving INTEGER NOT NULL,
            signing_fingerprint TEXT,
            UNIQUE (cell_code, signing_fingerprint, sequence)
        )""")
    db.execute("""
        INSERT INTO imported_bundles_keyed
        SELECT b.id, b.cell_code, b.sequence, b.sha256, b.created_at, b.imported_at,
               b.members_added, b.members_changed, b.members_leaving, c.fingerprint
        FROM imported_bundles b LEFT JOIN cells c ON c.code = b.cell_code""")
    db.execute("DROP TABLE imported_bundles")
    db.execute("ALTER TABLE imported_bundles_keyed RENAME TO imported_bundles")
