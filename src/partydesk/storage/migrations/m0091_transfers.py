"""Migration 0091_transfers. Shipped: never edit it; add a new migration instead."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlite_utils import Database

NAME = "0091_transfers"


def migrate(db: Database) -> None:
    """Transfers between the cells of one committee. Committee: which cell a member in
    transit was forwarded to. Cell: the dossiers that came down, until accepted."""
    db.execute("""
        CREATE TABLE committee_transfers (
            member_id TEXT NOT NULL,
            from_cell TEXT NOT NULL REFERENCES cells (code),
            to_cell TEXT NOT NULL REFERENCES cells (code),
            forwarded_at TEXT NOT NULL,
            PRIMARY KEY (member_id, from_cell)
        )""")
    db.execute("CREATE INDEX committee_transfers_to ON committee_transfers (to_cell)")
    db.execute("""
        CREATE TABLE incoming_transfers (
            member_id TEXT PRIMARY KEY,
            from_cell TEXT NOT NULL,
            full_name TEXT NOT NULL,
            left_on TEXT,
            dossier TEXT NOT NULL,
            received_at TEXT NOT NULL,
            accepted_on TEXT
        )""")
