"""The committee's overview: its desk across its cells. One row per cell — days since
its last bundle, meetings recorded last month, members waiting for a committee
decision, members in transit, dues arrears — marked where something needs doing; below,
the lists behind those figures: decisions waited for, transfers in transit, members who
appear in two cells, each pair resolved here (two different people, or the same
person). Worked out off the GUI thread, again whenever the page comes back
into view."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QTimer
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from partydesk.domain.dues import format_money
from partydesk.services.committee.desk import committee_desk
from partydesk.services.committee.duplicates import resolve_pair
from partydesk.services.setup.installation import Installation
from partydesk.services.shared.jobs import Job
from partydesk.ui.pages import heading
from partydesk.ui.tables import fill_table, read_only_table
from partydesk.ui.workers import start_job

translate = QCoreApplication.translate
ATTENTION = QColor("#b00020")
COMMUNE = QT_TRANSLATE_NOOP("CommitteeDesk", "Commune")      # the first column, on a province
CELL_COLUMNS = [QT_TRANSLATE_NOOP("CommitteeDesk", "Cell"),
                QT_TRANSLATE_NOOP("CommitteeDesk", "Name"),
                QT_TRANSLATE_NOOP("CommitteeDesk", "Days since bundle"),
                QT_TRANSLATE_NOOP("CommitteeDesk", "Meetings last month"),
                QT_TRANSLATE_NOOP("CommitteeDesk", "Waiting for a decision"),
                QT_TRANSLATE_NOOP("CommitteeDesk", "In transit"),
                QT_TRANSLATE_NOOP("CommitteeDesk", "Dues arrears")]
WAITING = (QT_TRANSLATE_NOOP("CommitteeDesk", "Cell"),
           QT_TRANSLATE_NOOP("CommitteeDesk", "Full name"),
           QT_TRANSLATE_NOOP("CommitteeDesk", "Waiting for"),
           QT_TRANSLATE_NOOP("CommitteeDesk", "Since"))
TRANSIT = (QT_TRANSLATE_NOOP("CommitteeDesk", "From"), QT_TRANSLATE_NOOP("CommitteeDesk", "To"),
           QT_TRANSLATE_NOOP("CommitteeDesk", "Full name"),
           QT_TRANSLATE_NOOP("CommitteeDesk", "Left on"))
TWICE = (QT_TRANSLATE_NOOP("CommitteeDesk", "Cell"),
         QT_TRANSLATE_NOOP("CommitteeDesk", "Full name"),
         QT_TRANSLATE_NOOP("CommitteeDesk", "Cell"),
         QT_TRANSLATE_NOOP("CommitteeDesk", "Full name"),
         QT_TRANSLATE_NOOP("CommitteeDesk", "Why"))
DAYS, MEETINGS = 2, 3
KINDS = {"conversion": QT_TRANSLATE_NOOP("CommitteeDesk", "conversion to official due"),
         "admission": QT_TRANSLATE_NOOP("CommitteeDesk", "admission proposed by the cell")}
REASONS = {"card_number": QT_TRANSLATE_NOOP("CommitteeDesk", "same card number"),
           "name_and_birth_date": QT_TRANSLATE_NOOP("CommitteeDesk",
                                                    "same name and birth date")}


def _on(iso: str | None) -> str:
    return date.fromisoformat(iso[:10]).strftime("%d/%m/%Y") if iso else ""


def cell_row(cell: dict) -> list[str]:
    days = cell["days_since_bundle"]
    return [cell["code"], cell["name"],
            translate("CommitteeDesk", "no bundle yet") if days is None else str(days),
            str(cell["meetings_last_month"]), str(cell["waiting_decisions"] or ""),
            str(cell["in_transit"] or ""),
            format_money(cell["arrears"]) if cell["arrears"] else ""]


def quiet_cells(cells: list[dict]) -> list[str]:
    """The cells that recorded no meeting; on a province, each commune's by name
    (DUX1/CB02), since a commune is not one that meets."""
    quiet = []
    for cell in cells:
        if "cells_without_meeting" in cell:
            quiet += [f"{cell['code']}/{code}" for code in cell["cells_without_meeting"]]
        elif cell["no_meeting_last_month"]:
            quiet.append(cell["code"])
    return quiet


class CommitteeOverviewPage(QWidget):
    def __init__(self, installation: Installation, today: date, parent=None):
        super().__init__(parent)
        self.installation, self.today = installation, today
        self.desk: dict | None = None
        layout = QVBoxLayout(self)
        layout.addWidget(heading(installation.organisation.name))
        self.summary = QLabel(translate("CommitteeDesk", "Working it out…"))
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.cells = read_only_table([translate("CommitteeDesk", c) for c in CELL_COLUMNS])
        self.cells.setAccessibleName(translate("CommitteeDesk", "Cells"))
        layout.addWidget(self.cells, stretch=3)
        self.lists = QTabWidget()
        self.waiting = read_only_table([translate("CommitteeDesk", t) for t in WAITING])
        self.transit = read_only_table([translate("CommitteeDesk", t) for t in TRANSIT])
        self.twice = read_only_table([translate("CommitteeDesk", t) for t in TWICE])
        self.lists.addTab(self.waiting, "")
        self.lists.addTab(self.transit, "")
        self.lists.addTab(self._twice_tab(), "")
        layout.addWidget(self.lists, stretch=2)
        self._titles([], [], [])
        self.loaded = False
        QTimer.singleShot(0, self.refresh)

    def _twice_tab(self) -> QWidget:
        """The pairs, and the two ways the committee resolves the one selected."""
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.twice)
        buttons = QHBoxLayout()
        self.not_same = QPushButton(translate("CommitteeDesk", "Checked: two different people"))
        self.same = QPushButton(translate("CommitteeDesk", "Checked: the same person"))
        self.not_same.clicked.connect(lambda: self.resolve_selected("not_same"))
        self.same.clicked.connect(lambda: self.resolve_selected("same_person"))
        for button in (self.not_same, self.same):
            button.setEnabled(False)
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.twice.itemSelectionChanged.connect(self._selection_changed)
        return tab

    def _selection_changed(self) -> None:
        chosen = bool(self.twice.selectionModel().selectedRows())
        self.not_same.setEnabled(chosen)
        self.same.setEnabled(chosen)

    def resolve_selected(self, verdict: str) -> None:
        """The pair selected leaves the list (and is not flagged again)."""
        rows = self.twice.selectionModel().selectedRows()
        if not rows or self.desk is None:
            return
        pair = self.desk["duplicates"][rows[0].row()]
        resolve_pair(self.installation.db, self.installation.organisation, pair["id"],
                     verdict)
        self.refresh()

    def refresh(self) -> None:
        organisation, today = self.installation.organisation, self.today
        job = Job.on_register(self.installation.db,
                              lambda db, _progress: committee_desk(db, organisation, today))
        start_job(job, self, self.show_desk, self.show_failure)

    def showEvent(self, event) -> None:
        if self.loaded:                  # back from importing bundles or deciding
            self.refresh()
        super().showEvent(event)

    def show_desk(self, desk: dict) -> None:
        self.desk, self.loaded = desk, True
        cells = desk["cells"]
        province = any("cells_without_meeting" in c for c in cells)
        self.cells.horizontalHeaderItem(0).setText(translate(   # before the columns are sized
            "CommitteeDesk", "Commune" if province else "Cell"))
        fill_table(self.cells, [cell_row(c) for c in cells])
        for row, cell in enumerate(cells):
            if cell["waiting"]:
                self.cells.item(row, DAYS).setForeground(ATTENTION)
            if cell["no_meeting_last_month"]:
                self.cells.item(row, MEETINGS).setForeground(ATTENTION)
        quiet = quiet_cells(cells)
        late = [c["code"] for c in cells if c["waiting"]]
        month = date.fromisoformat(desk["meeting_month"] + "-01").strftime("%m/%Y")
        self.summary.setText(" ".join([
            translate("CommitteeDesk", "%n commune(s).", None, len(cells)) if province
            else translate("CommitteeDesk", "%n cell(s).", None, len(cells)),
            translate("CommitteeDesk", "No meeting recorded in {month}: {cells}.").format(
                month=month, cells=", ".join(quiet)) if quiet else
            translate("CommitteeDesk", "Every cell recorded a meeting in {month}.").format(
                month=month),
            translate("CommitteeDesk", "Bundle overdue: {cells}.").format(
                cells=", ".join(late)) if late else ""]).strip())
        fill_table(self.waiting, [[w["cell_code"], w["full_name"],
                                   translate("CommitteeDesk", KINDS[w["kind"]]), _on(w["since"])]
                                  for w in desk["waiting_decisions"]])
        fill_table(self.transit, [[t["from_cell"], t["to_cell"] or "—", t["full_name"],
                                   _on(t["left_on"])] for t in desk["in_transit"]])
        fill_table(self.twice, [[d["cell_a"], d["name_a"] or "", d["cell_b"],
                                 d["name_b"] or "", translate("CommitteeDesk",
                                                              REASONS[d["reason"]])]
                                for d in desk["duplicates"]])
        self._titles(desk["waiting_decisions"], desk["in_transit"], desk["duplicates"])
        self._selection_changed()

    def _titles(self, waiting: list, transit: list, twice: list) -> None:
        self.lists.setTabText(0, translate("CommitteeDesk", "Waiting for a committee "
                                                            "decision ({count})").format(
            count=len(waiting)))
        self.lists.setTabText(1, translate("CommitteeDesk", "In transit ({count})").format(
            count=len(transit)))
        self.lists.setTabText(2, translate("CommitteeDesk", "In two cells ({count})").format(
            count=len(twice)))

    def show_failure(self, error: Exception) -> None:
        self.summary.setText(translate("CommitteeDesk", "The desk could not be worked out."))
        raise error
