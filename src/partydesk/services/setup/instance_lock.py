"""One PartyDesk at a time on a data directory: an OS lock on a small lock file.

The OS releases the lock when the process dies, so a crash never leaves the
directory locked.
"""

from __future__ import annotations

import os
from pathlib import Path

from partydesk.domain.errors import PartyDeskError
from partydesk.domain.messages import QT_TRANSLATE_NOOP, message


class AlreadyRunningError(PartyDeskError):
    def __init__(self, folder: Path):
        super().__init__(message(QT_TRANSLATE_NOOP(
            "Setup", "PartyDesk is already open on the data folder {folder}. "
            "Close the other window first."), folder=str(folder)))


class InstanceLock:
    def __init__(self, path: Path):
        self.path = path
        self._fd: int | None = None
        self.created_file = False

    def acquire(self) -> None:
        self.created_file = not self.path.exists()
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        try:
            _lock(fd)
        except OSError:
            os.close(fd)
            raise AlreadyRunningError(self.path.parent) from None
        self._fd = fd

    def release(self, remove_if_created: bool = False) -> None:
        if self._fd is None:
            return
        _unlock(self._fd)
        os.close(self._fd)
        self._fd = None
        if remove_if_created and self.created_file:
            self.path.unlink(missing_ok=True)


if os.name == "nt":
    import msvcrt

    def _lock(fd: int) -> None:
        msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)

    def _unlock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
else:
    import fcntl

    def _lock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)
