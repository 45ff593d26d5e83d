"""Migration 0008_bundles_cell_records. Shipped: never edit it; add a new migration instead."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlite_utils import Database

NAME = "0008_bundles_cell_records"


# Tables a cell's bundle carries beyond its organisation, members and their events.
CELL_RECORD_TABLES = (
    "candidates", "candidate_sponsors", "meetings", "meeting_attendance", "agenda_items",
    "speeches", "meeting_votes", "meeting_amendments", "documents", "document_tasks",
)


def migrate(db: Database) -> None:
    """The committee keeps a copy of each cell's candidates, meetings and documents too:
    ``cell_<table>`` with ``cell_code`` and the cell table's columns, no constraints
    (the cell enforced them; the committee only holds its latest snapshot)."""
    for table in CELL_RECORD_TABLES:
        columns = db.execute(f"PRAGMA table_info({table})").fetchall()
        declared = ", ".join(f"{name} {kind}" for _, name, kind, *_ in columns)
        db.execute(f"CREATE TABLE cell_{table} (cell_code TEXT NOT NULL, {declared})")
        db.execute(f"CREATE INDEX cell_{table}_cell ON cell_{table} (cell_code)")

