"""Reports and documents: build a PDF in the background, preview it, print it."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget

from partydesk.services.printing.documents import print_member_list
from partydesk.services.setup.installation import Installation
from partydesk.services.shared.jobs import Job
from partydesk.ui.document_preview import BackgroundPreview
from partydesk.ui.pages import heading
from partydesk.ui.pdf_preview import PdfPreviewDialog

translate = QCoreApplication.translate


class ReportsPage(QWidget):
    def __init__(self, installation: Installation, parent=None):
        super().__init__(parent)
        self.installation = installation
        layout = QVBoxLayout(self)
        layout.addWidget(heading(translate("ReportsPage", "Reports and documents")))
        self.member_list = QPushButton(translate(
            "ReportsPage", "&Member list (sổ danh sách đảng viên)…"))
        self.member_list.clicked.connect(self.preview_member_list)
        layout.addWidget(self.member_list, alignment=Qt.AlignmentFlag.AlignLeft)
        self.preview = BackgroundPreview(self, [self.member_list])
        layout.addWidget(self.preview.busy)
        layout.addWidget(self.preview.status)
        layout.addStretch()

    @property
    def last_preview(self) -> PdfPreviewDialog | None:
        return self.preview.last_preview

    def preview_member_list(self) -> None:
        installation = self.installation

        def job_for(out: Path) -> Job[Path]:
            return Job.on_register(installation.db, lambda db, _progress: print_member_list(
                db, installation.organisation, date.today(), out))

        self.preview.start(job_for, "danh-sach-dang-vien.pdf",
                           translate("ReportsPage", "Member list"))
