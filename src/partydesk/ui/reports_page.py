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
        year = date.today().year
        self.statistics = QPushButton(translate(
            "ReportsPage", "&Statistics report as of 31/12/{year}…").format(year=year))
        self.statistics.clicked.connect(lambda: self.preview_yearly("statistics"))
        self.grading = QPushButton(translate(
            "ReportsPage", "&Grading report {year}…").format(year=year))
        self.grading.clicked.connect(lambda: self.preview_yearly("grading"))
        self.export = QPushButton(translate(
            "ReportsPage", "&Export the year's tables to a spreadsheet…"))
        self.export.clicked.connect(self.export_tables)
        for button in (self.statistics, self.grading, self.export):
            layout.addWidget(button, alignment=Qt.AlignmentFlag.AlignLeft)
        self.preview = BackgroundPreview(self, [self.member_list, self.statistics,
                                                self.grading, self.export])
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

    def preview_yearly(self, which: str) -> None:
        from partydesk.services.reports.exports import print_grading, print_statistics

        installation, year = self.installation, date.today().year
        organisation = installation.organisation

        def job_for(out: Path) -> Job[Path]:
            if which == "statistics":
                return Job.on_register(installation.db, lambda db, _p: print_statistics(
                    db, organisation, date(year, 12, 31), out))
            return Job.on_register(installation.db, lambda db, _p: print_grading(
                db, organisation, year, out))

        if which == "statistics":
            self.preview.start(job_for, f"thong-ke-dang-vien-{year}.pdf",
                               translate("ReportsPage", "Statistics report"))
        else:
            self.preview.start(job_for, f"xep-loai-chat-luong-{year}.pdf",
                               translate("ReportsPage", "Grading report"))

    def export_tables(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        from partydesk.domain.errors import PartyDeskError
        from partydesk.services.reports.exports import print_grading, print_statistics
        from partydesk.ui.dialogs import show_error

        year = date.today().year
        path, _ = QFileDialog.getSaveFileName(
            self, translate("ReportsPage", "Export the year's tables"),
            f"thong-ke-{year}.xlsx", translate("ReportsPage", "Excel workbooks (*.xlsx)"))
        if not path:
            return
        out = Path(path).with_suffix(".xlsx")
        db, organisation = self.installation.db, self.installation.organisation
        try:
            print_statistics(db, organisation, date(year, 12, 31), out)
            print_grading(db, organisation, year, out.with_name(f"{out.stem}-xep-loai.xlsx"))
        except PartyDeskError as error:
            show_error(self, error)
            return
        self.preview.status.setText(translate("ReportsPage", "Written: {path}").format(
            path=str(out)))
