"""Đánh giá xếp loại: the year's grading round, or a quarter's where the committee
asks for one (the period chooser, as ``--quarter`` on the command line). Each
member's self-assessment, the cell's proposal and the committee's decision side by
side; the shares, the "outstanding at most 20 % of good" limit and missing gradings
shown before the round is closed; gradings entered one by one or from a
spreadsheet. On a committee the same, read-only, for every cell."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from partydesk.domain.errors import PartyDeskError
from partydesk.domain.grading import period_of
from partydesk.services.grading import rounds
from partydesk.services.reports.grading_report import grading_report
from partydesk.services.setup.installation import Installation
from partydesk.ui.dialogs import show_error
from partydesk.ui.event_names import GRADING_NAMES, shown
from partydesk.ui.flow import FlowLayout
from partydesk.ui.pages import heading
from partydesk.ui.tables import fill_table, read_only_table

translate = QCoreApplication.translate
LEVELS = ("outstanding", "good", "completed", "not_completed")
STAGES = ("self", "cell", "committee")


def stage_names() -> dict[str, str]:
    return {"self": translate("GradingPage", "Self-assessment"),
            "cell": translate("GradingPage", "Cell's proposal"),
            "committee": translate("GradingPage", "Committee's decision")}


def level_name(level: str | None) -> str:
    from partydesk.domain.events import GradingLevel

    return shown(GRADING_NAMES, GradingLevel(level)) if level else ""


def period_title(year: int, quarter: int | None) -> str:
    if quarter:
        return translate("GradingPage", "Grading for quarter {quarter} of {year}").format(
            quarter=quarter, year=year)
    return translate("GradingPage", "Grading for {year}").format(year=year)


class GradingDialog(QDialog):
    """One member's grading at one stage."""

    def __init__(self, members: list[tuple[str, str]], year: int, parent=None,
                 quarter: int | None = None):
        super().__init__(parent)
        self.setWindowTitle(period_title(year, quarter))
        form = QFormLayout(self)
        self.member = QComboBox()
        for member_id, name in members:
            self.member.addItem(name, member_id)
        self.level = QComboBox()
        for level in LEVELS:
            self.level.addItem(level_name(level), level)
        self.level.setCurrentIndex(1)
        self.score = QSpinBox()
        self.score.setRange(-1, 100)
        self.score.setSpecialValueText(translate("GradingPage", "no score"))
        self.score.setValue(-1)
        self.stage = QComboBox()
        for stage, name in stage_names().items():
            self.stage.addItem(name, stage)
        self.stage.setCurrentIndex(2)
        form.addRow(translate("GradingPage", "&Member:"), self.member)
        form.addRow(translate("GradingPage", "&Level:"), self.level)
        form.addRow(translate("GradingPage", "&Score (of 100):"), self.score)
        form.addRow(translate("GradingPage", "S&tage:"), self.stage)
        for field, label in ((self.member, 0), (self.level, 1), (self.score, 2),
                             (self.stage, 3)):
            form.itemAt(label, QFormLayout.ItemRole.LabelRole).widget().setBuddy(field)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def values(self) -> tuple[str, str, int | None, str]:
        score = self.score.value()
        return (self.member.currentData(), self.level.currentData(),
                None if score < 0 else score, self.stage.currentData())


def period_chooser() -> QComboBox:
    """The whole year (data None) or a quarter 1-4, as ``--quarter`` on the command line."""
    period = QComboBox()
    period.addItem(translate("GradingPage", "Whole year"), None)
    for quarter in (1, 2, 3, 4):
        period.addItem(translate("GradingPage", "Quarter {quarter}").format(quarter=quarter),
                       quarter)
    period.setToolTip(translate(
        "GradingPage", "A quarter's grading, where the committee asks for one, is kept "
                       "apart from the year's."))
    return period


def labelled(text: str, field: QWidget) -> QWidget:
    """A label (its mnemonic to the field) and its field, kept on one line when the row
    wraps."""
    label = QLabel(text)
    label.setBuddy(field)
    pair = QWidget()
    row = QHBoxLayout(pair)
    row.setContentsMargins(0, 0, 0, 0)
    row.addWidget(label)
    row.addWidget(field)
    return pair


