"""Migration 0150_issued_records. Shipped: never edit it; add a new migration instead."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlite_utils import Database

NAME = "0150_issued_records"


def migrate(db: Database) -> None:
    """Signed snapshots of the register as printed (member list, member book, transfer
    book, dues reports, grading and statistics reports): what the paper's verification
    code is computed from. ``digest`` is SHA-256 over the document as signed; ``figures``
    the counts and totals a reader compares with the paper (JSON, no names). A reprint
    of the same content on the same day is the same row. The committee keeps each
    cell's rows as ``cell_issued_records`` like the other cell records."""
    db.execute("""
        CREATE TABLE issued_records (
            id TEXT PRIMARY KEY,
            kind TEXT NOT NULL,
            issued_on TEXT NOT NULL,
            number TEXT NOT NULL DEFAULT '',
            title TEXT NOT NULL,
            figures TEXT NOT NULL,
            digest TEXT NOT NULL,
            created_at TEXT NOT NULL,
            UNIQUE (kind, issued_on, digest)
        )""")
    columns = db.execute("PRAGMA table_info(issued_records)").fetchall()
    declared = ", ".join(f"{name} {kind}" for _, name, kind, *_ in columns)
    db.execute(f"CREATE TABLE cell_issued_records (cell_code TEXT NOT NULL, {declared})")
    db.execute("CREATE INDEX cell_issued_records_cell ON cell_issued_records (cell_code)")
