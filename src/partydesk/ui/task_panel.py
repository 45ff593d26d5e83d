"""A progress bar with a Cancel button for work running off the GUI thread, and the
small helpers the sync pages share."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from partydesk.services.committee.cells import local_date
from partydesk.services.shared.jobs import Cancellation

translate = QCoreApplication.translate


def day(stamp: str | None) -> str:
    """A stored time stamp as the local day, dd/mm/yyyy."""
    on = local_date(stamp)
    return on.strftime("%d/%m/%Y") if on else ""


def fill_table(table: QTableWidget, rows: list[list[str]]) -> None:
    table.setRowCount(len(rows))
    for row, values in enumerate(rows):
        for column, text in enumerate(values):
            item = QTableWidgetItem(text)
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            table.setItem(row, column, item)
    table.resizeColumnsToContents()
    header = table.horizontalHeader()
    if header.stretchLastSection():      # resizing to contents undoes the stretch
        header.setStretchLastSection(False)
        header.setStretchLastSection(True)


def read_only_table(headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
    table.verticalHeader().hide()
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    table.horizontalHeader().setStretchLastSection(True)
    return table


class TaskPanel(QWidget):
    """Hidden until :meth:`begin`; shows what is being done, how far, and Cancel."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.label = QLabel()
        self.bar = QProgressBar()
        self.bar.setMinimumWidth(300)
        self.cancel_button = QPushButton(translate("TaskPanel", "&Cancel"))
        self.cancel_button.clicked.connect(self.cancel)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.bar, stretch=1)
        layout.addWidget(self.cancel_button)
        self.cancellation: Cancellation | None = None
        self.hide()

    def begin(self, text: str, cancellable: bool = True) -> Cancellation:
        """Show the panel; hand the returned Cancellation to the job (``start_job``).
        Without ``cancellable`` (the work cannot be interrupted), Cancel is hidden."""
        self.cancellation = Cancellation()
        self.label.setText(text)
        self.bar.setRange(0, 0)          # busy until the first step is reported
        self.cancel_button.setEnabled(True)
        self.cancel_button.setVisible(cancellable)
        self.show()
        return self.cancellation

    def step(self, done: int, total: int) -> None:
        if total <= 0:                     # total not known: stay busy
            return
        self.bar.setRange(0, total)
        self.bar.setValue(min(done, total))

    def cancel(self) -> None:
        if self.cancellation is not None:
            self.cancellation.cancel()
            self.cancel_button.setEnabled(False)
            self.label.setText(translate("TaskPanel", "Cancelling…"))

    def end(self) -> None:
        self.cancellation = None
        self.hide()

    @property
    def running(self) -> bool:
        return self.cancellation is not None
