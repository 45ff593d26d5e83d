"""Migration 0110_settings_carried_down. Shipped: never edit it; add a new migration
instead."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlite_utils import Database

NAME = "0110_settings_carried_down"


def migrate(db: Database) -> None:
    """Settings a committee sets for its cells, carried down. Committee: the dues
    settings set for each cell (admission targets are already kept per cell in
    ``admission_targets``). Cell: every setting received, so the cell can show which
    values came from its committee."""
    db.execute("""
        CREATE TABLE committee_dues_settings (
            id TEXT PRIMARY KEY,
            cell_code TEXT NOT NULL REFERENCES cells (code),
            key TEXT NOT NULL,
            value INTEGER NOT NULL,
            from_month TEXT NOT NULL,
            created_at TEXT NOT NULL
        )""")
    db.execute("CREATE INDEX committee_dues_settings_cell "
               "ON committee_dues_settings (cell_code)")
    db.execute("""
        CREATE TABLE received_settings (
            id TEXT PRIMARY KEY,
            kind TEXT NOT NULL CHECK (kind IN ('dues', 'target')),
            key TEXT NOT NULL,
            value INTEGER NOT NULL,
            since TEXT NOT NULL,
            set_at TEXT NOT NULL,
            received_at TEXT NOT NULL
        )""")
