"""Writing a file on a USB stick so that a pulled stick or a killed process never
leaves a half file under the final name: temporary name, fsync, rename, fsync folder."""

from __future__ import annotations

import os
from contextlib import contextmanager
from pathlib import Path

from partydesk.services.bundles.errors import FILE_EXISTS, FOLDER_UNUSABLE, BundleError
from partydesk.services.bundles.hooks import pause_point

PARTIAL_SUFFIX = ".partial"


def check_folder(folder: Path) -> None:
    if not folder.is_dir() or not os.access(folder, os.W_OK):
        raise BundleError(FOLDER_UNUSABLE, folder=str(folder))


def write_on_stick(final: Path, data: bytes, mode: int = 0o644,
                   pause_name: str | None = None) -> Path:
    """Write ``data`` to ``final`` (see :func:`streamed_on_stick`); with ``pause_name``
    the test hook pauses with half of it written and synced."""
    with streamed_on_stick(final, mode) as file:
        half = len(data) // 2
        file.write(data[:half])
        if pause_name:
            os.fsync(file.fd)
            pause_point(pause_name)
        file.write(data[half:])
    return final


class _StickFile:
    """The temporary file written through ``_write_all`` (unbuffered: every byte
    handed over is on its way to the stick; a full stick fails at once)."""

    def __init__(self, fd: int):
        self.fd = fd

    def write(self, data) -> int:
        _write_all(self.fd, data)
        return len(data)

    def seek(self, offset: int, whence: int = 0) -> int:
        return os.lseek(self.fd, offset, whence)

    def flush(self) -> None:
        pass


@contextmanager
def streamed_on_stick(final: Path, mode: int = 0o644):
    """A file object for writing ``final`` as a stream: the same temporary name, fsync,
    rename and folder fsync as :func:`write_on_stick`; removed on any failure."""
    check_folder(final.parent)
    if final.exists():
        raise BundleError(FILE_EXISTS, file=str(final))
    partial = final.with_name(final.name + PARTIAL_SUFFIX)
    fd = os.open(partial, os.O_RDWR | os.O_CREAT | os.O_TRUNC | getattr(os, "O_BINARY", 0),
                 mode)
    try:
        try:
            yield _StickFile(fd)
            os.fsync(fd)
        finally:
            os.close(fd)
        if final.exists():
            raise BundleError(FILE_EXISTS, file=str(final))
        partial.replace(final)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    _fsync_folder(final.parent)


def remove_stale_partials(folder: Path, pattern: str) -> None:
    """Remove what an earlier, interrupted write of ours left (``pattern`` + PARTIAL)."""
    for leftover in folder.glob(pattern + PARTIAL_SUFFIX):
        leftover.unlink(missing_ok=True)


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        written = os.write(fd, view)
        view = view[written:]


def _fsync_folder(folder: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
