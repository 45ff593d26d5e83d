"""Encryption at rest: the register, its WAL and its backups as SQLCipher databases.

Why SQLCipher through ``sqlcipher3`` (0.6.x): its wheels bundle SQLCipher 4 for Linux
x86-64 (manylinux_2_28) and Windows (win_amd64) on Python 3.11, installed by plain pip;
its module is a sqlite3-compatible DB-API (the same ``connect``, ``execute``,
``backup``, ``isolation_level``), so the stores and sqlite-utils (which accepts any
such connection) keep working. ``sqlcipher3-wheels`` is an older fork (0.5.x) of the
same code; ``apsw-sqlite3mc`` would mean another API under every store.

The key is derived from the passphrase exactly as SQLCipher's default KDF does it
(PBKDF2-HMAC-SHA512, 256,000 iterations, 32 bytes, the file's 16-byte salt): never
weakened. That costs ~0.2 s, and the app opens many connections (workers, backups), so
the derivation is done here with hashlib, once per process for each (passphrase, salt),
kept in memory only (never written anywhere), and handed to SQLCipher as a raw key with
its salt (``PRAGMA key = "x'<key><salt>'"``); tests/test_encryption.py checks that a file
keyed by SQLCipher from the passphrase opens with that raw key and the reverse. Every
page of the file and of its WAL is encrypted and authenticated (HMAC); a backup is
written through a connection keyed with the same key and salt, so it is encrypted too
and costs no derivation.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import sqlite3
import sys
from functools import cache
from pathlib import Path

from partydesk.domain.errors import PartyDeskError
from partydesk.domain.messages import QT_TRANSLATE_NOOP, message

PLAIN_HEADER = b"SQLite format 3\x00"
KDF_ITERATIONS = 256_000          # SQLCipher 4's default (PBKDF2-HMAC-SHA512)
KEY_BYTES = 32
SALT_BYTES = 16

_derived: dict[tuple[bytes, bytes], bytes] = {}   # (sha256 of passphrase, salt) -> key


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


_SALTS = os.urandom   # tests/conftest.py swaps it so the suite derives one key per run


def new_salt() -> bytes:
    return _SALTS(SALT_BYTES)


def derive_key(passphrase: str, salt: bytes) -> bytes:
    """SQLCipher's default key derivation, done once per process per (passphrase, salt)."""
    slot = (hashlib.sha256(passphrase.encode("utf-8")).digest(), bytes(salt))
    key = _derived.get(slot)
    if key is None:
        key = hashlib.pbkdf2_hmac("sha512", passphrase.encode("utf-8"), bytes(salt),
                                  KDF_ITERATIONS, KEY_BYTES)
        _derived[slot] = key
    return key


def forget_keys() -> None:
    """Drop every derived key held in memory (after a passphrase change, at exit)."""
    _derived.clear()


def file_salt(path: Path | str) -> bytes | None:
    """The salt at the head of an encrypted database file; None for a missing, empty or
    plain one."""
    try:
        with Path(path).open("rb") as handle:
            head = handle.read(len(PLAIN_HEADER))
    except OSError:
        return None
    if len(head) < SALT_BYTES or head == PLAIN_HEADER:
        return None
    return head[:SALT_BYTES]


def raw_key(passphrase: str, salt: bytes) -> str:
    """The SQL literal keying a connection with the derived key and its salt."""
    return f"\"x'{derive_key(passphrase, salt).hex()}{salt.hex()}'\""


def connect(path: Path | str, passphrase: str, timeout: float = 5.0,
            salt: bytes | None = None):
    """An open, keyed connection (autocommit, like the plain one); raises
    WrongPassphrase, touching no byte, when the passphrase does not open ``path``.
    A new file takes ``salt`` (a backup takes its register's) or a fresh one."""
    module = driver()
    salt = file_salt(path) or salt or new_salt()
    conn = module.connect(str(path), timeout=timeout, isolation_level=None,
                          check_same_thread=True)
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")     # no stderr noise on a bad key
        conn.execute(f"PRAGMA key = {raw_key(passphrase, salt)}")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except module.DatabaseError:
        conn.close()
        raise WrongPassphrase() from None
    return conn


def encrypt_file(path: Path, passphrase: str, salt: bytes | None = None) -> None:
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
                     f"KEY {raw_key(passphrase, salt or new_salt())}")
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


def change_passphrase(conn, path: Path | str, new_passphrase: str) -> None:
    """Re-encrypt every page of the open database at ``path`` under ``new_passphrase``
    (its salt stays). SQLCipher rekeys only outside WAL mode: the WAL is checkpointed
    into the file first and WAL mode restored after."""
    salt = file_salt(path)
    if salt is None:
        raise ValueError("not an encrypted database")
    mode = conn.execute("PRAGMA journal_mode").fetchone()[0]
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.execute("PRAGMA journal_mode = DELETE").fetchone()
    try:
        conn.execute(f"PRAGMA rekey = \"x'{derive_key(new_passphrase, salt).hex()}'\"")
    finally:
        conn.execute(f"PRAGMA journal_mode = {mode}").fetchone()


def rekey_file(path: Path, old_passphrase: str, new_passphrase: str) -> bool:
    """Re-encrypt a closed database file (a backup) from the old passphrase to the new;
    False, leaving it as it is, when the old one does not open it."""
    try:
        conn = connect(path, old_passphrase)
    except WrongPassphrase:
        return False
    try:
        change_passphrase(conn, path, new_passphrase)
    finally:
        conn.close()
    return True


def _fsync(path: Path) -> None:
    with contextlib.suppress(OSError):
        fd = os.open(path, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
