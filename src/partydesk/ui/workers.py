"""Run slow work off the GUI thread and get its result back on the GUI thread."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class TaskSignals(QObject):
    finished = Signal(object)
    failed = Signal(object)
    progress = Signal(int, int)        # done, total: queued to the GUI thread


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


def run_in_background(work: Callable[[], Any], on_finished: Callable[[Any], None],
                      on_failed: Callable[[Exception], None], owner: QObject,
                      on_progress: Callable[[int, int], None] | None = None) -> TaskSignals:
    """``work`` runs in Qt's thread pool; the callbacks run on the GUI thread.

    ``work`` must open its own database connection: connections stay in their thread.
    With ``on_progress``, ``work`` is called with a ``progress(done, total)`` function
    that may be called from the worker thread; ``on_progress`` gets it on the GUI thread.
    """
    signals = TaskSignals(owner)
    signals.finished.connect(on_finished)
    signals.failed.connect(on_failed)
    task = work
    if on_progress is not None:
        signals.progress.connect(on_progress)
        task = lambda: work(signals.progress.emit)  # noqa: E731
    QThreadPool.globalInstance().start(_Task(task, signals))
    return signals
