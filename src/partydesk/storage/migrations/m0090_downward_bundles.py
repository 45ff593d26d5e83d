"""Migration 0090_downward_bundles. Shipped: never edit it; add a new migration instead."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlite_utils import Database

NAME = "0090_downward_bundles"


def migrate(db: Database) -> None:
    """Downward bundles (committee → one cell). Committee side: the decisions and
    notices it writes for its cells, and per cell the last downward sequence and the
    receipt it carried. Cell side: what came down (the committee's receipt, decisions
    and notices) and the newest downward bundle imported."""
    db.execute("""
        CREATE TABLE committee_decisions (
            id TEXT PRIMARY KEY,
            cell_code TEXT NOT NULL REFERENCES cells (code),
            member_id TEXT NOT NULL,
            kind TEXT NOT NULL CHECK (kind IN
                ('admission', 'conversion', 'discipline', 'badge', 'removal')),
            number TEXT NOT NULL,
            decided_on TEXT NOT NULL,
            details TEXT NOT NULL DEFAULT '{}',
            created_at TEXT NOT NULL
        )""")
    db.execute("CREATE INDEX committee_decisions_cell ON committee_decisions (cell_code)")
    db.execute("""
        CREATE TABLE committee_notices (
            id TEXT PRIMARY KEY,
            cell_code TEXT NOT NULL REFERENCES cells (code),
            title TEXT NOT NULL,
            text TEXT NOT NULL DEFAULT '',
            attachment_name TEXT,
            attachment BLOB,
            created_at TEXT NOT NULL
        )""")
    db.execute("CREATE INDEX committee_notices_cell ON committee_notices (cell_code)")
    db.execute("""
        CREATE TABLE downward_cells (
            cell_code TEXT PRIMARY KEY REFERENCES cells (code),
            last_sequence INTEGER NOT NULL DEFAULT 0,
            content_sha256 TEXT,
            last_file_name TEXT,
            last_created_at TEXT
        )""")
    db.execute("""
        CREATE TABLE downward_received (
            singleton INTEGER PRIMARY KEY CHECK (singleton = 1),
            last_sequence INTEGER NOT NULL,
            last_sha256 TEXT NOT NULL,
            created_at TEXT NOT NULL,
            imported_at TEXT NOT NULL,
            receipt_sequence INTEGER,
            receipt_sha256 TEXT,
            receipt_created_at TEXT,
            receipt_imported_at TEXT
        )""")
    db.execute("""
        CREATE TABLE received_decisions (
            id TEXT PRIMARY KEY,
            member_id TEXT NOT NULL,
            kind TEXT NOT NULL,
            number TEXT NOT NULL,
            decided_on TEXT NOT NULL,
            details TEXT NOT NULL DEFAULT '{}',
            received_at TEXT NOT NULL,
            applied INTEGER NOT NULL DEFAULT 0,
            refusal TEXT
        )""")
    db.execute("""
        CREATE TABLE received_notices (
            id TEXT PRIMARY KEY,
            title TEXT NOT NULL,
            text TEXT NOT NULL DEFAULT '',
            attachment_name TEXT,
            attachment BLOB,
            created_at TEXT NOT NULL,
            received_at TEXT NOT NULL
        )""")
