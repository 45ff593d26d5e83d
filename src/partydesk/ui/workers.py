"""Run a :class:`~partydesk.services.shared.jobs.Job` off the GUI thread and get its
result, progress and failure back on the GUI thread."""

from __future__ import annotations

from collections.abc import Callable
from contextlib import suppress
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from partydesk.services.shared.jobs import Cancellation, Job, Progress


class JobSignals(QObject):
    finished = Signal(object)
    failed = Signal(object)
    progress = Signal(int, int)          # done, total (total 0: not known)


class _Runnable(QRunnable):
    def __init__(self, job: Job, signals: JobSignals, cancellation: Cancellation | None,
                 reports: bool):
        super().__init__()
        self.job, self.signals, self.cancellation = job, signals, cancellation
        self.reports = reports

    def run(self) -> None:
        progress = self.signals.progress.emit if self.reports else None
        try:
            result = self.job.run(progress, self.cancellation)
        except Exception as error:  # handed to the GUI thread, which decides
            self._emit(self.signals.failed, error)
        else:
            self._emit(self.signals.finished, result)

    @staticmethod
    def _emit(signal, value) -> None:
        # The page that asked may have closed while the work ran (e.g. the window closed
        # before the overview's charts were worked out): then nobody is left to tell.
        with suppress(RuntimeError):
            signal.emit(value)


def start_job(job: Job, owner: QObject, on_finished: Callable[[Any], None],
              on_failed: Callable[[Exception], None], on_progress: Progress | None = None,
              cancellation: Cancellation | None = None) -> None:
    """Run ``job`` in Qt's thread pool; the callbacks run on the GUI thread.

    ``on_progress`` gets each ``(done, total)`` report. Once ``cancellation`` is
    cancelled, the job's next report raises ``Cancelled``, which reaches ``on_failed``.
    A job on an in-memory register runs here, in the GUI thread that owns it.
    """
    if job.runs_on_caller_thread:
        try:
            result = job.run(on_progress, cancellation)
        except Exception as error:
            on_failed(error)
            return
        on_finished(result)
        return
    signals = JobSignals(owner)
    signals.finished.connect(on_finished)
    signals.failed.connect(on_failed)
    if on_progress is not None:
        signals.progress.connect(on_progress)
    QThreadPool.globalInstance().start(
        _Runnable(job, signals, cancellation, on_progress is not None))
