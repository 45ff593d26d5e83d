"""Migration 0092_restore_keys. Shipped: never edit it; add a new migration instead."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlite_utils import Database

NAME = "0092_restore_keys"


def migrate(db: Database) -> None:
    """The committee keeps, per cell, the public key a restore bundle is sealed to: it is
    derived from the secret of the cell's newest enrolment file, so only the holder of
    that file can open the restore (the new installation's own key does not exist yet
    when the committee writes it)."""
    db.execute("""
        CREATE TABLE cell_restore_keys (
            cell_code TEXT PRIMARY KEY REFERENCES cells (code),
            box_public_key TEXT NOT NULL,
            created_at TEXT NOT NULL
        )""")
