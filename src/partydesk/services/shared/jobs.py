"""Long work the UI runs off its GUI thread, described below the UI.

A :class:`Job` says what to run: ``work(db, progress)`` on the register, or work that
needs no register. :meth:`Job.run` opens the worker's own connection to the register
file (a SQLite connection stays in the thread that opened it) and closes it after;
``ui/workers.py`` runs a job in Qt's thread pool.

Progress is one callback type, ``progress(done, total)`` (``total`` 0 when not known),
called by the services between steps. Cancelling is one :class:`Cancellation`, set from
the GUI thread: the next progress report raises :class:`Cancelled` — except the report
that the work is complete (``done == total``), sent once it is committed, when it is too
late to undo. Services stop in a transaction, so a cancelled import changes nothing and
a cancelled export leaves no file.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Generic, TypeVar

from partydesk.domain.errors import PartyDeskError
from partydesk.domain.messages import QT_TRANSLATE_NOOP, message
from partydesk.storage.database import Database, database_file, open_database

T = TypeVar("T")
Progress = Callable[[int, int], None]


class Cancelled(PartyDeskError):
    """The user cancelled; what the work did is rolled back."""

    def __init__(self) -> None:
        # context "Bundles", where cancelling began: its translations stay as they are
        super().__init__(message(QT_TRANSLATE_NOOP(
            "Bundles", "Cancelled; nothing was imported or written.")))


class Cancellation:
    """Set from the GUI thread, seen by the worker at its next progress report."""

    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        self._event.set()

    def watch(self, progress: Progress | None = None) -> Progress:
        """``progress`` that first passes the report on, then raises :class:`Cancelled`
        if the user has cancelled and the work is not complete yet."""
        def step(done: int, total: int) -> None:
            if progress is not None:
                progress(done, total)
            if self._event.is_set() and not 0 < total <= done:
                raise Cancelled
        return step


@dataclass(frozen=True)
class Job(Generic[T]):
    """What to run in the background. Build one with :meth:`on_register` (in the GUI
    thread, which owns ``db``) or :meth:`without_register`."""

    work: Callable[[Database | None, Progress], T]
    database: Path | None = None       # the register file the worker opens for itself
    in_memory: Database | None = None  # an in-memory register: only its own connection
    passphrase: str | None = None      # an encrypted register's (the key stays cached)

    @classmethod
    def on_register(cls, db: Database, work: Callable[[Database, Progress], T]) -> Job[T]:
        """``work(db, progress)`` on a connection of its own to the file behind ``db``."""
        path = database_file(db)
        return cls(work, path, None if path else db,  # type: ignore[arg-type]
                   db.passphrase)

    @classmethod
    def without_register(cls, work: Callable[[Progress], T]) -> Job[T]:
        """Work on files only (a blank template, a cover sheet)."""
        return cls(lambda _db, progress: work(progress))

    @property
    def runs_on_caller_thread(self) -> bool:
        """An in-memory register (tests, the sample documents) has only the one
        connection, so its work runs in the thread that owns it."""
        return self.in_memory is not None

    def run(self, progress: Progress | None = None,
            cancellation: Cancellation | None = None) -> T:
        step = (cancellation or Cancellation()).watch(progress)
        if self.database is None:
            return self.work(self.in_memory, step)
        own = open_database(self.database, passphrase=self.passphrase)
        try:
            return self.work(own, step)
        finally:
            own.close()
