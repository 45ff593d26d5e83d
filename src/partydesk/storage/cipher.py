"""Encryption at rest: the register, its WAL and its backups as SQLCipher databases.

Why SQLCipher through ``sqlcipher3`` (0.6.x): its wheels bundle SQLCipher 4 for Linux
x86-64 (manylinux_2_28) and Windows (win_amd64) on Python 3.11, installed by plain pip;
its module is a sqlite3-compatible DB-API (the same ``connect``, ``execute``,
``backup``, ``isolation_level``), so the stores and sqlite-utils (which accepts any
such connection) keep working. ``sqlcipher3-wheels`` is an older fork (0.5.x) of the
same code; ``apsw-sqlite3mc`` would mean another API under every store.

The key is derived from the passphrase by SQLCipher's default KDF (PBKDF2-HMAC-SHA512,
256,000 iterations, per-file salt): never weakened. Every page of the file and of its
WAL is encrypted and authenticated (HMAC); a backup is written through a connection
keyed with the same passphrase, so it is encrypted too.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import sys
from functools import cache
from pathlib import Path

from partydesk.domain.errors import PartyDeskError
from partydesk.domain.messages import QT_TRANSLATE_NOOP, message

PLAIN_HEADER = b"SQLite format 3\x00"


class WrongPassphrase(PartyDeskError):
    def __init__(self) -> None:
        super().__init__(message(QT_TRANSLATE_NOOP(
            "Storage", "The passphrase is not right, or the register file is damaged. "
            "Nothing was changed.")))


@cache
def driver():
    """The SQLCipher DB-API module (loaded when first used)."""
    from sqlcipher3 import dbapi2

    return dbapi2


def database_errors() -> tuple[type[BaseException], ...]:
    """The exception classes of the drivers in use, for ``except`` clauses (SQLCipher's
    only once it is loaded: a plain register never pays for importing it)."""
    loaded = sys.modules.get("sqlcipher3.dbapi2")
    return (sqlite3.Error,) if loaded is None else (sqlite3.Error, loaded.Error)


def is_plain(path: Path) -> bool:
    """True for an ordinary (unencrypted) SQLite file; False for an encrypted or empty
    one, or none."""
    try:
        with path.open("rb") as handle:
            return handle.read(len(PLAIN_HEADER)) == PLAIN_HEADER
    except OSError:
        return False


def _literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def connect(path: Path | str, passphrase: str, timeout: float = 5.0):
    """An open, keyed connection (autocommit, like the plain one); raises
    WrongPassphrase, touching no byte, when the passphrase does not open ``path``."""
    module = driver()
    conn = module.connect(str(path), timeout=timeout, isolation_level=None,
                          check_same_thread=True)
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")     # no stderr noise on a bad key
        conn.execute(f"PRAGMA key = {_literal(passphrase)}")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except module.DatabaseError:
        conn.close()
        raise WrongPassphrase() from None
    return conn


def encrypt_file(path: Path, passphrase: str) -> None:
    """Rewrite the plain SQLite file ``path`` encrypted, in place: exported into a new
    encrypted file beside it, which then replaces it (the plain WAL is checkpointed
    first and removed). A failure leaves the plain file as it was."""
    module = driver()
    target = path.with_name(path.name + ".encrypting")
    target.unlink(missing_ok=True)
    conn = module.connect(str(path), isolation_level=None)
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        conn.execute(f"ATTACH DATABASE {_literal(str(target))} AS encrypted "
                     f"KEY {_literal(passphrase)}")
        conn.execute("SELECT sqlcipher_export('encrypted')")
        conn.execute(f"PRAGMA encrypted.user_version = {int(version)}")
        conn.execute("DETACH DATABASE encrypted")
    except BaseException:
        conn.close()
        target.unlink(missing_ok=True)
        raise
    conn.close()
    _fsync(target)
    target.replace(path)
    for suffix in ("-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


def change_passphrase(conn, new_passphrase: str) -> None:
    """Re-encrypt every page of the open database under ``new_passphrase``."""
    conn.execute(f"PRAGMA rekey = {_literal(new_passphrase)}")


def _fsync(path: Path) -> None:
    with contextlib.suppress(OSError):
        fd = os.open(path, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
