"""Migration 0111_cross_cell_duplicates. Shipped: never edit it; add a new migration
instead."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlite_utils import Database

NAME = "0111_cross_cell_duplicates"


def migrate(db: Database) -> None:
    """Members who appear in two cells of a committee (same card number, or same name and
    birth date), flagged when a bundle is imported and kept until the committee resolves
    the pair. ``cell_a`` < ``cell_b``, so a pair is stored once. And the indexes that
    finding them and the committee's desk need."""
    db.execute("""
        CREATE TABLE cell_duplicates (
            id TEXT PRIMARY KEY,
            cell_a TEXT NOT NULL,
            member_a TEXT NOT NULL,
            cell_b TEXT NOT NULL,
            member_b TEXT NOT NULL,
            reason TEXT NOT NULL CHECK (reason IN ('card_number', 'name_and_birth_date')),
            found_at TEXT NOT NULL,
            resolved_at TEXT,
            verdict TEXT CHECK (verdict IS NULL OR verdict IN ('not_same', 'same_person')),
            note TEXT NOT NULL DEFAULT '',
            UNIQUE (cell_a, member_a, cell_b, member_b),
            CHECK (cell_a < cell_b)
        )""")
    db.execute("CREATE INDEX cell_members_card ON cell_members (card_number) "
               "WHERE card_number IS NOT NULL AND card_number <> ''")
    db.execute("CREATE INDEX cell_members_name_birth ON cell_members "
               "(name_folded, birth_date)")
    # one member across cells (transfers in transit, the consolidated register's "shown
    # once" rule): without it each check scans every cell's members
    db.execute("CREATE INDEX cell_members_member ON cell_members (id, status)")
