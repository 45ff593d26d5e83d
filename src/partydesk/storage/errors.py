"""Turn SQLite's failures into known errors the user can act on."""

from __future__ import annotations

import errno
from collections.abc import Iterator
from contextlib import contextmanager

from partydesk.domain.dues import ledger_append_only_message
from partydesk.domain.errors import PartyDeskError
from partydesk.domain.meetings import minutes_finalised_message
from partydesk.domain.messages import QT_TRANSLATE_NOOP, message
from partydesk.storage.cipher import database_errors

DISK_FULL = message(QT_TRANSLATE_NOOP(
    "Storage", "The disk is full: nothing was saved. Free some space and try again."))
LOCKED = message(QT_TRANSLATE_NOOP(
    "Storage", "The register is busy in another program: nothing was saved. Try again."))
NOT_A_DATABASE = message(QT_TRANSLATE_NOOP(
    "Storage", "The register file is damaged or is not a PartyDesk register."))
CANNOT_OPEN = message(QT_TRANSLATE_NOOP(
    "Storage", "The register file cannot be opened: check that the folder exists and "
    "can be written."))


class StorageError(PartyDeskError):
    """A known failure of the database file; the transaction was rolled back."""


class FinalisedRecordError(StorageError):
    """The database refused to change signed minutes (a trigger raised 'finalised')."""

    def __init__(self) -> None:
        super().__init__(minutes_finalised_message())


class AppendOnlyError(StorageError):
    """The database refused to change or delete a dues ledger entry (trigger 'append-only')."""

    def __init__(self) -> None:
        super().__init__(ledger_append_only_message())

# The text the permanence triggers of the minutes raise (see migrations).
FINALISED = "finalised"
# The text the dues ledger's triggers raise (migration 0040).
APPEND_ONLY = "append-only"


def known_storage_error(exc: BaseException) -> StorageError | None:
    text = str(exc).lower()
    if isinstance(exc, OSError) and exc.errno == errno.ENOSPC:
        return StorageError(DISK_FULL)
    if not isinstance(exc, database_errors()):
        return None
    if type(exc).__name__ == "IntegrityError" and str(exc) == FINALISED:
        return FinalisedRecordError()
    if type(exc).__name__ == "IntegrityError" and str(exc) == APPEND_ONLY:
        return AppendOnlyError()
    if "full" in text:
        return StorageError(DISK_FULL)
    if "locked" in text or "busy" in text:
        return StorageError(LOCKED)
    if "not a database" in text or "malformed" in text:
        return StorageError(NOT_A_DATABASE)
    if "unable to open" in text or "readonly" in text or "disk i/o" in text:
        return StorageError(CANNOT_OPEN)
    return None


@contextmanager
def storage_errors() -> Iterator[None]:
    """Re-raise SQLite's known failures as StorageError; let bugs through."""
    try:
        yield
    except (*database_errors(), OSError) as exc:
        known = known_storage_error(exc)
        if known is None:
            raise
        raise known from exc
