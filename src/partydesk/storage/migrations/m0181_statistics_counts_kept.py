"""Migration 0181_statistics_counts_kept. Shipped: never edit it; add a new one."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlite_utils import Database

NAME = "0181_statistics_counts_kept"


def migrate(db: Database) -> None:
    """A committee's grouped statistics counts over its cells, kept per question
    (``basis``: the day, the period and the rules' bands and limits, and the version
    that counted) as JSON, so that asking again costs a read instead of a count over
    every member: half a million on a province. Emptied in the transaction that
    writes any cell's partition (storage/statistics_kept.forget_counts)."""
    db.execute("CREATE TABLE statistics_counts_kept (basis TEXT PRIMARY KEY, "
               "counts TEXT NOT NULL, counted_at TEXT NOT NULL)")
