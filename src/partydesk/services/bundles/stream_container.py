"""The bundle file of format 3: the same ZIP of a bag as before (every entry stored,
under one top folder, an integrity trailer in the ZIP comment), written and read as a
stream so that no entry is ever held whole in memory.

Writing goes through :class:`ContainerWriter` over an open file: entries are written
with ``ZipFile.open(name, "w", force_zip64=True)`` to a sink zipfile cannot seek
(so each entry is followed by a data descriptor), which hashes every byte on its
way to the file; the trailer is ``PartyDesk-Stream-SHA256:`` + the hex SHA-256 of
every byte before it, written over the placeholder comment at the end. Its prefix
differs from format 1's, so a reader knows from the file's last bytes which reader
to use (and a file of one kind can never pass as the other).

Reading (:func:`open_streamed`) checks the trailer by hashing the file in pieces,
bounds the entry count and sizes, refuses unsafe names and anything but stored
entries, keeps the small tag files in memory and hands out the data entries as
streams (:meth:`StreamedContainer.open_entry`).
"""

from __future__ import annotations

import hashlib
import struct
import zipfile
import zlib
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from partydesk.services.bundles.container import _is_safe
from partydesk.services.bundles.errors import (
    DAMAGED,
    FILE_UNREADABLE,
    TOO_LARGE,
    UNSAFE_NAMES,
    BundleError,
)

STREAM_TRAILER_PREFIX = b"PartyDesk-Stream-SHA256:"
STREAM_TRAILER_LENGTH = len(STREAM_TRAILER_PREFIX) + 64
MAX_STREAM_FILE_BYTES = 16 * 1024 * 1024 * 1024      # a province-sized roll-up fits
MAX_STREAM_ENTRIES = 1024 + 8                          # a commune's cells + the bag
MAX_TAG_FILE_BYTES = 4 * 1024 * 1024                   # the manifests of 1,000 cells
PIECE = 1024 * 1024
ZIP_ERRORS = (zipfile.BadZipFile, zlib.error, EOFError, ValueError, KeyError,
              NotImplementedError, OverflowError, struct.error, RuntimeError)


class _HashingSink:
    """What zipfile writes to: passed on to the file, hashed but for the last
    ``held`` bytes (the placeholder comment). No ``seek``: zipfile then writes data
    descriptors instead of going back."""

    def __init__(self, file, held: int):
        self.file, self.held = file, held
        self.hash, self.tail, self.position = hashlib.sha256(), bytearray(), 0

    def write(self, data) -> int:
        self.file.write(data)
        self.tail += data
        if len(self.tail) > self.held:
            cut = len(self.tail) - self.held
            self.hash.update(self.tail[:cut])
            del self.tail[:cut]
        self.position += len(data)
        return len(data)

    def tell(self) -> int:
        return self.position

    def flush(self) -> None:
        self.file.flush()


class _Entry:
    """One entry being written: its bytes hashed and counted as they go."""

    def __init__(self, handle):
        self.handle, self.hash, self.size = handle, hashlib.sha256(), 0

    def write(self, data) -> int:
        self.handle.write(data)
        self.hash.update(data)
        self.size += len(data)
        return len(data)


class ContainerWriter:
    """Entries written one after the other under ``top``; ``finish`` writes the
    central directory and the trailer. ``digests`` maps each entry to (sha256, size)."""

    def __init__(self, file, top: str, date_time: tuple):
        self.file, self.top, self.date_time = file, top, date_time
        self.sink = _HashingSink(file, STREAM_TRAILER_LENGTH)
        self.archive = zipfile.ZipFile(self.sink, "w", zipfile.ZIP_STORED)
        self.archive.comment = b"\0" * STREAM_TRAILER_LENGTH
        self.digests: dict[str, tuple[str, int]] = {}

    def __enter__(self) -> ContainerWriter:
        return self

    def __exit__(self, kind, value, traceback) -> None:
        if kind is not None:          # failed: the temporary file is removed, never closed
            self.archive.fp = None    # as a ZIP (zipfile would write into a closed file)

    @contextmanager
    def entry(self, name: str):
        info = zipfile.ZipInfo(f"{self.top}/{name}", date_time=self.date_time)
        info.external_attr = 0o644 << 16
        with self.archive.open(info, "w", force_zip64=True) as handle:
            entry = _Entry(handle)
            yield entry
        self.digests[name] = (entry.hash.hexdigest(), entry.size)

    def add(self, name: str, content: bytes) -> None:
        with self.entry(name) as entry:
            entry.write(content)

    def finish(self) -> str:
        """Close the ZIP and write the trailer; the file's SHA-256 (every byte)."""
        self.archive.close()
        trailer = STREAM_TRAILER_PREFIX + self.sink.hash.hexdigest().encode("ascii")
        self.file.seek(-STREAM_TRAILER_LENGTH, 2)
        self.file.write(trailer)
        self.file.flush()
        whole = self.sink.hash.copy()
        whole.update(trailer)
        return whole.hexdigest()


