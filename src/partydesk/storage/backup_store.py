"""Backups of the register file: consistent copies made with SQLite's online backup,
written under a temporary name, checked with ``integrity_check``, fsync'd, renamed;
mode 0600 like the register. Restoring copies a backup INTO the open register with the
same backup API, which commits only at its last step: a process killed on the way
leaves the register as it was. An encrypted register's backups are written, checked
and read through connections keyed with its passphrase: they stay encrypted.

File names: ``partydesk-YYYYMMDD-HHMMSS-<label>.sqlite3`` (local time); the id is the
part after ``partydesk-``."""

from __future__ import annotations

import os
import re
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from partydesk.domain.errors import PartyDeskError
from partydesk.storage.cipher import connect as cipher_connect
from partydesk.storage.cipher import database_errors, file_salt
from partydesk.storage.connection import Database

PREFIX = "partydesk-"
SUFFIX = ".sqlite3"
NAME = re.compile(r"^partydesk-(\d{8}-\d{6})-([a-z0-9_-]+)\.sqlite3$")
MODE = 0o600


@dataclass(frozen=True)
class BackupFile:
    id: str
    path: Path
    created: datetime
    label: str
    size: int


class BackupDamaged(Exception):
    """The copy failed its integrity check (it was not kept)."""


def list_backups(folder: Path) -> list[BackupFile]:
    """Every backup in ``folder``, newest first."""
    if not folder.is_dir():
        return []
    found = []
    for path in folder.glob(f"{PREFIX}*{SUFFIX}"):
        match = NAME.match(path.name)
        if match is None:
            continue
        created = datetime.strptime(match.group(1), "%Y%m%d-%H%M%S")
        found.append(BackupFile(path.name[len(PREFIX):-len(SUFFIX)], path, created,
                                match.group(2), path.stat().st_size))
    return sorted(found, key=lambda b: (b.created, b.path.stat().st_mtime_ns, b.id),
                  reverse=True)


def write_backup(db: Database, folder: Path, label: str, now: datetime | None = None
                 ) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    folder.chmod(0o700)
    stamp = (now or datetime.now()).strftime("%Y%m%d-%H%M%S")
    final = folder / f"{PREFIX}{stamp}-{label}{SUFFIX}"
    serial = 2
    while final.exists():
        final = folder / f"{PREFIX}{stamp}-{label}-{serial}{SUFFIX}"
        serial += 1
    partial = final.with_name(final.name + ".partial")
    fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, MODE)
    os.close(fd)
    try:
        target = _connect(partial, db.passphrase, _main_salt(db))
        try:
            db.conn.backup(target)
            # the copy inherits WAL mode; a backup is one self-contained file
            target.execute("PRAGMA journal_mode = DELETE").fetchone()
            if target.execute("PRAGMA integrity_check").fetchone()[0] != "ok":
                raise BackupDamaged(str(final))
        finally:
            target.close()
        _fsync(partial)
        partial.replace(final)
        _fsync(folder)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    return final


def _connect(path: Path, passphrase: str | None, salt: bytes | None = None):
    return (sqlite3.connect(path, isolation_level=None) if passphrase is None
            else cipher_connect(path, passphrase, salt=salt))


def _main_salt(db: Database) -> bytes | None:
    """The register's salt: its backups share it (and its derived key, kept in memory)."""
    if db.passphrase is None:
        return None
    for _seq, name, file in db.execute("PRAGMA database_list").fetchall():
        if name == "main" and file:
            return file_salt(file)
    return None


def check_backup(path: Path, passphrase: str | None = None) -> bool:
    try:
        source = _connect(path, passphrase)
        try:
            return source.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        finally:
            source.close()
    except (*database_errors(), PartyDeskError):
        return False


def restore_into(db: Database, path: Path, on_step=None) -> None:
    """Replace the whole open register with the backup at ``path``, atomically."""
    source = _connect(path, db.passphrase)
    try:
        progress = (lambda status, remaining, total: on_step(total - remaining, total)
                    ) if on_step else None
        source.backup(db.conn, pages=64 if on_step else -1, progress=progress)
    finally:
        source.close()


def _fsync(path: Path) -> None:
    if os.name != "posix" and path.is_dir():
        return
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
