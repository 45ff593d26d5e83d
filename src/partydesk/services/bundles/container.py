"""The bundle file: one ZIP holding the bag, with an integrity trailer.

Writing: every entry is stored (the payload is encrypted, so it does not compress)
under one top folder, and the ZIP comment is ``PartyDesk-SHA256:<hex>``, the SHA-256
of every byte before it. Reading checks that trailer first, so a flipped bit anywhere
(even in ZIP fields no reader looks at) or a truncated file is "damaged"; then it
bounds the entry count and the total expanded size before reading anything, refuses
unsafe names, and reads entries into memory only: nothing from the archive ever
becomes a path on disk.
"""

from __future__ import annotations

import io
import re
import struct
import zlib
from pathlib import Path

from partydesk.services.bundles.crypto import sha256_hex
from partydesk.services.bundles.errors import (
    DAMAGED,
    FILE_UNREADABLE,
    TOO_LARGE,
    UNSAFE_NAMES,
    BundleError,
)

TRAILER_PREFIX = b"PartyDesk-SHA256:"
TRAILER_LENGTH = len(TRAILER_PREFIX) + 64
MAX_FILE_BYTES = 256 * 1024 * 1024
MAX_ENTRIES = 16
MAX_EXPANDED_BYTES = 256 * 1024 * 1024
SAFE_PART = re.compile(r"^[A-Za-z0-9_][A-Za-z0-9._-]*$")


def build_container(top: str, files: dict[str, bytes], date_time: tuple) -> bytes:
    """A ZIP of ``files`` (relative names) under the folder ``top``, with the trailer."""
    import zipfile

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_STORED) as archive:
        archive.comment = b"\0" * TRAILER_LENGTH
        for name, content in files.items():
            info = zipfile.ZipInfo(f"{top}/{name}", date_time=date_time)
            info.external_attr = 0o644 << 16
            archive.writestr(info, content)
    data = buffer.getvalue()
    body = data[:-TRAILER_LENGTH]
    return body + TRAILER_PREFIX + sha256_hex(body).encode("ascii")


def read_bundle_bytes(path: Path) -> bytes:
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            raise BundleError(TOO_LARGE)
        return path.read_bytes()
    except OSError:
        raise BundleError(FILE_UNREADABLE, file=str(path)) from None


def open_container(data: bytes) -> dict[str, bytes]:
    """``relative name → bytes`` of every entry, after every check above."""
    import zipfile

    if len(data) > MAX_FILE_BYTES:
        raise BundleError(TOO_LARGE)
    trailer = data[-TRAILER_LENGTH:]
    if (len(data) <= TRAILER_LENGTH or not trailer.startswith(TRAILER_PREFIX)
            or trailer[len(TRAILER_PREFIX):] != sha256_hex(data[:-TRAILER_LENGTH]).encode()):
        raise BundleError(DAMAGED)
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            infos = archive.infolist()
            _check_entries(infos)
            return _read_entries(archive, infos)
    except (zipfile.BadZipFile, zlib.error, EOFError, ValueError, KeyError,
            NotImplementedError, OverflowError, struct.error, RuntimeError):
        raise BundleError(DAMAGED) from None


def _check_entries(infos: list) -> None:
    import zipfile

    if len(infos) > MAX_ENTRIES:
        raise BundleError(TOO_LARGE)
    names = [info.filename for info in infos]
    if not all(_is_safe(name) for name in names) or len(set(names)) != len(names):
        raise BundleError(UNSAFE_NAMES)
    if len({name.split("/", 1)[0] for name in names}) != 1:
        raise BundleError(DAMAGED)
    if sum(info.file_size for info in infos) > MAX_EXPANDED_BYTES:
        raise BundleError(TOO_LARGE)
    if any(info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED)
           for info in infos):
        raise BundleError(DAMAGED)


def _is_safe(name: str) -> bool:
    parts = name.split("/")
    return (2 <= len(parts) <= 3 and all(SAFE_PART.match(p) for p in parts)
            and ".." not in parts)


def _read_entries(archive, infos: list) -> dict[str, bytes]:
    files = {}
    for info in infos:
        with archive.open(info) as entry:
            content = entry.read(info.file_size + 1)   # never more than declared
        if len(content) != info.file_size:
            raise BundleError(DAMAGED)
        files[info.filename.split("/", 1)[1]] = content
    return files
