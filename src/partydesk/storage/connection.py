"""The register's connection handle.

It offers the small part of sqlite-utils' ``Database`` that the stores use —
``execute``, ``atomic``, ``conn``, ``close`` — with the same transaction rules, on a
connection in autocommit mode (no implicit transactions: each write outside
``atomic()`` commits at once). Keeping sqlite-utils out of this path keeps it out
of start-up; migrations still run through sqlite-utils (see migrations.py).
"""

from __future__ import annotations

import secrets
import sqlite3
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from typing import Any


class Database:
    def __init__(self, conn: sqlite3.Connection, passphrase: str | None = None):
        self.conn = conn
        self.passphrase = passphrase      # an encrypted register's: its backups use it too

    def execute(self, sql: str,
                parameters: Sequence[Any] | Mapping[str, Any] | None = None) -> sqlite3.Cursor:
        if parameters is None:
            return self.conn.execute(sql)
        return self.conn.execute(sql, parameters)

    @contextmanager
    def atomic(self, savepoint: bool = True) -> Iterator[Database]:
        """One transaction; nested blocks are savepoints inside it. With ``savepoint``
        False a nested block is only part of the caller's transaction: for rewriting a
        large partition, since SQLite keeps (in memory, as SQLCipher builds it) the
        original of every page changed under a savepoint; an error must then fail the
        caller's whole transaction."""
        if self.conn.in_transaction and not savepoint:
            yield self
            return
        if self.conn.in_transaction:
            savepoint = f"partydesk_{secrets.token_hex(8)}"
            self.conn.execute(f"SAVEPOINT {savepoint}")
            try:
                yield self
            except BaseException:
                if self.conn.in_transaction:   # a RAISE(ROLLBACK) may have ended it
                    self.conn.execute(f"ROLLBACK TO SAVEPOINT {savepoint}")
                    self.conn.execute(f"RELEASE SAVEPOINT {savepoint}")
                raise
            self.conn.execute(f"RELEASE SAVEPOINT {savepoint}")
            return
        self.conn.execute("BEGIN")
        try:
            yield self
        except BaseException:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            raise
        try:
            self.conn.execute("COMMIT")
        except BaseException:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            raise

    def table_names(self) -> list[str]:
        rows = self.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
        return [row[0] for row in rows.fetchall()]

    def close(self) -> None:
        self.conn.close()
