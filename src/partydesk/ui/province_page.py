"""The province's pages, grouped by commune: its communes (last roll-up, members, key
fingerprint; those that have not reported marked) each opening onto its cells; the
statistics and the grading by commune and cell with the province's total; and the
consolidated register with a commune filter. Worked out off the GUI thread."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSpinBox,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from partydesk.domain.events import GradingLevel
from partydesk.domain.vnnumbers import thousands
from partydesk.services.rollup.views import reporting, statistics_by_commune
from partydesk.services.setup.installation import Installation
from partydesk.services.shared.jobs import Job
from partydesk.ui.pages import heading
from partydesk.ui.province_register import ProvinceRegister
from partydesk.ui.tables import day
from partydesk.ui.workers import start_job

translate = QCoreApplication.translate
LATE = QColor("#b00020")
COMMUNES = [QT_TRANSLATE_NOOP("ProvincePage", "Code"), QT_TRANSLATE_NOOP("ProvincePage", "Name"),
            QT_TRANSLATE_NOOP("ProvincePage", "State"),
            QT_TRANSLATE_NOOP("ProvincePage", "Last sent"),
            QT_TRANSLATE_NOOP("ProvincePage", "Members"),
            QT_TRANSLATE_NOOP("ProvincePage", "Key fingerprint")]
FIGURES = [QT_TRANSLATE_NOOP("ProvincePage", "Unit"), QT_TRANSLATE_NOOP("ProvincePage", "Name"),
           QT_TRANSLATE_NOOP("ProvincePage", "Members"),
           QT_TRANSLATE_NOOP("ProvincePage", "Men"), QT_TRANSLATE_NOOP("ProvincePage", "Women"),
           QT_TRANSLATE_NOOP("ProvincePage", "At the year's start"),
           QT_TRANSLATE_NOOP("ProvincePage", "Admitted"),
           QT_TRANSLATE_NOOP("ProvincePage", "Left")]
GRADES = [QT_TRANSLATE_NOOP("ProvincePage", "Unit"), QT_TRANSLATE_NOOP("ProvincePage", "Name"),
          QT_TRANSLATE_NOOP("ProvincePage", "To grade"),
          QT_TRANSLATE_NOOP("ProvincePage", "Outstanding"),
          QT_TRANSLATE_NOOP("ProvincePage", "Good"),
          QT_TRANSLATE_NOOP("ProvincePage", "Completed"),
          QT_TRANSLATE_NOOP("ProvincePage", "Not completed"),
          QT_TRANSLATE_NOOP("ProvincePage", "Not graded")]
LEAVING = ("removal", "expulsion", "left_party", "death")
STATE_COLUMN = 2
NUMBERS = (4,)            # of COMMUNES: right-aligned


def _tree(headers: list[str]) -> QTreeWidget:
    tree = QTreeWidget()
    tree.setHeaderLabels([translate("ProvincePage", h) for h in headers])
    for column in (0, 1):            # codes and names of cells too, once opened
        tree.header().setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
    tree.setAlternatingRowColors(True)
    tree.setUniformRowHeights(True)
    return tree


def _item(parent, values: list, bold: bool = False,
          numbers: tuple[int, ...] | None = None) -> QTreeWidgetItem:
    item = QTreeWidgetItem(parent, [thousands(v) if type(v) is int else str(v)
                                     for v in values])
    for column in range(2, len(values)) if numbers is None else numbers:
        item.setTextAlignment(column, Qt.AlignmentFlag.AlignRight
                              | Qt.AlignmentFlag.AlignVCenter)
    if bold:
        font = QFont()
        font.setBold(True)
        for column in range(len(values)):
            item.setFont(column, font)
    return item


def _state(unit: dict) -> str:
    if not unit["reported"]:
        return translate("ProvincePage", "Not reported yet")
    if unit["waiting"]:
        return translate("ProvincePage", "Overdue")
    return translate("ProvincePage", "Up to date")


def _sent(sequence: int | None, stamp: str | None) -> str:
    """The last bundle or roll-up: its number and its day."""
    return translate("ProvincePage", "{number} · {day}").format(
        number=sequence, day=day(stamp)) if sequence else ""


def _mark_late(item: QTreeWidgetItem) -> None:
    font = QFont()
    font.setBold(True)
    item.setForeground(STATE_COLUMN, LATE)
    item.setFont(STATE_COLUMN, font)


def figures_row(unit: dict) -> list:
    movements = unit["movements"]
    return [unit["members"], unit["by_sex"]["male"], unit["by_sex"]["female"],
            unit["members_at_start"], unit["admissions"]["count"],
            sum(movements.get(k, 0) for k in LEAVING)]


def grading_row(unit: dict) -> list:
    shares = unit["grading"]
    return [unit["grading_round"]["to_grade"],
            *(shares[lv.value]["count"] for lv in GradingLevel),
            unit["grading_round"]["not_graded"]]


def _share_tips(item: QTreeWidgetItem, unit: dict) -> None:
    """Each level's share of those graded, on the level's count."""
    for column, level in enumerate(GradingLevel, start=3):
        item.setToolTip(column, unit["grading"][level.value]["share_text"])


class ProvincePage(QWidget):
    def __init__(self, installation: Installation, today: date, parent=None):
        super().__init__(parent)
        self.installation, self.today = installation, today
        layout = QVBoxLayout(self)
        layout.addWidget(heading(translate("ProvincePage", "Communes")))
        self.tabs = QTabWidget()
        layout.addWidget(self.tabs)
        self.communes = _tree(COMMUNES)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.tabs.addTab(self._with(self.communes, self.summary),
                         translate("ProvincePage", "&Communes"))
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.year.setValue(today.year)
        self.year.setPrefix(translate("ProvincePage", "Year "))
        self.year.valueChanged.connect(self.count)
        self.figures, self.grades = _tree(FIGURES), _tree(GRADES)
        self.counting = QLabel()
        self.tabs.addTab(self._with(self.figures, self.counting, self.year),
                         translate("ProvincePage", "&Statistics"))
        self.tabs.addTab(self._with(self.grades), translate("ProvincePage", "&Grading"))
        self.register = ProvinceRegister(installation.db, installation.organisation)
        self.tabs.addTab(self.register, translate("ProvincePage", "&All members"))
        self.loaded = False
        self.refresh()

    @staticmethod
    def _with(tree: QTreeWidget, below: QLabel | None = None,
              above: QWidget | None = None) -> QWidget:
        tab = QWidget()
        box = QVBoxLayout(tab)
        if above is not None:
            row = QHBoxLayout()
            row.addWidget(above)
            row.addStretch(1)
            box.addLayout(row)
        box.addWidget(tree, stretch=1)
        if below is not None:
            box.addWidget(below)
        return tab

    def showEvent(self, event) -> None:    # roll-ups may have come in on the Sync page
        if self.loaded:
            self.refresh()
        super().showEvent(event)

    def refresh(self) -> None:
        inst = self.installation
        shown = reporting(inst.db, inst.organisation, self.today)
        self.show_communes(shown)
        self.register.set_communes(shown["communes"])
        self.loaded = True
        self.count()

    def show_communes(self, shown: dict) -> None:
        self.communes.clear()
        for commune in shown["communes"]:
            item = _item(self.communes, [
                commune["code"], commune["name"], _state(commune),
                _sent(commune["last_sequence"], commune["last_rollup_at"]),
                commune["members"] if commune["reported"] else "",
                commune["fingerprint"] or ""], bold=True, numbers=NUMBERS)
            if commune["waiting"] or not commune["reported"]:
                _mark_late(item)
            for cell in commune["cells"]:
                child = _item(item, [cell["code"], cell["name"], _state(cell),
                                     _sent(cell["last_sequence"], cell["last_bundle_at"]),
                                     cell["members"] if cell["reported"] else "",
                                     cell["fingerprint"] or ""], numbers=NUMBERS)
                if cell["waiting"]:
                    _mark_late(child)
        for column in range(self.communes.columnCount()):
            self.communes.resizeColumnToContents(column)
        late, cells = shown["communes_not_reported"], shown["cells_not_reported"]
        self.summary.setText(" ".join([
            translate("ProvincePage", "%n commune(s).", None, len(shown["communes"])),
            translate("ProvincePage", "Not reported: {communes}.").format(
                communes=", ".join(late)) if late else
            translate("ProvincePage", "Every commune has reported."),
            translate("ProvincePage", "%n cell(s) not reported.", None, len(cells))
            if cells else ""]).strip())

    def count(self) -> None:
        organisation, as_of = self.installation.organisation, date(self.year.value(), 12, 31)
        self.counting.setText(translate("ProvincePage", "Counting…"))
        job = Job.on_register(self.installation.db, lambda db, _progress:
                              statistics_by_commune(db, organisation, as_of))
        start_job(job, self, self.show_figures, self.show_failure)

    def show_figures(self, report: dict) -> None:
        for tree, row in ((self.figures, figures_row), (self.grades, grading_row)):
            tree.clear()
            tips = _share_tips if tree is self.grades else (lambda *_: None)
            total = _item(tree, [report["code"], report["name"], *row(report)], bold=True)
            tips(total, report)
            for commune in report["communes"]:
                item = _item(total, [commune["code"], commune["name"], *row(commune)],
                             bold=True)
                tips(item, commune)
                for cell in commune["cells"]:
                    tips(_item(item, [cell["code"], cell["name"], *row(cell)]), cell)
            total.setExpanded(True)
            for column in range(tree.columnCount()):
                tree.resizeColumnToContents(column)
        self.counting.setText(translate("ProvincePage", "As of {day}.").format(
            day=date.fromisoformat(report["as_of"]).strftime("%d/%m/%Y")))

    def show_failure(self, error: Exception) -> None:
        self.counting.setText(translate("ProvincePage", "The statistics could not be "
                                                        "worked out: {why}").format(why=error))
