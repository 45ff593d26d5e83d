"""The members page: search as you type (accents optional), a status filter, the paged
table, and spreadsheet import, export and template."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
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
from partydesk.services.spreadsheets import apply, export_register, preview, write_template
from partydesk.storage.database import Database
from partydesk.ui.members_model import MembersModel
from partydesk.ui.translation import render

translate = QCoreApplication.translate
SEARCH_DELAY_MS = 200
MAX_LISTED_ERRORS = 50


def _filter() -> str:
    return translate("MembersPage", "Spreadsheets (*.xlsx *.csv)")


class MembersPage(QWidget):
    member_activated = Signal(str)     # a row was double-clicked or Enter pressed on it

    def __init__(self, db: Database, parent=None):
        super().__init__(parent)
        self.db = db
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
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.setColumnWidth(0, 240)
        self._timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.apply_filter)
        self.search.textChanged.connect(self._timer.start)
        self.status.currentIndexChanged.connect(self.apply_filter)
        self.table.activated.connect(
            lambda index: self.member_activated.emit(self.model.member_id(index.row())))
        self._layout()

    def _layout(self) -> None:
        filters = QHBoxLayout()
        filters.addWidget(self.search, 3)
        filters.addWidget(self.status, 1)
        buttons = QHBoxLayout()
        for text, slot in [(QT_TRANSLATE_NOOP("MembersPage", "&Import…"), self.import_file),
                           (QT_TRANSLATE_NOOP("MembersPage", "&Export…"), self.export_file),
                           (QT_TRANSLATE_NOOP("MembersPage", "Blank &template…"),
                            self.template_file)]:
            button = QPushButton(translate(*text))
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table)
        layout.addLayout(buttons)

    def apply_filter(self) -> None:
        self._timer.stop()
        self.model.set_filter(self.search.text(), self.status.currentData())

    def _refused(self, error: PartyDeskError) -> None:
        QMessageBox.warning(self, translate("MembersPage", "Party members"),
                            render(error.message))

    def import_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, translate("MembersPage", "Import members"),
                                              "", _filter())
        if not name:
            return
        try:
            checked = preview(self.db, Path(name))
            if not self._confirm_import(checked):
                return
            added = apply(self.db, checked, only_valid=True)
        except PartyDeskError as error:
            self._refused(error)
            return
        self.apply_filter()
        QMessageBox.information(self, translate("MembersPage", "Import members"), render(
            message(QT_TRANSLATE_NOOP("Cli", "Members imported from {file}: {count}."),
                    file=Path(name).name, count=added)))

    def _confirm_import(self, checked) -> bool:
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
        box.setStandardButtons(QMessageBox.StandardButton.Ok
                               | QMessageBox.StandardButton.Cancel)
        return bool(checked.valid) and box.exec() == QMessageBox.StandardButton.Ok

    def export_file(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, translate("MembersPage", "Export members"), "danh-sach-dang-vien.xlsx",
            _filter())
        if name:
            try:
                export_register(self.db, Path(name))
            except PartyDeskError as error:
                self._refused(error)

    def template_file(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, translate("MembersPage", "Blank template"), "mau-danh-sach-dang-vien.xlsx",
            _filter())
        if name:
            try:
                write_template(Path(name))
            except PartyDeskError as error:
                self._refused(error)
