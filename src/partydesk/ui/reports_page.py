"""Reports and documents: build a PDF in the background, preview it, print it."""

from __future__ import annotations

import tempfile
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QProgressBar, QPushButton, QVBoxLayout, QWidget

from partydesk.services.documents import print_member_list_at
from partydesk.services.installation import Installation
from partydesk.ui.pages import heading
from partydesk.ui.pdf_preview import PdfPreviewDialog
from partydesk.ui.workers import run_in_background

translate = QCoreApplication.translate


class ReportsPage(QWidget):
    def __init__(self, installation: Installation, parent=None):
        super().__init__(parent)
        self.installation = installation
        self.last_preview: PdfPreviewDialog | None = None
        layout = QVBoxLayout(self)
        layout.addWidget(heading(translate("ReportsPage", "Reports and documents")))
        self.member_list = QPushButton(translate(
            "ReportsPage", "&Member list (sổ danh sách đảng viên)…"))
        self.member_list.clicked.connect(self.preview_member_list)
        layout.addWidget(self.member_list, alignment=Qt.AlignmentFlag.AlignLeft)
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.hide()
        layout.addWidget(self.busy)
        self.status = QLabel()
        layout.addWidget(self.status)
        layout.addStretch()

    def preview_member_list(self) -> None:
        out = Path(tempfile.mkdtemp(prefix="partydesk-print-")) / "danh-sach-dang-vien.pdf"
        installation = self.installation
        self._start(translate("ReportsPage", "Member list"))
        run_in_background(
            lambda: print_member_list_at(installation.paths.database,
                                         installation.organisation, date.today(), out),
            lambda path: self._show(path, translate("ReportsPage", "Member list")),
            self._failed, self)

    def _start(self, what: str) -> None:
        self.member_list.setEnabled(False)
        self.busy.show()
        self.status.setText(translate("ReportsPage", "Preparing {what}…").format(what=what))

    def _show(self, path: Path, title: str) -> None:
        self._finish()
        self.last_preview = PdfPreviewDialog(path, title, self, remove_when_closed=True)
        self.last_preview.show()

    def _failed(self, error: Exception) -> None:
        self._finish()
        raise error

    def _finish(self) -> None:
        self.member_list.setEnabled(True)
        self.busy.hide()
        self.status.clear()
