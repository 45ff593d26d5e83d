"""Run slow work off the GUI thread and get its result back on the GUI thread."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

Report = Callable[[int, int], None]


class Cancelled(Exception):
    """Raised inside the work by its progress report once the user has cancelled."""


class TaskSignals(QObject):
    finished = Signal(object)
    failed = Signal(object)
    progress = Signal(int, int)          # done, total (total 0: not known)

    def __init__(self, parent=None):
        super().__init__(parent)
        self._cancel = threading.Event()

    def cancel(self) -> None:
        """Ask the work to stop at its next progress report."""
        self._cancel.set()

    def report(self, done: int, total: int) -> None:
        """Called from the worker thread: passes progress on, stops if cancelled."""
        if self._cancel.is_set():
            raise Cancelled()
        self.progress.emit(done, total)


class _Task(QRunnable):
    def __init__(self, work: Callable[[], Any], signals: TaskSignals):
        super().__init__()
        self.work, self.signals = work, signals

    def run(self) -> None:
        try:
            result = self.work()
        except Exception as error:  # handed to the GUI thread, which decides
            self.signals.failed.emit(error)
        else:
            self.signals.finished.emit(result)


def run_in_background(work: Callable[..., Any], on_finished: Callable[[Any], None],
                      on_failed: Callable[[Exception], None], owner: QObject,
                      on_progress: Report | None = None) -> TaskSignals:
    """``work`` runs in Qt's thread pool; the callbacks run on the GUI thread.

    ``work`` must open its own database connection: connections stay in their thread.
    With ``on_progress``, ``work`` is called with a ``report(done, total)`` function to
    call from the worker thread; ``on_progress`` gets each report on the GUI thread, and
    after ``cancel()`` on the returned signals the next report raises :class:`Cancelled`,
    which reaches ``on_failed``.
    """
    signals = TaskSignals(owner)
    signals.finished.connect(on_finished)
    signals.failed.connect(on_failed)
    task = work
    if on_progress is not None:
        signals.progress.connect(on_progress)
        task = lambda: work(signals.report)  # noqa: E731
    QThreadPool.globalInstance().start(_Task(task, signals))
    return signals


def run_with_progress(work: Callable[[Report], Any], on_progress: Report,
                      on_finished: Callable[[Any], None],
                      on_failed: Callable[[Exception], None], owner: QObject) -> TaskSignals:
    """:func:`run_in_background` with progress reports (and cancelling)."""
    return run_in_background(work, on_finished, on_failed, owner, on_progress)