def is_streamed(path: Path) -> bool:
    """Whether ``path`` ends with a format 3 trailer (else: format 1's reader)."""
    try:
        with path.open("rb") as file:
            size = file.seek(0, 2)
            if size <= STREAM_TRAILER_LENGTH:
                return False
            file.seek(size - STREAM_TRAILER_LENGTH)
            return file.read(len(STREAM_TRAILER_PREFIX)) == STREAM_TRAILER_PREFIX
    except OSError:
        raise BundleError(FILE_UNREADABLE, file=str(path)) from None


@dataclass
class StreamedContainer:
    path: object                                  # a Path or an open file
    archive: zipfile.ZipFile
    top: str
    files: dict[str, bytes]                       # the tag files (not under data/)
    entries: dict[str, zipfile.ZipInfo] = field(default_factory=dict)   # data/…
    sha256: str = ""                              # of the whole file
    file: object = None                           # the file opened here, if any

    def open_entry(self, name: str):
        try:
            return self.archive.open(self.entries[name])
        except ZIP_ERRORS:
            raise BundleError(DAMAGED) from None

    def entry_sha256(self, name: str) -> str:
        digest = hashlib.sha256()
        with self.open_entry(name) as entry:
            for piece in iter(lambda: _read(entry, PIECE), b""):
                digest.update(piece)
        return digest.hexdigest()

    def close(self) -> None:
        self.archive.close()
        if self.file is not None:
            self.file.close()

    def __del__(self) -> None:      # an envelope dropped once checked closes its file
        self.close()


def _read(entry, size: int) -> bytes:
    try:
        return entry.read(size)
    except ZIP_ERRORS:
        raise BundleError(DAMAGED) from None


def file_digests(file) -> tuple[str, str]:
    """(SHA-256 of every byte but the trailer, SHA-256 of every byte), in pieces."""
    body, whole = hashlib.sha256(), hashlib.sha256()
    size = file.seek(0, 2)
    file.seek(0)
    left = size - STREAM_TRAILER_LENGTH
    while left > 0:
        piece = file.read(min(PIECE, left))
        if not piece:
            raise BundleError(DAMAGED)
        body.update(piece)
        whole.update(piece)
        left -= len(piece)
    whole.update(file.read())
    return body.hexdigest(), whole.hexdigest()


def open_streamed(source) -> StreamedContainer:
    """A format 3 file (a path, or an open binary file such as a nested bundle's
    private copy) after the trailer, entry and name checks."""
    try:
        file = source.open("rb") if isinstance(source, Path) else source
    except OSError:
        raise BundleError(FILE_UNREADABLE, file=str(source)) from None
    try:
        return _opened(source, file)
    except BaseException:
        if file is not source:
            file.close()
        raise


def _opened(source, file) -> StreamedContainer:
    try:
        size = file.seek(0, 2)
        if size > MAX_STREAM_FILE_BYTES:
            raise BundleError(TOO_LARGE)
        file.seek(max(size - STREAM_TRAILER_LENGTH, 0))
        trailer = file.read()
        body, whole = file_digests(file)
    except OSError:
        raise BundleError(FILE_UNREADABLE, file=str(source)) from None
    if trailer != STREAM_TRAILER_PREFIX + body.encode("ascii"):
        raise BundleError(DAMAGED)
    try:
        archive = zipfile.ZipFile(file)
    except (OSError, *ZIP_ERRORS):
        raise BundleError(DAMAGED) from None
    try:
        container = _checked(source, archive, size, whole)
        container.file = file if file is not source else None
        return container
    except BaseException:
        archive.close()
        raise


def _checked(path, archive: zipfile.ZipFile, size: int, whole: str
             ) -> StreamedContainer:
    infos = archive.infolist()
    if len(infos) > MAX_STREAM_ENTRIES:
        raise BundleError(TOO_LARGE)
    names = [info.filename for info in infos]
    if not all(_is_safe(name) for name in names) or len(set(names)) != len(names):
        raise BundleError(UNSAFE_NAMES)
    tops = {name.split("/", 1)[0] for name in names}
    if len(tops) != 1:
        raise BundleError(DAMAGED)
    if sum(info.file_size for info in infos) > size or any(
            info.compress_type != zipfile.ZIP_STORED for info in infos):
        raise BundleError(DAMAGED)
    container = StreamedContainer(path, archive, tops.pop(), {}, {}, whole)
    for info in infos:
        relative = info.filename.split("/", 1)[1]
        if relative.startswith("data/"):
            container.entries[relative] = info
            continue
        if info.file_size > MAX_TAG_FILE_BYTES:
            raise BundleError(TOO_LARGE)
        try:
            with archive.open(info) as entry:
                content = entry.read(info.file_size + 1)   # never more than declared
        except ZIP_ERRORS:
            raise BundleError(DAMAGED) from None
        if len(content) != info.file_size:
            raise BundleError(DAMAGED)
        container.files[relative] = content
    return container
