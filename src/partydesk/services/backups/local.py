"""Backups kept beside the register (``backups/`` in the data folder)."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from partydesk.domain.backups import to_keep
from partydesk.domain.errors import PartyDeskError
from partydesk.domain.messages import QT_TRANSLATE_NOOP, message
from partydesk.services.bundles.hooks import pause_point
from partydesk.storage.backup_store import (
    BackupFile,
    check_backup,
    list_backups,
    restore_into,
    write_backup,
)
from partydesk.storage.connection import Database
from partydesk.storage.errors import storage_errors

LOG = logging.getLogger("partydesk.backups")

UNKNOWN_BACKUP = QT_TRANSLATE_NOOP(
    "Backups", "There is no backup {id}; `partydesk backup list` shows them. Nothing was "
    "changed.")
DAMAGED_BACKUP = QT_TRANSLATE_NOOP(
    "Backups", "The backup {id} is damaged (its integrity check failed); the register was "
    "not changed.")


class BackupError(PartyDeskError):
    def __init__(self, text, **params):
        super().__init__(message(text, **params))


@dataclass(frozen=True)
class Backup:
    id: str
    created_at: str
    size: int
    label: str
    path: Path

    def as_json(self) -> dict:
        return {"id": self.id, "created_at": self.created_at, "size": self.size,
                "reason": self.label}


def _public(found: BackupFile) -> Backup:
    return Backup(found.id, found.created.isoformat(timespec="seconds"), found.size,
                  found.label, found.path)


def backups(folder: Path) -> list[Backup]:
    return [_public(b) for b in list_backups(folder)]


def create_backup(db: Database, folder: Path, label: str = "manual",
                  now: datetime | None = None) -> Backup:
    path = write_backup(db, folder, label, now)
    rotate(folder)
    LOG.info("backup %s written", path.name)
    return next(b for b in backups(folder) if b.path == path)


def daily_backup_if_due(db: Database, folder: Path, now: datetime | None = None
                        ) -> Backup | None:
    """The day's first start: a backup unless one was already made today."""
    now = now or datetime.now()
    if any(b.created.date() == now.date() for b in list_backups(folder)):
        return None
    return create_backup(db, folder, "daily", now)


def before(db: Database, folder: Path, what: str) -> Backup:
    """A backup before an import, restore or migration changes the register."""
    return create_backup(db, folder, f"before-{what}")


def rotate(folder: Path) -> list[str]:
    """Remove the backups the rotation no longer keeps; returns their ids."""
    found = list_backups(folder)
    keep = to_keep([(b.id, b.created) for b in found])
    removed = []
    for backup in found:
        if backup.id not in keep:
            backup.path.unlink(missing_ok=True)
            removed.append(backup.id)
    return removed


def restore_backup(db: Database, folder: Path, backup_id: str) -> Backup:
    """Put the register back as backup ``backup_id`` holds it, after backing up the
    register as it is now (returned). All or nothing."""
    chosen = {b.id: b for b in list_backups(folder)}.get(backup_id)
    if chosen is None:
        raise BackupError(UNKNOWN_BACKUP, id=backup_id)
    if not check_backup(chosen.path, db.passphrase):
        raise BackupError(DAMAGED_BACKUP, id=backup_id)
    replaced = _public(BackupFile(chosen.id, chosen.path, chosen.created, chosen.label,
                                  chosen.size))
    safety = write_backup(db, folder, "before-restore")
    with storage_errors():
        restore_into(db, chosen.path, on_step=lambda done, total: (
            pause_point("restore-midway") if done and done < total else None))
    rotate(folder)
    LOG.info("register restored from backup %s (%s kept)", replaced.id, safety.name)
    return next(b for b in backups(folder) if b.path == safety)
