"""The committee's forms for its cells: record a decision (as ``decisions record``) and
add a notice with an optional PDF (as ``notices add``). Both go in the cells' next
downward bundles."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from partydesk.services.committee.decisions import (
    add_notice,
    enrolled_cells,
    people_of,
    record_decision,
)
from partydesk.services.setup.installation import Installation
from partydesk.ui.event_form import date_edit
from partydesk.ui.forms import FormDialog, run_form
from partydesk.ui.from_committee_page import iso_day, kind_name

translate = QCoreApplication.translate
KINDS = ("admission", "conversion", "discipline", "badge", "removal")
LEVELS = ("reprimand", "warning", "removal_from_post")


def level_name(level: str) -> str:
    return {"reprimand": translate("ToCells", "Reprimand"),
            "warning": translate("ToCells", "Warning"),
            "removal_from_post": translate("ToCells", "Removal from post")}[level]


def cell_combo(installation: Installation, with_all: bool = False) -> QComboBox:
    combo = QComboBox()
    if with_all:
        combo.addItem(translate("ToCells", "All enrolled cells"), None)
    for cell in enrolled_cells(installation.db, installation.organisation):
        combo.addItem(f"{cell['code']} — {cell['name']}", cell["code"])
    return combo


def record_decision_form(installation: Installation, today, parent: QWidget) -> bool:
    """Ask for a decision and record it; True when recorded."""
    return run_form(*decision_dialog(installation, today, parent))


def decision_dialog(installation: Installation, today, parent: QWidget | None = None):
    """The form and the function that saves what it holds."""
    inst = installation
    dialog = FormDialog(translate("ToCells", "Record a committee decision"), parent)
    cell = cell_combo(inst)
    person = QComboBox()
    person.setEditable(True)             # type a few letters of the name to find it
    person.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    person.setMinimumContentsLength(28)

    def fill_people() -> None:
        person.clear()
        if cell.currentData() is None:
            return
        for p in people_of(inst.db, inst.organisation, cell.currentData()):
            born = iso_day(p["birth_date"])
            person.addItem(f"{p['full_name']} ({born})" if born else p["full_name"], p["id"])

    cell.currentIndexChanged.connect(fill_people)
    fill_people()
    kind = QComboBox()
    for key in KINDS:
        kind.addItem(kind_name(key), key)
    number = QLineEdit()
    number.setPlaceholderText("12-QĐ/ĐU")
    decided = date_edit(today)
    level = QComboBox()
    for key in LEVELS:
        level.addItem(level_name(key), key)
    years = QSpinBox()
    years.setRange(30, 90)
    years.setSingleStep(5)

    def follow_kind() -> None:
        level.setEnabled(kind.currentData() == "discipline")
        years.setEnabled(kind.currentData() == "badge")

    kind.currentIndexChanged.connect(follow_kind)
    follow_kind()
    dialog.form.addRow(translate("ToCells", "&Cell:"), cell)
    dialog.form.addRow(translate("ToCells", "&Member:"), person)
    dialog.form.addRow(translate("ToCells", "&Decision:"), kind)
    dialog.form.addRow(translate("ToCells", "&Number:"), number)
    dialog.form.addRow(translate("ToCells", "&Date:"), decided)
    dialog.form.addRow(translate("ToCells", "Discipline &level:"), level)
    dialog.form.addRow(translate("ToCells", "Badge &years:"), years)
    dialog.finish()
    return dialog, lambda: record_decision(
        inst.db, inst.organisation, cell.currentData() or "", person.currentData() or "",
        kind.currentData(), number.text(), decided.value(),
        level.currentData() if kind.currentData() == "discipline" else None,
        years.value() if kind.currentData() == "badge" else None)


def add_notice_form(installation: Installation, parent: QWidget) -> bool:
    """Ask for a notice (title, text, optional PDF) for one cell or all; True when added."""
    return run_form(*notice_dialog(installation, parent))


def notice_dialog(installation: Installation, parent: QWidget | None = None):
    """The form and the function that saves what it holds."""
    inst = installation
    dialog = FormDialog(translate("ToCells", "Add a notice for the cells"), parent)
    cells = cell_combo(inst, with_all=True)
    title = QLineEdit()
    text = QPlainTextEdit()
    text.setTabChangesFocus(True)
    text.setMinimumHeight(120)
    attached = QLineEdit()
    attached.setReadOnly(True)
    browse = QPushButton(translate("ToCells", "&Choose a PDF…"))

    def choose() -> None:
        name, _ = QFileDialog.getOpenFileName(dialog, translate("ToCells", "Attach a PDF"),
                                              "", translate("ToCells", "PDF files (*.pdf)"))
        if name:
            attached.setText(name)

    browse.clicked.connect(choose)
    row = QHBoxLayout()
    row.addWidget(attached, stretch=1)
    row.addWidget(browse)
    dialog.form.addRow(translate("ToCells", "&To:"), cells)
    dialog.form.addRow(translate("ToCells", "&Title:"), title)
    dialog.form.addRow(translate("ToCells", "Te&xt:"), text)
    dialog.form.addRow(translate("ToCells", "Attached document:"), row)
    dialog.finish()
    code = cells.currentData
    return dialog, lambda: add_notice(
        inst.db, inst.organisation, [code()] if code() else None, title.text(),
        text.toPlainText(), Path(attached.text()) if attached.text() else None)
