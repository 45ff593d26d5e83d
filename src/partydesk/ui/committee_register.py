"""The committee's consolidated register: every member of every cell, searched as you
type (accents and đ optional), filtered by cell and status."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QModelIndex,
    Qt,
    QTimer,
)
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from partydesk.domain.member import MemberStatus
from partydesk.domain.member_labels import STATUS_LABELS
from partydesk.domain.organisation import Organisation
from partydesk.services.committee.cells import (
    committee_members_count,
    committee_members_page,
)
from partydesk.services.shared.register import Database
from partydesk.ui.keyset_model import KeysetTableModel
from partydesk.ui.members_model import display_value

translate = QCoreApplication.translate
SEARCH_DELAY_MS = 200
NAME_WIDTH = 260
_ROOT = QModelIndex()
PAGE = 500          # rows read at a time as the view scrolls

COLUMNS = [
    ("cell_code", QT_TRANSLATE_NOOP("CommitteeRegister", "Cell")),
    ("full_name", QT_TRANSLATE_NOOP("CommitteeRegister", "Full name")),
    ("birth_date", QT_TRANSLATE_NOOP("CommitteeRegister", "Date of birth")),
    ("status", QT_TRANSLATE_NOOP("CommitteeRegister", "Status")),
    ("official_on", QT_TRANSLATE_NOOP("CommitteeRegister", "Official")),
    ("card_number", QT_TRANSLATE_NOOP("CommitteeRegister", "Card number")),
]


class CommitteeMembersModel(KeysetTableModel):
    """The consolidated register, a page at a time (keyset, like the cell's register):
    the view asks for the next page as it scrolls; ``total`` counts them all."""

    def __init__(self, db: Database, organisation: Organisation, parent=None,
                 page_size: int = PAGE):
        super().__init__(page_size, parent)
        self._db, self._organisation = db, organisation
        self._filter: tuple = ("", None, None)
        self.total = 0
        self.set_filter()

    def set_filter(self, text: str = "", status: MemberStatus | None = None,
                   cell_code: str | None = None) -> None:
        def apply():
            self._filter = (text, status.value if status else None, cell_code)
            self.total = committee_members_count(self._db, self._organisation, *self._filter)
        self._restart(apply)

    def _read_page(self) -> list[dict]:
        last = self._rows[-1] if self._rows else None
        return committee_members_page(
            self._db, self._organisation, *self._filter,
            after=(last["sort_key"], last["cell_code"], last["id"]) if last else None,
            limit=self._page_size)

    def member(self, row: int) -> dict:
        return self._rows[row]

    def columnCount(self, parent=_ROOT) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (role != Qt.ItemDataRole.DisplayRole or not index.isValid()
                or not 0 <= index.row() < len(self._rows)):
            return None
        field = COLUMNS[index.column()][0]
        return display_value(field, self._rows[index.row()][field])

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(COLUMNS):
            return translate("CommitteeRegister", COLUMNS[section][1])
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        return None


class CommitteeRegister(QWidget):
    model_class = CommitteeMembersModel

    def __init__(self, db: Database, organisation: Organisation, parent=None):
        super().__init__(parent)
        self.search = QLineEdit()
        self.search.setPlaceholderText(translate(
            "CommitteeRegister", "Search by name, with or without accents"))
        self.search.setClearButtonEnabled(True)
        self.cell = QComboBox()
        self.status = QComboBox()
        self.status.addItem(translate("CommitteeRegister", "All statuses"), "")
        for status, label in STATUS_LABELS.items():
            self.status.addItem(translate(label.context, label.text), status.value)
        self.model = self.model_class(db, organisation, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().hide()
        self.shown = QLabel()
        self._db = db
        self.table.doubleClicked.connect(self._show_origin)
        self._timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.apply_filter)
        self.search.textChanged.connect(self._timer.start)
        self.cell.currentIndexChanged.connect(self.apply_filter)
        self.status.currentIndexChanged.connect(self.apply_filter)
        filters = QHBoxLayout()
        filters.addWidget(self.search, 3)
        filters.addWidget(self.cell, 1)
        filters.addWidget(self.status, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table)
        layout.addWidget(self.shown)

    def set_cells(self, cells: list[dict]) -> None:
        """The cells to filter by (keeping the current choice), then read again."""
        chosen = self.cell.currentData()
        self.cell.blockSignals(True)
        self.cell.clear()
        self.cell.addItem(translate("CommitteeRegister", "All cells"), "")
        for cell in cells:
            self.cell.addItem(f"{cell['code']} — {cell['name']}", cell["code"])
        self.cell.setCurrentIndex(max(0, self.cell.findData(chosen or "")))
        self.cell.blockSignals(False)
        self.apply_filter()
        self.table.resizeColumnsToContents()
        self.table.setColumnWidth(1, max(self.table.columnWidth(1), NAME_WIDTH))

    def apply_filter(self) -> None:
        self._timer.stop()
        status = self.status.currentData()
        self.model.set_filter(self.search.text(), MemberStatus(status) if status else None,
                              self.cell.currentData() or None)
        self.shown.setText(translate("CommitteeRegister", "Members shown: {count}").format(
            count=self.model.total))

    def _show_origin(self, index: QModelIndex) -> None:
        """Double-click: which cell's bundle (and roll-up) wrote this record."""
        from partydesk.ui.provenance_view import show_provenance

        show_provenance(self, self._db, self.model.member(index.row()))
