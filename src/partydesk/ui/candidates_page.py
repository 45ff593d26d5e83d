"""Candidates (quần chúng ưu tú): add them, choose sponsors, admit them."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from partydesk.domain.candidates import Sponsor
from partydesk.domain.member import Sex
from partydesk.services.members import candidates as service
from partydesk.services.setup.rulebook import default_rulebook
from partydesk.services.shared.register import Database
from partydesk.ui.event_form import date_edit
from partydesk.ui.forms import FormDialog, run_form
from partydesk.ui.member_dialog import dmy
from partydesk.ui.pages import heading

translate = QCoreApplication.translate


class NewCandidateDialog(FormDialog):
    def __init__(self, today: date, parent=None):
        super().__init__(translate("CandidatesPage", "New candidate"), parent)
        self.name = QLineEdit()
        self.sex = QComboBox()
        self.sex.addItem(translate("CandidatesPage", "Male"), Sex.MALE)
        self.sex.addItem(translate("CandidatesPage", "Female"), Sex.FEMALE)
        self.birth = date_edit()
        self.ethnicity = QLineEdit("Kinh")
        self.certificate = date_edit()
        self.form.addRow(translate("CandidatesPage", "&Full name:"), self.name)
        self.form.addRow(translate("CandidatesPage", "&Sex:"), self.sex)
        self.form.addRow(translate("CandidatesPage", "Date of &birth:"), self.birth)
        self.form.addRow(translate("CandidatesPage", "&Ethnicity:"), self.ethnicity)
        self.form.addRow(translate("CandidatesPage", "Awareness &certificate of:"),
                         self.certificate)
        self.finish()

    def save(self, db: Database) -> str:
        return service.add_candidate(
            db, self.name.text(), Sex(self.sex.currentData()), self.birth.value(),
            self.certificate.value(), self.ethnicity.text())


class SponsorsDialog(FormDialog):
    def __init__(self, choices: list[tuple[str, str]], parent=None):
        super().__init__(translate("CandidatesPage", "Sponsors"), parent)
        self.pickers = []
        for number in (1, 2):
            combo = QComboBox()
            for member_id, name in choices:
                combo.addItem(name, member_id)
            months = QSpinBox()
            months.setRange(0, 600)
            months.setValue(12)
            row = QHBoxLayout()
            row.addWidget(combo, stretch=1)
            row.addWidget(QLabel(translate("CandidatesPage", "months together:")))
            row.addWidget(months)
            self.form.addRow(translate("CandidatesPage", "Sponsor {n}:").format(n=number), row)
            self.pickers.append((combo, months))
        self.finish()

    def sponsors(self) -> list[Sponsor]:
        return [Sponsor(combo.currentData(), months.value()) for combo, months in self.pickers
                if combo.currentData()]


class CandidatesPage(QWidget):
    COLUMNS = (QT_TRANSLATE_NOOP("CandidatesPage", "Full name"),
               QT_TRANSLATE_NOOP("CandidatesPage", "Date of birth"),
               QT_TRANSLATE_NOOP("CandidatesPage", "Certificate"),
               QT_TRANSLATE_NOOP("CandidatesPage", "Certificate valid until"),
               QT_TRANSLATE_NOOP("CandidatesPage", "Sponsors"))

    def __init__(self, db: Database, today: date, parent=None):
        super().__init__(parent)
        self.db, self.today = db, today
        layout = QVBoxLayout(self)
        layout.addWidget(heading(translate("CandidatesPage", "Candidates")))
        self.table = QTableWidget(0, len(self.COLUMNS))
        self.table.setHorizontalHeaderLabels(
            [translate("CandidatesPage", c) for c in self.COLUMNS])
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.table)
        buttons = QHBoxLayout()
        for text, slot in ((translate("CandidatesPage", "&New candidate…"), self.add),
                           (translate("CandidatesPage", "&Sponsors…"), self.choose_sponsors),
                           (translate("CandidatesPage", "&Admit…"), self.admit)):
            button = QPushButton(text)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.addStretch()
        layout.addLayout(buttons)
        self.refresh()

    def refresh(self) -> None:
        rules = default_rulebook()
        self.rows = service.candidates(self.db)
        self.table.setRowCount(len(self.rows))
        for row, (candidate, _extra) in enumerate(self.rows):
            values = (candidate.full_name, dmy(candidate.birth_date),
                      dmy(candidate.awareness_certificate_on),
                      dmy(candidate.certificate_expires_on(rules)),
                      str(len(candidate.sponsors)))
            for column, text in enumerate(values):
                self.table.setItem(row, column, QTableWidgetItem(text))

    def selected_id(self) -> str | None:
        row = self.table.currentRow()
        return self.rows[row][1]["id"] if 0 <= row < len(self.rows) else None

    def run_form(self, dialog: FormDialog, save) -> bool:
        """Show ``dialog`` until ``save`` succeeds or the user cancels."""
        if run_form(dialog, save):
            self.refresh()
            return True
        return False

    def add(self) -> None:
        dialog = NewCandidateDialog(self.today, self)
        self.run_form(dialog, lambda: dialog.save(self.db))

    def choose_sponsors(self) -> None:
        candidate_id = self.selected_id()
        if candidate_id:
            dialog = SponsorsDialog(service.sponsor_choices(self.db), self)
            self.run_form(dialog, lambda: service.set_sponsors(self.db, candidate_id,
                                                               dialog.sponsors()))

    def admit(self) -> None:
        candidate_id = self.selected_id()
        if candidate_id:
            dialog = FormDialog(translate("CandidatesPage", "Admission decision"), self)
            decided = date_edit()
            dialog.form.addRow(translate("CandidatesPage", "&Decision of:"), decided)
            dialog.finish()
            self.run_form(dialog, lambda: service.admit(self.db, candidate_id,
                                                        decided.value()))
