"""The members page: search as you type (accents optional), a status filter, the paged
table, a new member, and spreadsheet import, export and template worked on off the GUI
thread with a progress bar."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from partydesk.domain.errors import PartyDeskError
from partydesk.domain.member_labels import STATUS_LABELS
from partydesk.domain.messages import QT_TRANSLATE_NOOP, message
from partydesk.services.members import lifecycle
from partydesk.services.members import spreadsheets as sheets
from partydesk.services.shared.jobs import Cancelled, Job
from partydesk.services.shared.register import Database
from partydesk.ui.member_form import MemberForm
from partydesk.ui.members_model import MembersModel
from partydesk.ui.task_panel import TaskPanel
from partydesk.ui.translation import render
from partydesk.ui.workers import start_job

translate = QCoreApplication.translate
SEARCH_DELAY_MS = 200
MAX_LISTED_ERRORS = 50
MIN_NAME_WIDTH_EM = 20          # characters: "Nguyễn Thị Hồng Nhung"


def _filter() -> str:
    return translate("MembersPage", "Spreadsheets (*.xlsx *.csv)")


class MembersPage(QWidget):
    member_activated = Signal(str)     # a row was double-clicked or Enter pressed on it
    work_done = Signal()               # a background import, export or template ended

    def __init__(self, db: Database, today: date | None = None, parent=None):
        super().__init__(parent)
        self.db, self.today = db, today or date.today()
        self.search = QLineEdit()
        self.search.setPlaceholderText(translate(
            "MembersPage", "Search by name, with or without accents"))
        self.search.setClearButtonEnabled(True)
        self.status = QComboBox()
        self.status.addItem(translate("MembersPage", "All statuses"), None)
        for status, label in STATUS_LABELS.items():
            self.status.addItem(translate(label.context, label.text), status.value)
        self.model = MembersModel(db, parent=self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignRight
                                                        | Qt.AlignmentFlag.AlignVCenter)
        self._size_columns()
        self.progress = TaskPanel()
        self._timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.apply_filter)
        self.search.textChanged.connect(self._timer.start)
        self.status.currentIndexChanged.connect(self.apply_filter)
        self.flag = QComboBox()
        self.flag.addItem(translate("MembersPage", "Everyone"), None)
        self.flag.addItem(translate("MembersPage", "Exempt from work and activity"), "exempt")
        self.flag.addItem(translate("MembersPage", "Temporarily away"), "temporarily_away")
        self.flag.currentIndexChanged.connect(self.apply_filter)
        self.table.activated.connect(
            lambda index: self.member_activated.emit(self.model.member_id(index.row())))
        self._layout()

    def _size_columns(self) -> None:
        """Each column as wide as its header and first page need, the last one taking
        what is left (sized once: resizing to contents as pages arrive costs more and
        more)."""
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.table.resizeColumnsToContents()
        header.resizeSection(0, max(header.sectionSize(0), MIN_NAME_WIDTH_EM
                                    * self.fontMetrics().averageCharWidth()))

    def _layout(self) -> None:
        filters = QHBoxLayout()
        filters.addWidget(self.search, 3)
        filters.addWidget(self.status, 1)
        filters.addWidget(self.flag, 1)
        buttons = QHBoxLayout()
        self.buttons: list[QPushButton] = []
        for text, slot in [(QT_TRANSLATE_NOOP("MembersPage", "&New member…"), self.new_member),
                           (QT_TRANSLATE_NOOP("MembersPage", "&Import…"), self.import_file),
                           (QT_TRANSLATE_NOOP("MembersPage", "&Export…"), self.export_file),
                           (QT_TRANSLATE_NOOP("MembersPage", "Blank &template…"),
                            self.template_file)]:
            button = QPushButton(translate(*text))
            button.clicked.connect(slot)
            buttons.addWidget(button)
            self.buttons.append(button)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table)
        layout.addWidget(self.progress)
        layout.addLayout(buttons)

    def apply_filter(self) -> None:
        self._timer.stop()
        self.model.set_filter(self.search.text(), self.status.currentData(),
                              self.flag.currentData())

    def _refused(self, error: PartyDeskError) -> None:
        QMessageBox.warning(self, translate("MembersPage", "Party members"),
                            render(error.message))

    # --- a new member ----------------------------------------------------------
    def new_member(self) -> bool:
        """Ask for the record and admission dates until saved or cancelled."""
        form = MemberForm(self.today, parent=self)
        while form.exec() == QDialog.DialogCode.Accepted:
            if self.save_new(form):
                return True
        return False

    def save_new(self, form: MemberForm) -> bool:
        """Save the form's member; a refusal is shown in the form and nothing is saved."""
        try:
            lifecycle.admit_member(self.db, form.record(), form.decided_on(),
                                   form.ceremony_on(), self.today)
        except PartyDeskError as error:
            form.show_refusal(render(error.message))
            return False
        self.apply_filter()
        return True

    # --- background work ---------------------------------------------------------
    def _run(self, text: str, job: Job, done: Callable[[Any], None]) -> None:
        for button in self.buttons:
            button.setEnabled(False)
        cancellation = self.progress.begin(text, cancellable=not job.runs_on_caller_thread)
        start_job(job, self, lambda result: self._finished(done, result), self._failed,
                  self.progress.step, cancellation)

    def _end(self) -> None:
        self.progress.end()
        for button in self.buttons:
            button.setEnabled(True)
        self.work_done.emit()

    def _finished(self, done: Callable[[Any], None], result: Any) -> None:
        self._end()
        done(result)

    def _failed(self, error: Exception) -> None:
        self._end()
        if isinstance(error, Cancelled):
            return
        if isinstance(error, PartyDeskError):
            self._refused(error)
            return
        raise error

    def busy(self) -> bool:
        return self.progress.isVisible()

    # --- spreadsheets --------------------------------------------------------------
    def import_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, translate("MembersPage", "Import members"),
                                              "", _filter())
        if not name:
            return
        path = Path(name)
        self._run(translate("MembersPage", "Reading {file}…").format(file=path.name),
                  Job.on_register(self.db, lambda db, report: sheets.preview(
                      db, path, progress=report)),
                  self._previewed)

    def _previewed(self, checked: sheets.ImportPreview) -> None:
        if not self._confirm_import(checked):
            return
        self._run(translate("MembersPage", "Importing {count} members…")
                  .format(count=len(checked.valid)),
                  Job.on_register(self.db, lambda db, report: sheets.apply(
                      db, checked, True, report)),
                  lambda added: self._imported(checked, added))

    def _imported(self, checked: sheets.ImportPreview, added: int) -> None:
        self.apply_filter()
        QMessageBox.information(self, translate("MembersPage", "Import members"), render(
            message(QT_TRANSLATE_NOOP("Cli", "Members imported from {file}: {count}."),
                    file=checked.file.name, count=added)))

    def _confirm_import(self, checked: sheets.ImportPreview) -> bool:
        box = QMessageBox(self)
        box.setWindowTitle(translate("MembersPage", "Import members"))
        box.setText(translate("MembersPage", "Valid rows: {valid}. Rows with errors: {bad}.")
                    .format(valid=len(checked.valid), bad=len(checked.errors)))
        if checked.errors:
            lines = [render(message(QT_TRANSLATE_NOOP("Cli", "row {row}: {reasons}"),
                                    row=e.row, reasons="; ".join(render(r) for r in e.reasons)))
                     for e in checked.errors[:MAX_LISTED_ERRORS]]
            box.setDetailedText("\n".join(lines))
            box.setInformativeText(translate(
                "MembersPage", "Import only the valid rows? Rows with errors are left out."))
        if not checked.valid:
            box.setInformativeText(translate("MembersPage", "There is nothing to import."))
            box.setStandardButtons(QMessageBox.StandardButton.Close)
            box.exec()
            return False
        box.setStandardButtons(QMessageBox.StandardButton.Ok
                               | QMessageBox.StandardButton.Cancel)
        return box.exec() == QMessageBox.StandardButton.Ok

    def export_file(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, translate("MembersPage", "Export members"), "danh-sach-dang-vien.xlsx",
            _filter())
        if not name:
            return
        path = Path(name)
        self._run(translate("MembersPage", "Writing {file}…").format(file=path.name),
                  Job.on_register(self.db, lambda db, report: sheets.export_register(
                      db, path, report)),
                  lambda count: QMessageBox.information(
                      self, translate("MembersPage", "Export members"), render(message(
                          QT_TRANSLATE_NOOP("Cli", "Members exported to {file}: {count}."),
                          file=path.name, count=count))))

    def template_file(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, translate("MembersPage", "Blank template"), "mau-danh-sach-dang-vien.xlsx",
            _filter())
        if name:
            path = Path(name)
            self._run(translate("MembersPage", "Writing {file}…").format(file=path.name),
                      Job.without_register(lambda _report: sheets.write_template(path)),
                      lambda _: None)
