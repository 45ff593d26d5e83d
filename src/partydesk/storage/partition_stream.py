"""The sender's partition read as a stream (bundle format 3): each table's rows come
from a cursor, never a list, so the export holds a batch of rows at a time. The
caller holds one read transaction around the whole walk (one snapshot)."""

from __future__ import annotations

from collections.abc import Iterator

from partydesk.storage.connection import Database
from partydesk.storage.partition_store import PARTITION_TABLES, table_columns


def partition_cursors(db: Database) -> Iterator[tuple[str, list[str], Iterator[tuple]]]:
    """``(table, columns, rows)`` for every partition table; consume each table's rows
    before asking for the next."""
    for table in PARTITION_TABLES:
        yield table, table_columns(db, table), db.execute(
            f"SELECT * FROM {table} ORDER BY rowid")
