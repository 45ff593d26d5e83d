"""Migration 0181_statistics_counts_kept. Shipped: never edit it; add a new one."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlite_utils import Database

NAME = "0181_statistics_counts_kept"


def migrate(db: Database) -> None:
    """A committee's grouped statistics counts kept per question (``basis``: the day,
    the period, the rules' bands and limits, the version that counted) and per cell,
    as JSON, so that asking again costs a read instead of a count over every member
    (half a million on a province). The row with cell_code '' marks a question as
    counted; a cell's row with counts NULL is to be counted again: writing a cell's
    partition marks it so in its own transaction (storage/statistics_kept)."""
    db.execute("CREATE TABLE statistics_counts_kept (basis TEXT NOT NULL, "
               "cell_code TEXT NOT NULL, counts TEXT, counted_at TEXT NOT NULL, "
               "PRIMARY KEY (basis, cell_code))")
    db.execute("CREATE INDEX statistics_counts_kept_cell ON statistics_counts_kept "
               "(cell_code)")