class GradingPage(QWidget):
    def __init__(self, installation: Installation, today: date, parent=None):
        super().__init__(parent)
        self.installation = installation
        self.committee = installation.organisation.is_committee
        layout = QVBoxLayout(self)
        layout.addWidget(heading(translate("GradingPage", "Quality grading")))
        bar = FlowLayout()        # wraps on a narrow window instead of widening the page
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.year.setValue(today.year)
        self.year.valueChanged.connect(self.refresh)
        bar.addWidget(labelled(translate("GradingPage", "&Year:"), self.year))
        self.period = period_chooser()
        self.period.currentIndexChanged.connect(self.refresh)
        bar.addWidget(labelled(translate("GradingPage", "&Period:"), self.period))
        self.add = QPushButton(translate("GradingPage", "&Grade a member…"))
        self.add.clicked.connect(self.grade_member)
        self.load = QPushButton(translate("GradingPage", "&Import from a spreadsheet…"))
        self.load.clicked.connect(self.import_file)
        self.own = QPushButton(translate("GradingPage", "Grade the ce&ll…"))
        self.own.clicked.connect(self.grade_cell)
        self.close_button = QPushButton(translate("GradingPage", "&Close the round…"))
        self.close_button.clicked.connect(self.close_round)
        for button in (self.add, self.load, self.own, self.close_button):
            button.setVisible(not self.committee)
            bar.addWidget(button)
        # On a committee, one cell's members at a time: all of 200 cells' 50,000 rows in
        # one table took seconds to fill; the shares and the limit above stay the totals.
        self.cell = QComboBox()
        self.cell.currentIndexChanged.connect(self._show_members)
        if self.committee:
            bar.addWidget(labelled(translate("GradingPage", "Ce&ll:"), self.cell))
        self.report: dict = {}
        layout.addLayout(bar)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.warning = QLabel()
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet("color: #b00020; font-weight: bold")
        layout.addWidget(self.summary)
        layout.addWidget(self.warning)
        names = stage_names()
        self.table = read_only_table([
            translate("GradingPage", "Cell"), translate("GradingPage", "Full name"),
            translate("GradingPage", "Card number"), names["self"], names["cell"],
            names["committee"], translate("GradingPage", "Score")])
        self.table.setColumnHidden(0, True)        # the cell is chosen above
        layout.addWidget(self.table, stretch=1)
        self.refresh()

    def quarter(self) -> int | None:
        """The quarter chosen, or None for the year's round."""
        return self.period.currentData()

    def refresh(self) -> None:
        db, organisation = self.installation.db, self.installation.organisation
        report = self.report = grading_report(db, organisation, self.year.value(),
                                              quarter=self.quarter())
        units = report.get("cells") or [report]
        if self.committee:
            held = self.cell.currentData()
            self.cell.blockSignals(True)
            self.cell.clear()
            for unit in units:
                self.cell.addItem(f"{unit['code']} — {unit['name']}", unit["code"])
            self.cell.setCurrentIndex(max(self.cell.findData(held), 0))
            self.cell.blockSignals(False)
        self._show_members()
        round_ = report["round"]
        shares = "; ".join(f"{level_name(lv)}: {report['grading'][lv]['count']} "
                           f"({report['grading'][lv]['share_text']})" for lv in LEVELS)
        self.summary.setText(translate(
            "GradingPage", "Graded {graded} of {to_grade}; not graded yet {missing}; "
                           "not decided by the committee {undecided}. {shares}").format(
            graded=round_["graded"], to_grade=round_["to_grade"],
            missing=round_["not_graded"], undecided=round_["undecided"], shares=shares))
        limit = round_["limit"]
        breached = [u["code"] for u in units if u["round"]["limit"]["breached"]]
        self.warning.setText(translate(
            "GradingPage", "Outstanding {outstanding} is more than the {allowed} allowed "
                           "(20 % of {good} good).").format(**limit)
            if limit["breached"] else (translate(
                "GradingPage", "Over the 20 % limit: {cells}").format(cells=", ".join(breached))
                if breached and self.committee else ""))
        own = report.get("organisation_grading")
        if own:
            self.summary.setText(self.summary.text() + " " + translate(
                "GradingPage", "The cell's own grading: {level} ({stage}).").format(
                level=level_name(own["level"]), stage=stage_names()[own["stage"]]))
        closed = round_["closed"]
        for button in (self.add, self.load, self.own, self.close_button):
            button.setEnabled(not closed)
        # A spreadsheet's rows name a year only ("Năm"): it fills the year's round.
        self.load.setEnabled(not closed and self.quarter() is None)
        self.load.setToolTip("" if self.quarter() is None else translate(
            "GradingPage", "A spreadsheet holds a year's gradings: choose the whole year."))
        if closed:
            self.summary.setText(self.summary.text() + " " + translate(
                "GradingPage", "The round is closed."))

    def _show_members(self) -> None:
        """The members of this cell, or on a committee of the cell chosen."""
        report = self.report
        units = ([u for u in report.get("cells", []) if u["code"] == self.cell.currentData()]
                 if self.committee else [report])
        fill_table(self.table, [
            [unit["code"], m["full_name"], m["card_number"], level_name(m["self"]),
             level_name(m["cell"]), level_name(m["committee"]),
             "" if m["score"] is None else str(m["score"])]
            for unit in units for m in unit["members"]])

    def grade_member(self) -> None:
        db, organisation = self.installation.db, self.installation.organisation
        year, quarter = self.year.value(), self.quarter()
        dialog = GradingDialog(rounds.members_for_grading(db, year, quarter=quarter),
                               year, self, quarter)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        member, level, score, stage = dialog.values()
        try:
            rounds.set_grading(db, organisation, member, year, level, score, stage,
                               period_of(quarter))
        except PartyDeskError as error:
            show_error(self, error)
        self.refresh()

    def grade_cell(self) -> None:
        db, organisation = self.installation.db, self.installation.organisation
        dialog = GradingDialog([("", organisation.name)], self.year.value(), self,
                               self.quarter())
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        _, level, score, stage = dialog.values()
        try:
            rounds.set_cell_grading(db, organisation, self.year.value(), level, score, stage,
                                    quarter=self.quarter())
        except PartyDeskError as error:
            show_error(self, error)
        self.refresh()

    def import_file(self) -> None:
        from partydesk.services.grading.spreadsheet import import_gradings

        path, _ = QFileDialog.getOpenFileName(
            self, translate("GradingPage", "Gradings from a spreadsheet"), "",
            translate("GradingPage", "Spreadsheets (*.xlsx *.csv)"))
        if not path:
            return
        from partydesk.services.backups.local import before

        try:
            before(self.installation.db, self.installation.paths.backups_dir, "import")
            count = import_gradings(self.installation.db, self.installation.organisation,
                                    Path(path))
        except PartyDeskError as error:
            show_error(self, error)
            return
        QMessageBox.information(self, self.windowTitle(), translate(
            "GradingPage", "{count} gradings imported.").format(count=count))
        self.refresh()

    def close_round(self) -> None:
        db, organisation = self.installation.db, self.installation.organisation
        year, quarter = self.year.value(), self.quarter()
        check = rounds.check_round(db, organisation, year, quarter=quarter)
        lines = [translate("GradingPage", "Close the grading round of quarter {quarter} of "
                                          "{year}?").format(quarter=quarter, year=year)
                 if quarter else translate("GradingPage", "Close the grading round of "
                                                          "{year}?").format(year=year)]
        if check.limit.breached:
            lines.append(translate(
                "GradingPage", "The limit is broken: {outstanding} outstanding, at most "
                               "{allowed} allowed (20 % of {good} good). The report will "
                               "say so.").format(outstanding=check.limit.outstanding,
                                                 allowed=check.limit.allowed,
                                                 good=check.limit.good))
        if check.missing:
            lines.append(translate("GradingPage", "{count} members have no grading: {names}")
                         .format(count=len(check.missing),
                                 names=", ".join(check.missing[:12])))
        if check.undecided:
            lines.append(translate("GradingPage", "{count} gradings are not decided by the "
                                                  "committee yet.").format(count=check.undecided))
        answer = QMessageBox.question(self, translate("GradingPage", "Close the round"),
                                      "\n\n".join(lines))
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            rounds.close_round(db, organisation, year, accept=True, quarter=quarter)
        except PartyDeskError as error:
            show_error(self, error)
        self.refresh()
