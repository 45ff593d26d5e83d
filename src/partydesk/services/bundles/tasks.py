"""Bundle work the UI runs off its GUI thread: each function opens its own connection
(connections stay in their thread), reports progress and can be cancelled.

Cancelling works through the progress callback: the services call it between steps,
and :meth:`Cancellation.watch` raises :class:`Cancelled` there, except at the last step
(reported once the work is committed, when it is too late to undo). An export
cancelled after its sequence number was taken leaves a gap, which the committee
accepts; an import cancelled before its transaction changes nothing.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from pathlib import Path

from partydesk.domain.errors import PartyDeskError
from partydesk.domain.messages import QT_TRANSLATE_NOOP, message
from partydesk.domain.organisation import Organisation
from partydesk.storage.bundle_store import list_exports, list_imports, load_higher_committee
from partydesk.storage.database import Database, open_database

Progress = Callable[[int, int], None]
HISTORY_LIMIT = 20


class Cancelled(PartyDeskError):
    def __init__(self):
        super().__init__(message(QT_TRANSLATE_NOOP(
            "Bundles", "Cancelled; nothing was imported or written.")))


class Cancellation:
    """Set from the GUI thread, seen by the worker at its next step."""

    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        self._event.set()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()

    def watch(self, progress: Progress | None = None) -> Progress:
        def step(done: int, total: int) -> None:
            if progress is not None:
                progress(done, total)
            if done < total and self._event.is_set():
                raise Cancelled
        return step


def _on_own_connection(database: Path, work: Callable[[Database], object]):
    db = open_database(database)
    try:
        return work(db)
    finally:
        db.close()


def export_bundle_at(database: Path, organisation: Organisation, keys_dir: Path,
                     folder: Path, progress: Progress):
    from partydesk.services.bundles.export import export_bundle

    return _on_own_connection(database, lambda db: export_bundle(
        db, organisation, keys_dir, folder, progress))


def import_bundles_at(database: Path, organisation: Organisation, keys_dir: Path,
                      paths: Sequence[Path], progress: Progress, dry_run: bool = False,
                      confirmed: Sequence[str] = (), confirm_removals: bool = False):
    """Verify every file (a dry run stops there and changes nothing), then apply the
    newest bundle of each cell in one transaction (a cell's first bundle only when its
    fingerprint is among ``confirmed``)."""
    from partydesk.services.bundles.importer import import_bundles

    return _on_own_connection(database, lambda db: import_bundles(
        db, organisation, keys_dir, list(paths), dry_run=dry_run, progress=progress,
        confirmed=list(confirmed), confirm_removals=confirm_removals))


def higher_committee(db: Database) -> dict | None:
    """The committee a cell sends its bundles to (name, code, last_sequence), or None
    when the cell was not set up from an enrolment file."""
    return load_higher_committee(db)


def exported_bundles(db: Database, limit: int = HISTORY_LIMIT) -> list[dict]:
    return list_exports(db, limit)


def imported_bundles(db: Database, limit: int = HISTORY_LIMIT) -> list[dict]:
    return list_imports(db, limit)
