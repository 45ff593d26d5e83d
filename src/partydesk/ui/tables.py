"""Read-only tables of the sync and cells pages, and the day a stored time stamp falls on."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView, QTableWidget, QTableWidgetItem

from partydesk.services.committee.cells import local_date


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
