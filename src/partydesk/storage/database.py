"""Open the register file: refuse foreign or newer files, migrate with a backup first.

Connections use WAL (readers never wait for the writer), ``synchronous=FULL``
(a change the user saw saved survives a power cut) and foreign keys.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

from partydesk.domain.errors import PartyDeskError
from partydesk.domain.messages import QT_TRANSLATE_NOOP, message
from partydesk.storage.cipher import connect as cipher_connect
from partydesk.storage.cipher import encrypt_file, file_salt, is_plain, new_salt
from partydesk.storage.connection import Database
from partydesk.storage.errors import storage_errors
from partydesk.storage.migrations import MIGRATION_SET, known_migration_names, migration_set

__all__ = ["Database", "open_database", "open_memory_database"]

SCHEMA_VERSION = len(known_migration_names())
BUSY_TIMEOUT_MS = 5000


class NewerDatabaseError(PartyDeskError):
    def __init__(self) -> None:
        super().__init__(message(QT_TRANSLATE_NOOP(
            "Storage", "This register was written by a newer version of PartyDesk. "
            "Install the newer version to open it; the file was not changed.")))


def open_database(path: Path, backups_dir: Path | None = None,
                  passphrase: str | None = None) -> Database:
    """Open (creating if needed) and migrate the register at ``path``. With a
    ``passphrase`` the register is encrypted (see storage/cipher.py): a plain one is
    backed up, then encrypted with its plain backups; a wrong passphrase touches
    nothing."""
    with storage_errors():
        if passphrase is None:
            conn = sqlite3.connect(path, timeout=BUSY_TIMEOUT_MS / 1000,
                                   isolation_level=None)
        else:
            if is_plain(path):
                encrypt_register(path, passphrase, backups_dir)
            conn = cipher_connect(path, passphrase, BUSY_TIMEOUT_MS / 1000)
            if backups_dir is not None:     # a plain backup left by an interrupted run
                encrypt_backups(backups_dir, passphrase, file_salt(path))
        try:
            db = Database(conn, passphrase)
            refuse_newer(db)
            configure(db)
            migrate(db, path, backups_dir)
        except BaseException:
            conn.close()
            raise
    return db


def encrypt_register(path: Path, passphrase: str, backups_dir: Path | None) -> None:
    """A plain register becomes encrypted in place, after a backup taken while it is
    still plain; then that backup and every older plain one are encrypted too (the
    same key and salt as the register), so no plain copy stays in the data folder."""
    if backups_dir is not None:
        plain = Database(sqlite3.connect(path, timeout=BUSY_TIMEOUT_MS / 1000,
                                         isolation_level=None))
        try:
            refuse_newer(plain)
            backup_database(plain, backups_dir, "before-encryption")
        finally:
            plain.close()
    salt = new_salt()
    encrypt_file(path, passphrase, salt)
    if backups_dir is not None:
        encrypt_backups(backups_dir, passphrase, salt)


def encrypt_backups(backups_dir: Path, passphrase: str, salt: bytes | None) -> None:
    if backups_dir.is_dir():
        for backup in sorted(backups_dir.glob("*.sqlite3")):
            if is_plain(backup):
                encrypt_file(backup, passphrase, salt)


def create_database_file(path: Path, populate: Callable[[Database], None],
                         passphrase: str | None = None) -> None:
    """Create a migrated register at ``path`` (encrypted under ``passphrase`` if given),
    fill it in one transaction, and close it fully checkpointed, so the file alone holds
    everything (it can then be renamed)."""
    db = open_database(path, passphrase=passphrase)
    try:
        with storage_errors(), db.atomic():
            populate(db)
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        db.close()
    for suffix in ("-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


def open_memory_database() -> Database:
    """A migrated in-memory register, for tests and throw-away work."""
    db = Database(sqlite3.connect(":memory:", isolation_level=None))
    db.execute("PRAGMA foreign_keys = ON")
    migrate(db, None, None)
    return db


def refuse_newer(db: Database) -> None:
    """Raise before touching anything when the file comes from a newer PartyDesk."""
    user_version = db.execute("PRAGMA user_version").fetchone()[0]
    if user_version > SCHEMA_VERSION or set(applied_migrations(db)) - set(known_migration_names()):
        raise NewerDatabaseError()


def configure(db: Database) -> None:
    db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    db.execute("PRAGMA journal_mode = WAL")
    db.execute("PRAGMA synchronous = FULL")
    db.execute("PRAGMA foreign_keys = ON")


def applied_migrations(db: Database) -> list[str]:
    """Names of the migrations this file has had (read without sqlite-utils)."""
    if not db.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' "
                      "AND name = '_sqlite_migrations'").fetchone():
        return []
    rows = db.execute("SELECT name FROM _sqlite_migrations WHERE migration_set = ? "
                      "ORDER BY rowid", [MIGRATION_SET])
    return [row[0] for row in rows.fetchall()]


def migrate(db: Database, path: Path | None, backups_dir: Path | None) -> None:
    applied = applied_migrations(db)
    pending = [name for name in known_migration_names() if name not in applied]
    if not pending:
        return
    if backups_dir is not None and applied:
        backup_database(db, backups_dir, f"before-{pending[0]}")
    from sqlite_utils import Database as UtilsDatabase  # only when there is work to do

    migration_set().apply(UtilsDatabase(db.conn))
    db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")


def backup_database(db: Database, folder: Path, label: str) -> Path:
    """A consistent, checked copy of the open database (see storage/backup_store.py)."""
    from partydesk.storage.backup_store import write_backup

    return write_backup(db, folder, label)


def rekey_register(db: Database, new_passphrase: str,
                   backups_dir: Path | None = None) -> list[Path]:
    """The open register, then every backup under the old passphrase, re-encrypted
    under ``new_passphrase``. Returns the backups the old one did not open (left as
    they are: damaged, or under an older passphrase still)."""
    from partydesk.storage.cipher import change_passphrase, rekey_file

    old = db.passphrase
    path = database_file(db)
    if old is None or path is None:
        raise ValueError("not an encrypted register")
    with storage_errors():
        change_passphrase(db.conn, path, new_passphrase)
        db.passphrase = new_passphrase
        left = []
        if backups_dir is not None and backups_dir.is_dir():
            for backup in sorted(backups_dir.glob("*.sqlite3")):
                if not rekey_file(backup, old, new_passphrase):
                    left.append(backup)
    return left


def integrity_check(db: Database) -> str:
    return db.execute("PRAGMA integrity_check").fetchone()[0]


def database_file(db: Database) -> Path | None:
    """The file behind ``db``'s main database; None for an in-memory register."""
    for _seq, name, file in db.execute("PRAGMA database_list").fetchall():
        if name == "main":
            return Path(file) if file else None
    return None
