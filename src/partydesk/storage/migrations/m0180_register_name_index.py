"""Migration 0180_register_name_index. Shipped: never edit it; add a new one."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlite_utils import Database

NAME = "0180_register_name_index"


def migrate(db: Database) -> None:
    """The consolidated register's name-order index also carries the folded name and
    the status: a name search walks the index in name order and tests each name there,
    reading a member's row only when it is on the page (at 500,000 members the first
    page of "nguyễn văn" read ~300 rows before; now none it does not show). It keeps
    the order (sort key, cell, id) of the index it replaces, so keyset paging and
    every query that used ``cell_members_sort`` use it the same way."""
    db.execute("CREATE INDEX cell_members_name_order ON cell_members "
               "(sort_key, cell_code, id, name_folded, status)")
    db.execute("DROP INDEX IF EXISTS cell_members_sort")
