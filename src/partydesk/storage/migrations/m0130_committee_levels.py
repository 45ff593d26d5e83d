"""Migration 0130_committee_levels. Shipped: never edit it; add a new migration instead."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlite_utils import Database

NAME = "0130_committee_levels"

# frozen copy: the commune's own tables a roll-up carries (storage/rollup_store.py)
COMMUNE_TABLES = ("committee_decisions", "committee_notices", "admission_targets")


def migrate(db: Database) -> None:
    """Committees above committees (issue 15).

    ``cells.level``: what an enrolled sender is, a cell or a lower committee (a
    commune enrolled by its province). ``received_cell_bundles`` (commune): the
    newest bundle of each cell exactly as received, bytes and all, so that the
    roll-up can carry it up with the cell's own signature. ``rollup_cells``
    (province): each cell a commune's roll-up vouched for, with its key and its
    newest bundle (the provenance of its members). ``commune_<table>`` (province):
    each commune's own decisions, notices and targets, as in its newest roll-up."""
    db.execute("ALTER TABLE cells ADD COLUMN level TEXT NOT NULL DEFAULT 'cell' "
               "CHECK (level IN ('cell', 'committee'))")
    db.execute("""
        CREATE TABLE received_cell_bundles (
            cell_code TEXT PRIMARY KEY REFERENCES cells (code),
            sequence INTEGER NOT NULL,
            sha256 TEXT NOT NULL,
            created_at TEXT NOT NULL,
            fingerprint TEXT NOT NULL,
            content BLOB NOT NULL
        )""")
    db.execute("""
        CREATE TABLE rollup_cells (
            commune_code TEXT NOT NULL REFERENCES cells (code),
            cell_code TEXT NOT NULL,
            name TEXT NOT NULL,
            status TEXT NOT NULL,
            signing_public_key TEXT,
            fingerprint TEXT,
            sequence INTEGER,
            sha256 TEXT,
            created_at TEXT,
            member_count INTEGER NOT NULL DEFAULT 0,
            rollup_sequence INTEGER NOT NULL,
            PRIMARY KEY (commune_code, cell_code)
        )""")
    for table in COMMUNE_TABLES:
        columns = db.execute(f"PRAGMA table_info({table})").fetchall()
        declared = ", ".join(f"{name} {kind}" for _, name, kind, *_ in columns)
        db.execute(f"CREATE TABLE commune_{table} (commune_code TEXT NOT NULL, {declared})")
        db.execute(f"CREATE INDEX commune_{table}_commune ON commune_{table} (commune_code)")
