"""Copy the newest backup to a USB stick (or any folder): a second copy away from the
laptop. Written under a temporary name, flushed to the stick, checked (its
``integrity_check`` through the same passphrase as the register), then renamed; a
pulled stick or a full disk gives one clear message and leaves no file under the
final name (and, as far as the stick still answers, no temporary file either)."""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
from pathlib import Path

from partydesk.domain.errors import PartyDeskError
from partydesk.domain.messages import QT_TRANSLATE_NOOP, message
from partydesk.domain.vnnumbers import megabytes_text
from partydesk.services.backups.local import Backup, backups
from partydesk.storage.backup_store import check_backup

CHUNK = 1024 * 1024

NO_BACKUP = QT_TRANSLATE_NOOP(
    "Backups", "There is no backup to copy yet; make one first (“Back up now”).")
STICK_FULL = QT_TRANSLATE_NOOP(
    "Backups", "The USB stick {folder} is full: the backup ({size} MB) does not fit. "
    "Nothing was left on the stick; free some space or use another stick.")
STICK_GONE = QT_TRANSLATE_NOOP(
    "Backups", "The USB stick {folder} cannot be written (was it pulled out, or is it "
    "read-only?). Nothing was copied; put the stick back and try again.")
COPY_DAMAGED = QT_TRANSLATE_NOOP(
    "Backups", "The copy on {folder} did not read back whole (the stick may be failing); "
    "it was removed. Try another stick.")


class StickError(PartyDeskError):
    def __init__(self, text, **params):
        super().__init__(message(text, **params))


def latest_backup(folder: Path) -> Backup | None:
    found = backups(folder)
    return found[0] if found else None


def copy_latest_backup(backups_dir: Path, target: Path, passphrase: str | None = None,
                       prefix: str = "") -> Path:
    """Copy the newest backup into the folder ``target``; returns the file written."""
    newest = latest_backup(backups_dir)
    if newest is None:
        raise StickError(NO_BACKUP)
    target = Path(target)
    final = target / f"{prefix}{newest.path.name}"
    partial = target / f".{final.name}.partial"
    try:
        if not target.is_dir():
            raise FileNotFoundError(errno.ENOENT, "no folder", str(target))
        if shutil.disk_usage(target).free < newest.size:
            raise OSError(errno.ENOSPC, "full", str(target))
        _copy(newest.path, partial)
        if not check_backup(partial, passphrase):
            raise _Damaged
        partial.replace(final)
        _sync_folder(target)
    except _Damaged:
        _forget(partial)
        raise StickError(COPY_DAMAGED, folder=str(target)) from None
    except OSError as error:
        _forget(partial)
        if error.errno in (errno.ENOSPC, errno.EDQUOT):
            raise StickError(STICK_FULL, folder=str(target),
                             size=megabytes_text(newest.size)) from error
        raise StickError(STICK_GONE, folder=str(target)) from error
    return final


class _Damaged(Exception):
    pass


def _copy(source: Path, partial: Path) -> None:
    with source.open("rb") as reader, partial.open("wb") as writer:
        while chunk := reader.read(CHUNK):
            writer.write(chunk)
        writer.flush()
        os.fsync(writer.fileno())
    partial.chmod(0o600)


def _forget(partial: Path) -> None:
    """Remove the temporary file if the stick still lets us (a pulled one does not)."""
    with contextlib.suppress(OSError):
        partial.unlink(missing_ok=True)


def _sync_folder(folder: Path) -> None:
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):       # some file systems refuse a folder fsync
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
