"""Build a printed document off the GUI thread, then preview it before printing."""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QProgressBar, QWidget

from partydesk.domain.errors import PartyDeskError
from partydesk.services.shared.jobs import Job
from partydesk.ui.dialogs import show_error
from partydesk.ui.pdf_preview import PdfPreviewDialog
from partydesk.ui.workers import start_job

translate = QCoreApplication.translate


class BackgroundPreview:
    """``start(job_for, file name, title)``: ``job_for(path)`` is the job that writes the
    PDF there, run in a worker thread; the preview opens when it is done. The
    given buttons are disabled meanwhile, and a busy bar and a line say what is going on."""

    def __init__(self, owner: QWidget, buttons: Sequence[QWidget]):
        self.owner, self.buttons = owner, list(buttons)
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.hide()
        self.status = QLabel()
        self.last_preview: PdfPreviewDialog | None = None
        self.enabled_before: list[bool] = []

    def start(self, job_for: Callable[[Path], Job[Path]], filename: str, title: str) -> None:
        folder = Path(tempfile.mkdtemp(prefix="partydesk-print-"))
        self.enabled_before = [b.isEnabled() for b in self.buttons]
        for button in self.buttons:
            button.setEnabled(False)
        self.busy.show()
        self.status.setText(translate("ReportsPage", "Preparing {what}…").format(what=title))
        start_job(job_for(folder / filename), self.owner, lambda path: self._show(path, title),
                  lambda error: self._failed(error, folder))

    def _show(self, path: Path, title: str) -> None:
        self._finish()
        self.last_preview = PdfPreviewDialog(path, title, self.owner, remove_when_closed=True)
        self.last_preview.show()

    def _failed(self, error: Exception, folder: Path) -> None:
        self._finish()
        shutil.rmtree(folder, ignore_errors=True)
        if isinstance(error, PartyDeskError):
            show_error(self.owner, error)
            return
        raise error

    def _finish(self) -> None:
        for button, enabled in zip(self.buttons, self.enabled_before, strict=False):
            button.setEnabled(enabled)
        self.busy.hide()
        self.status.clear()
