"""Loading many rows into empty tables fast, inside the caller's transaction.

Inserting 150,000 rows through every secondary index (a B-tree update each, in the
random order of the ids) and through the per-row permanence triggers of the minutes
costs about twice what inserting them into the bare tables does. A restore writes
into an EMPTY register, so the indexes can be dropped, the rows inserted, and each
index built again in one sorted pass; the triggers that only refuse inserts into
signed minutes are dropped and put back the same way. Everything is DDL inside the
caller's transaction: a process killed half-way rolls the drops back with the rows,
so the schema is never left without its indexes or triggers.

Kept while loading: primary keys and UNIQUE constraints (their automatic indexes
cannot be dropped), CHECK and foreign-key constraints, and every trigger with an
effect (the member search copy and its FTS index)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager

from partydesk.storage.connection import Database

# Triggers that only RAISE on insert into the parts of signed minutes: a restore
# inserts the minutes as drafts first, so they would never fire.
INSERT_GUARD_SUFFIX = "_no_insert"
LOAD_CACHE_KIB = 65536


def _quoted(names: Iterable[str]) -> str:
    return ", ".join("'" + name.replace("'", "''") + "'" for name in names)


def _schema_entries(db: Database, tables: Iterable[str]) -> list[tuple[str, str, str]]:
    """(type, name, sql) of the droppable indexes and insert guards on ``tables``."""
    rows = db.execute(
        "SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL AND tbl_name IN "
        f"({_quoted(tables)}) AND (type = 'index' OR (type = 'trigger' AND name LIKE ?)) "
        "ORDER BY type, name", [f"%{INSERT_GUARD_SUFFIX}"]).fetchall()
    return [(row[0], row[1], row[2]) for row in rows]


@contextmanager
def deferred_indexes(db: Database, tables: Iterable[str]) -> Iterator[None]:
    """Drop the secondary indexes and insert guards of ``tables`` for the block, then
    build them again. The caller must hold a transaction (``db.atomic()``)."""
    if not db.conn.in_transaction:
        raise RuntimeError("deferred_indexes needs the caller's transaction")
    entries = _schema_entries(db, tables)
    cache = db.execute("PRAGMA cache_size").fetchone()[0]
    db.execute(f"PRAGMA cache_size = -{LOAD_CACHE_KIB}")
    try:
        for kind, name, _sql in entries:
            db.execute(f'DROP {kind.upper()} "{name}"')
        yield
        for _kind, _name, sql in entries:
            db.execute(sql)
    finally:
        db.execute(f"PRAGMA cache_size = {int(cache)}")
