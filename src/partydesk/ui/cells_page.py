"""The committee's cells: each enrolled cell with its last bundle and member counts, a
mark on cells whose bundle is overdue, enrolment of new cells, and the consolidated
register of all their members."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from partydesk.domain.bundles import MAX_WAITING_DAYS
from partydesk.domain.dues import format_money
from partydesk.services.committee.cells import cells_status, set_waiting_days, waiting_days
from partydesk.services.setup.installation import Installation
from partydesk.ui.committee_register import CommitteeRegister
from partydesk.ui.enrol_dialog import EnrolDialog
from partydesk.ui.pages import heading
from partydesk.ui.tables import day, fill_table, read_only_table

translate = QCoreApplication.translate
WAITING_COLOUR = QColor("#b00020")
COLUMNS = [QT_TRANSLATE_NOOP("CellsPage", "Code"), QT_TRANSLATE_NOOP("CellsPage", "Name"),
           QT_TRANSLATE_NOOP("CellsPage", "State"),
           QT_TRANSLATE_NOOP("CellsPage", "Last bundle"), QT_TRANSLATE_NOOP("CellsPage", "Made on"),
           QT_TRANSLATE_NOOP("CellsPage", "Members"),
           QT_TRANSLATE_NOOP("CellsPage", "Dues last month"),
           QT_TRANSLATE_NOOP("CellsPage", "Key fingerprint")]
STATE_COLUMN = 2
MEMBERS_COLUMN = 5
DUES_COLUMN = 6
NUMBER_COLUMNS = (3, MEMBERS_COLUMN, DUES_COLUMN)
NAME_WIDTH = 210


def _state(cell: dict) -> str:
    if cell["waiting"]:
        return translate("CellsPage", "Waiting for a bundle")
    if not cell["last_sequence"]:
        return translate("CellsPage", "Enrolled, no bundle yet")
    return translate("CellsPage", "Up to date")


def _counts(cell: dict) -> list[str]:
    """Last bundle, its date and the member count; blank until a bundle has come."""
    if not cell["last_sequence"]:
        return ["", "", ""]
    return [str(cell["last_sequence"]), day(cell["last_bundle_at"]), str(cell["members"])]


def _dues(cell: dict) -> str:
    """What the cell collected last month, of what was due (from its last bundle)."""
    if not cell.get("dues_due") and not cell.get("dues_collected"):
        return ""
    return f"{format_money(cell['dues_collected'])} / {format_money(cell['dues_due'])}"


class CellsPage(QWidget):
    def __init__(self, installation: Installation, today: date, parent=None):
        super().__init__(parent)
        self.installation, self.today = installation, today
        self.cells: list[dict] = []
        layout = QVBoxLayout(self)
        layout.addWidget(heading(translate("CellsPage", "Cells")))
        self.tabs = QTabWidget()
        layout.addWidget(self.tabs)
        cells_tab = QWidget()
        tab = QVBoxLayout(cells_tab)
        self.table = read_only_table([translate("CellsPage", c) for c in COLUMNS])
        self.table.verticalHeader().setMinimumSectionSize(
            self.table.verticalHeader().defaultSectionSize())
        tab.addWidget(self.table, stretch=1)
        self.totals = QLabel()
        self.totals.setWordWrap(True)
        tab.addWidget(self.totals)
        self.notice = QLabel()
        self.notice.setWordWrap(True)
        tab.addWidget(self.notice)
        row = QHBoxLayout()
        self.enrol_button = QPushButton(translate("CellsPage", "&Enrol a cell…"))
        self.enrol_button.clicked.connect(self.enrol)
        row.addWidget(self.enrol_button)
        row.addStretch()
        row.addWidget(QLabel(translate("CellsPage", "Mark a cell as waiting after")))
        self.waiting = QSpinBox()
        self.waiting.setRange(1, MAX_WAITING_DAYS)
        self.waiting.setValue(waiting_days(installation.db))
        self.waiting.setSuffix(translate("CellsPage", " days without a bundle"))
        self.waiting.valueChanged.connect(self.change_waiting)
        row.addWidget(self.waiting)
        tab.addLayout(row)
        self.tabs.addTab(cells_tab, translate("CellsPage", "&Cells"))
        self.register = CommitteeRegister(installation.db, installation.organisation)
        self.tabs.addTab(self.register, translate("CellsPage", "&All members"))
        self.refresh()

    def showEvent(self, shown) -> None:    # bundles may have come in on the Sync page
        super().showEvent(shown)
        self.refresh()

    def refresh(self) -> None:
        inst = self.installation
        self.cells = cells_status(inst.db, inst.organisation, self.today)
        fill_table(self.table, [
            [c["code"], c["name"], _state(c), *_counts(c), _dues(c), c["fingerprint"] or ""]
            for c in self.cells])
        bold = QFont()
        bold.setBold(True)
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        for row, cell in enumerate(self.cells):
            for column in NUMBER_COLUMNS:
                self.table.item(row, column).setTextAlignment(right)
            self.table.item(row, MEMBERS_COLUMN).setToolTip(translate(
                "CellsPage", "{official} official, {probationary} probationary").format(
                official=cell["official"], probationary=cell["probationary"]))
            if cell["waiting"]:
                item = self.table.item(row, STATE_COLUMN)
                item.setForeground(WAITING_COLOUR)
                item.setFont(bold)
        # long names wrap, so that the fingerprint fits beside them at the usual size
        self.table.setColumnWidth(1, min(self.table.columnWidth(1), NAME_WIDTH))
        self.table.resizeRowsToContents()
        official = sum(c["official"] for c in self.cells)
        probationary = sum(c["probationary"] for c in self.cells)
        cells = translate("CellsPage", "<b>%n</b> cell(s)", None, len(self.cells))
        members = translate("CellsPage", "<b>%n</b> party member(s)", None,
                            official + probationary)
        self.totals.setText(translate(
            "CellsPage", "{cells} · {members}: {official} official, "
            "{probationary} probationary.").format(
            cells=cells, members=members, official=official, probationary=probationary))
        self.register.set_cells(self.cells)

    def is_waiting(self, code: str) -> bool:
        return any(c["waiting"] for c in self.cells if c["code"] == code)

    def change_waiting(self, days: int) -> None:
        set_waiting_days(self.installation.db, days)
        self.refresh()

    def enrol(self) -> None:
        dialog = EnrolDialog(self.installation, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.show_enrolled(dialog)

    def show_enrolled(self, dialog: EnrolDialog) -> None:
        self.notice.setText(translate(
            "Cli", "Wrote the enrolment file for {name} ({code}) to {file}. It holds a "
            "one-time secret: give it to the cell's secretary by hand.").format(
            name=dialog.enrolment.cell_name, code=dialog.enrolment.cell_code,
            file=dialog.path))
        self.refresh()
