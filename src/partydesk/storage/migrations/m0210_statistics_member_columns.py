"""Migration 0210_statistics_member_columns. Shipped: never edit it; add a new one."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlite_utils import Database

NAME = "0210_statistics_member_columns"


def migrate(db: Database) -> None:
    """The committee's statistics read each member's groupings from the index that
    finds the member (cell, id) instead of the member's wide row: on a province the
    rows do not fit the page cache, and a question never asked before read and
    decrypted every one of them. Same leading columns as ``cell_members_stats``,
    which it replaces."""
    db.execute("CREATE INDEX cell_members_counted ON cell_members (cell_code, id, sex, "
               "ethnicity, religion, education, professional_level, theory_level, "
               "occupation_now, exempt, birth_date)")
    db.execute("DROP INDEX IF EXISTS cell_members_stats")
