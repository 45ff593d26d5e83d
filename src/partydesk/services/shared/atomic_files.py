"""Writing files the user keeps (PDFs, spreadsheets, bundles) so that a full disk or a
pulled USB stick never leaves a half-written file under the final name."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from partydesk.domain.errors import PartyDeskError
from partydesk.domain.messages import QT_TRANSLATE_NOOP, message


class WriteError(PartyDeskError):
    def __init__(self, path: Path, reason: str):
        super().__init__(message(QT_TRANSLATE_NOOP(
            "Files", "The file {path} could not be written ({reason}); nothing was saved "
            "under that name."), path=str(path), reason=reason))


def write_atomically(path: Path, write: Callable[[BinaryIO], None]) -> Path:
    """Write to a temporary file beside ``path``, flush it to the disk, then rename."""
    path = Path(path)
    partial = path.with_name(f".{path.name}.partial")
    try:
        with partial.open("wb") as handle:
            write(handle)
            handle.flush()
            os.fsync(handle.fileno())
        partial.replace(path)
    except OSError as error:
        partial.unlink(missing_ok=True)
        raise WriteError(path, error.strerror or type(error).__name__) from error
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    return path
