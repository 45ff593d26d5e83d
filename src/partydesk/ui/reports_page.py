"""Reports and documents: build a PDF in the background, preview it, print it.

The member list, the member list book (mẫu 7-HSĐV), the transfer book and a
member's transfer letter; the statistics and grading reports of the year (or of a
quarter) chosen, as ``--year``/``--quarter`` on the command line. With no
secretary recorded the page asks who signs, for every printed paper.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QInputDialog, QPushButton, QSpinBox, QVBoxLayout, QWidget

from partydesk.domain.grading import period_end
from partydesk.services.printing.books import (
    print_member_book,
    print_transfer_book,
    print_transfer_letter,
    transfer_choices,
)
from partydesk.services.printing.documents import print_member_list
from partydesk.services.setup.installation import Installation
from partydesk.services.shared.jobs import Job
from partydesk.ui import signer_prompt
from partydesk.ui.document_preview import BackgroundPreview
from partydesk.ui.flow import FlowLayout
from partydesk.ui.grading_page import labelled, period_chooser
from partydesk.ui.pages import heading
from partydesk.ui.pdf_preview import PdfPreviewDialog

translate = QCoreApplication.translate


class ReportsPage(QWidget):
    def __init__(self, installation: Installation, parent=None):
        super().__init__(parent)
        self.installation = installation
        layout = QVBoxLayout(self)
        layout.addWidget(heading(translate("ReportsPage", "Reports and documents")))
        buttons = []
        for text, slot in (
                (translate("ReportsPage", "&Member list (danh sách đảng viên)…"),
                 self.preview_member_list),
                (translate("ReportsPage", "Member list &book, mẫu 7-HSĐV (sổ danh sách "
                                          "đảng viên)…"), self.preview_member_book),
                (translate("ReportsPage", "&Transfer book (sổ giới thiệu sinh hoạt đảng)…"),
                 self.preview_transfer_book),
                (translate("ReportsPage", "Transfer &letter (giấy giới thiệu sinh hoạt "
                                          "đảng)…"), self.preview_transfer_letter)):
            button = QPushButton(text)
            button.clicked.connect(slot)
            layout.addWidget(button, alignment=Qt.AlignmentFlag.AlignLeft)
            buttons.append(button)
        self.member_list, self.member_book, self.transfer_book, self.transfer_letter = buttons
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.year.setValue(date.today().year)
        self.period = period_chooser()
        chooser = FlowLayout()
        chooser.addWidget(labelled(translate("ReportsPage", "&Year:"), self.year))
        chooser.addWidget(labelled(translate("ReportsPage", "&Period:"), self.period))
        self.targets = QPushButton(translate("ReportsPage", "Admission &targets…"))
        self.targets.clicked.connect(self.set_target)
        chooser.addWidget(self.targets)
        layout.addLayout(chooser)
        self.statistics = QPushButton()
        self.statistics.clicked.connect(lambda: self.preview_yearly("statistics"))
        self.grading = QPushButton()
        self.grading.clicked.connect(lambda: self.preview_yearly("grading"))
        self.year.valueChanged.connect(self._name_buttons)
        self.period.currentIndexChanged.connect(self._name_buttons)
        self._name_buttons()
        self.export = QPushButton(translate(
            "ReportsPage", "&Export the year's tables to a spreadsheet…"))
        self.export.clicked.connect(self.export_tables)
        for button in (self.statistics, self.grading, self.export):
            layout.addWidget(button, alignment=Qt.AlignmentFlag.AlignLeft)
        self.preview = BackgroundPreview(self, [*buttons, self.statistics, self.grading,
                                                self.export])
        layout.addWidget(self.preview.busy)
        layout.addWidget(self.preview.status)
        layout.addStretch()

    def chosen(self) -> tuple[int, int | None, date]:
        """(year, quarter or None, the day the statistics are counted on)."""
        year, quarter = self.year.value(), self.period.currentData()
        return year, quarter, period_end(year, quarter)

    def _name_buttons(self) -> None:
        year, quarter, day = self.chosen()
        self.statistics.setText(translate(
            "ReportsPage", "&Statistics report as of {day}…").format(
            day=day.strftime("%d/%m/%Y")))
        self.grading.setText(translate(
            "ReportsPage", "&Grading report, quarter {quarter} of {year}…").format(
            quarter=quarter, year=year) if quarter else translate(
            "ReportsPage", "&Grading report {year}…").format(year=year))

    def set_target(self) -> None:
        """The year's admissions target: a cell's own, or on a committee one cell's (as
        ``partydesk targets set``); the statistics report compares admissions with it."""
        from partydesk.domain.errors import PartyDeskError
        from partydesk.services.grading.targets import (
            admission_targets,
            set_admission_target,
            target_units,
        )
        from partydesk.ui.dialogs import show_error

        db, organisation, year = (self.installation.db, self.installation.organisation,
                                  self.year.value())
        units = target_units(db, organisation)
        title = translate("ReportsPage", "Admission targets of {year}").format(year=year)
        code, name = units[0]
        if len(units) > 1:
            label, chosen = QInputDialog.getItem(
                self, title, translate("ReportsPage", "Target for:"),
                [text for _, text in units], 0, False)
            if not chosen:
                return
            code, name = next(unit for unit in units if unit[1] == label)
        held = admission_targets(db, year).get(code, 0)
        number, chosen = QInputDialog.getInt(
            self, title, translate("ReportsPage", "Members to admit in {year}, {name}:").format(
                year=year, name=name), held, 0, 1_000_000)
        if not chosen:
            return
        try:
            set_admission_target(db, organisation, year, number, code or None)
        except PartyDeskError as error:
            show_error(self, error)
            return
        self.preview.status.setText(translate(
            "ReportsPage", "Target recorded: {name}, {year}: {count} admissions.").format(
            name=name, year=year, count=number))

    @property
    def last_preview(self) -> PdfPreviewDialog | None:
        return self.preview.last_preview

    def _start(self, printer: Callable[..., Path], subject: object, filename: str,
               title: str) -> None:
        installation = self.installation
        signer = signer_prompt.signer_for(self, installation.organisation)
        if signer is None:
            return

        def job_for(out: Path) -> Job[Path]:
            return Job.on_register(installation.db, lambda db, _progress: printer(
                db, installation.organisation, subject, out, signer=signer))

        self.preview.start(job_for, filename, title)

    def preview_member_list(self) -> None:
        self._start(print_member_list, date.today(), "danh-sach-dang-vien.pdf",
                    translate("ReportsPage", "Member list"))

    def preview_member_book(self) -> None:
        self._start(print_member_book, date.today(), "so-danh-sach-dang-vien.pdf",
                    translate("ReportsPage", "Member list book"))

    def preview_transfer_book(self) -> None:
        self._start(print_transfer_book, date.today(), "so-gioi-thieu-sinh-hoat.pdf",
                    translate("ReportsPage", "Transfer book"))

    def preview_transfer_letter(self, member_id: str | None = None) -> None:
        if member_id is None:
            choices = transfer_choices(self.installation.db)
            if not choices:
                self.preview.status.setText(translate(
                    "ReportsPage", "No member has a transfer out recorded."))
                return
            label, ok = QInputDialog.getItem(
                self, translate("ReportsPage", "Transfer letter"),
                translate("ReportsPage", "Member transferred out:"),
                [text for _, text in choices], 0, False)
            if not ok:
                return
            member_id = dict((text, mid) for mid, text in choices)[label]
        self._start(print_transfer_letter, member_id, "giay-gioi-thieu.pdf",
                    translate("ReportsPage", "Transfer letter"))

    def preview_yearly(self, which: str) -> None:
        from partydesk.services.reports.exports import print_grading, print_statistics

        installation, (year, quarter, day) = self.installation, self.chosen()
        organisation = installation.organisation
        signer = signer_prompt.signer_for(self, organisation)
        if signer is None:
            return

        def job_for(out: Path) -> Job[Path]:
            if which == "statistics":
                return Job.on_register(installation.db, lambda db, _p: print_statistics(
                    db, organisation, day, out, signer=signer))
            return Job.on_register(installation.db, lambda db, _p: print_grading(
                db, organisation, year, out, signer=signer, quarter=quarter))

        when = f"{year}-quy-{quarter}" if quarter else str(year)
        if which == "statistics":
            self.preview.start(job_for, f"thong-ke-dang-vien-{day.isoformat()}.pdf",
                               translate("ReportsPage", "Statistics report"))
        else:
            self.preview.start(job_for, f"xep-loai-chat-luong-{when}.pdf",
                               translate("ReportsPage", "Grading report"))

    def export_tables(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        from partydesk.domain.errors import PartyDeskError
        from partydesk.services.reports.exports import print_grading, print_statistics
        from partydesk.ui.dialogs import show_error

        year, quarter, day = self.chosen()
        when = f"{year}-quy-{quarter}" if quarter else str(year)
        path, _ = QFileDialog.getSaveFileName(
            self, translate("ReportsPage", "Export the year's tables"),
            f"thong-ke-{when}.xlsx", translate("ReportsPage", "Excel workbooks (*.xlsx)"))
        if not path:
            return
        out = Path(path).with_suffix(".xlsx")
        db, organisation = self.installation.db, self.installation.organisation
        try:
            print_statistics(db, organisation, day, out)
            print_grading(db, organisation, year, out.with_name(f"{out.stem}-xep-loai.xlsx"),
                          quarter=quarter)
        except PartyDeskError as error:
            show_error(self, error)
            return
        self.preview.status.setText(translate("ReportsPage", "Written: {path}").format(
            path=str(out)))
