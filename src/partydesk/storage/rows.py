"""Small helpers the stores share: rows as dicts, inserts from dicts, SQLite errors mapped."""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from datetime import UTC, date, datetime
from enum import Enum
from typing import Any

from partydesk.storage.connection import Database
from partydesk.storage.errors import storage_errors

Row = dict[str, Any]


def now_text() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def sql_value(value: Any) -> Any:
    """Dates as ISO text, enums by value; everything else as given."""
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, date):
        return value.isoformat()
    return value


def select(db: Database, sql: str, params: Sequence[Any] | Mapping[str, Any] = ()) -> list[Row]:
    return dicts(db.execute(sql, params))


def dicts(cursor: Any) -> list[Row]:
    """The rows of an executed query, each a dict by column name."""
    names = [column[0] for column in cursor.description]
    return [dict(zip(names, values, strict=True)) for values in cursor.fetchall()]


def select_one(db: Database, sql: str, params: Sequence[Any] = ()) -> Row | None:
    rows = select(db, sql, params)
    return rows[0] if rows else None


def insert(db: Database, table: str, row: Mapping[str, Any]) -> None:
    columns = ", ".join(row)
    placeholders = ", ".join(f":{name}" for name in row)
    with writing():
        db.execute(f"INSERT INTO {table} ({columns}) VALUES ({placeholders})",
                   {k: sql_value(v) for k, v in row.items()})


def insert_many(db: Database, table: str, rows: Sequence[Mapping[str, Any]]) -> None:
    if not rows:
        return
    names = list(rows[0])
    sql = (f"INSERT INTO {table} ({', '.join(names)}) "
           f"VALUES ({', '.join('?' for _ in names)})")
    with writing():
        db.conn.executemany(sql, ([sql_value(r[n]) for n in names] for r in rows))


def update(db: Database, table: str, row_id: str, fields: Mapping[str, Any]) -> int:
    """Set ``fields`` on the row with ``row_id``; the number of rows changed."""
    if not fields:
        return 0
    assignments = ", ".join(f"{name} = :{name}" for name in fields)
    params = {k: sql_value(v) for k, v in fields.items()} | {"row_id": row_id}
    with writing():
        cursor = db.execute(f"UPDATE {table} SET {assignments} WHERE id = :row_id", params)
    return cursor.rowcount


@contextmanager
def writing() -> Iterator[None]:
    """Map SQLite's refusals (disk full, locked, signed minutes…) to known errors."""
    with storage_errors():
        yield
