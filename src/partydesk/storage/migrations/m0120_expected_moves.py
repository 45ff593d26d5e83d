"""Migration 0120_expected_moves. Shipped: never edit it; add a new migration instead."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlite_utils import Database

NAME = "0120_expected_moves"


def migrate(db: Database) -> None:
    """A member who must move (retirement, a new job, a permanent move) starts the
    official transfer within a set number of working days of that decision: the cell
    notes the day, and the overview reminds it until the transfer out is recorded.
    Local to the cell (not carried in bundles)."""
    db.execute("""
        CREATE TABLE expected_moves (
            member_id TEXT PRIMARY KEY REFERENCES members (id),
            moving_on TEXT NOT NULL,
            place TEXT NOT NULL DEFAULT '',
            recorded_at TEXT NOT NULL
        )""")
