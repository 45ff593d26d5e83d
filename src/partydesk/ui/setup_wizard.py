"""First start: who is using PartyDesk, and the organisation's details."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from partydesk.domain.errors import PartyDeskError
from partydesk.domain.organisation import Role
from partydesk.services.bundles.enrolment import read_enrolment
from partydesk.ui.passphrase_dialogs import NewPassphraseFields
from partydesk.ui.translation import render

translate = QCoreApplication.translate

DEMO_DEFAULTS = {
    "name": "Chi bộ thôn Đồng Tâm (dữ liệu mẫu)",
    "code": "DEMO",
    "higher": "Đảng ủy xã Hòa Bình",
    "term": "2025-2030",
    "secretary": "Nguyễn Văn Thắng",
}


@dataclass(frozen=True)
class SetupChoice:
    role: Role
    demo: bool
    name: str
    code: str
    higher: str
    term: str
    secretary: str
    enrolment_file: str = ""      # a cell set up from its committee's enrolment file
    passphrase: str = ""          # the register's, chosen on the passphrase page


class RolePage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(translate("SetupWizard", "Welcome to PartyDesk"))
        self.setSubTitle(translate("SetupWizard", "Who will use PartyDesk on this computer?"))
        layout = QVBoxLayout(self)
        self.group = QButtonGroup(self)
        self.cell = QRadioButton(translate("SetupWizard", "I am the secretary of a party &cell"))
        self.committee = QRadioButton(translate("SetupWizard", "I work for the &higher committee"))
        self.demo = QRadioButton(
            translate("SetupWizard", "I want to &explore with demo data first")
        )
        self.enrolled = QRadioButton(translate(
            "SetupWizard", "I have an en&rolment file from the committee"))
        buttons = (self.cell, self.committee, self.demo, self.enrolled)
        for index, button in enumerate(buttons):
            self.group.addButton(button, index)
            layout.addWidget(button)
        self.cell.setChecked(True)

    def role(self) -> Role:
        return Role.COMMITTEE if self.committee.isChecked() else Role.CELL


class PassphrasePage(QWizardPage):
    """The register's passphrase, typed twice, with the warning about losing it."""

    def __init__(self) -> None:
        super().__init__()
        self.setTitle(translate("SetupWizard", "A passphrase for the register"))
        self.setSubTitle(translate(
            "SetupWizard", "The register is encrypted: a lost or stolen computer does not "
            "give away the members' records. PartyDesk asks for this passphrase each "
            "time it starts."))
        layout = QVBoxLayout(self)
        self.fields = NewPassphraseFields()
        layout.addWidget(self.fields)
        self.chosen = ""

    def validatePage(self) -> bool:
        chosen = self.fields.chosen()
        if chosen is None:
            return False
        self.chosen = chosen
        return True


class DetailsPage(QWizardPage):
    def __init__(self, role_page: RolePage, create: Callable[[SetupChoice], None],
                 passphrase_page: PassphrasePage | None = None) -> None:
        super().__init__()
        self.role_page = role_page
        self.passphrase_page = passphrase_page
        self.create = create
        self.setTitle(translate("SetupWizard", "Your organisation"))
        self.setSubTitle(
            translate("SetupWizard", "These details appear on every printed document.")
        )
        form = QFormLayout(self)
        self.name = QLineEdit()
        self.code = QLineEdit()
        self.higher = QLineEdit()
        self.term = QLineEdit()
        self.secretary = QLineEdit()
        self.enrolment_file = QLineEdit()
        self.enrolment_file.setReadOnly(True)
        browse = QPushButton(translate("SetupWizard", "C&hoose…"))
        browse.clicked.connect(self.choose_enrolment)
        self.enrolment_row = QWidget()
        row = QHBoxLayout(self.enrolment_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.enrolment_file, stretch=1)
        row.addWidget(browse)
        form.addRow(translate("SetupWizard", "&Enrolment file:"), self.enrolment_row)
        form.addRow(translate("SetupWizard", "&Name:"), self.name)
        form.addRow(translate("SetupWizard", "&Code:"), self.code)
        form.addRow(translate("SetupWizard", "&Higher committee:"), self.higher)
        form.addRow(translate("SetupWizard", "&Term:"), self.term)
        form.addRow(translate("SetupWizard", "&Secretary:"), self.secretary)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        form.addRow(self.error)
        self.name.textChanged.connect(self.completeChanged)
        self.code.textChanged.connect(self.completeChanged)

    def initializePage(self) -> None:
        demo = self.role_page.demo.isChecked()
        enrolled = self.role_page.enrolled.isChecked()
        form = self.layout()
        form.setRowVisible(self.enrolment_row, enrolled)
        for field in (self.name, self.code, self.higher):
            field.setReadOnly(enrolled)
        self.setSubTitle(translate(
            "SetupWizard", "Choose the enrolment file the committee gave you; the "
            "cell's name and code come from it.") if enrolled else translate(
            "SetupWizard", "These details appear on every printed document."))
        self.name.setPlaceholderText(translate("SetupWizard", "e.g. Chi bộ thôn Đồng Tâm"))
        self.code.setPlaceholderText(translate("SetupWizard", "e.g. CB01"))
        self.higher.setPlaceholderText(translate("SetupWizard", "e.g. Đảng ủy xã Hòa Bình"))
        self.term.setPlaceholderText(translate("SetupWizard", "e.g. 2025-2030"))
        if demo:
            for field, value in DEMO_DEFAULTS.items():
                getattr(self, field).setText(value)

    def isComplete(self) -> bool:
        if self.role_page.enrolled.isChecked() and not self.enrolment_file.text():
            return False
        return bool(self.name.text().strip() and self.code.text().strip())

    def choose_enrolment(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, translate("SetupWizard", "Enrolment file"), "",
            translate("SetupWizard", "Enrolment files (*.json)"))
        if name:
            self.load_enrolment(Path(name))

    def load_enrolment(self, path: Path) -> None:
        """Read the file now, so that a damaged or forged one is explained at once."""
        self.enrolment_file.clear()
        for field in (self.name, self.code, self.higher):
            field.clear()
        try:
            enrolment = read_enrolment(path)
        except PartyDeskError as error:
            self.error.setText(render(error.message))
        else:
            self.error.clear()
            self.name.setText(enrolment.cell_name)
            self.code.setText(enrolment.cell_code)
            self.higher.setText(enrolment.committee_name)
            self.enrolment_file.setText(str(path))
        self.completeChanged.emit()

    def choice(self) -> SetupChoice:
        return SetupChoice(
            self.role_page.role(),
            self.role_page.demo.isChecked(),
            self.name.text(),
            self.code.text(),
            self.higher.text(),
            self.term.text(),
            self.secretary.text(),
            self.enrolment_file.text() if self.role_page.enrolled.isChecked() else "",
            self.passphrase_page.chosen if self.passphrase_page else "",
        )

    def validatePage(self) -> bool:
        try:
            self.create(self.choice())
        except PartyDeskError as error:
            self.error.setText(render(error.message))
            return False
        return True


class SetupWizard(QWizard):
    def __init__(self, create: Callable[[SetupChoice], None], parent=None):
        super().__init__(parent)
        self.setWindowTitle(translate("SetupWizard", "Set up PartyDesk"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.role_page = RolePage()
        self.passphrase_page = PassphrasePage()
        self.details_page = DetailsPage(self.role_page, create, self.passphrase_page)
        self.addPage(self.role_page)
        self.addPage(self.passphrase_page)
        self.addPage(self.details_page)
        self.setButtonText(QWizard.WizardButton.NextButton, translate("SetupWizard", "&Next >"))
        self.setButtonText(QWizard.WizardButton.BackButton, translate("SetupWizard", "< &Back"))
        self.setButtonText(QWizard.WizardButton.FinishButton, translate("SetupWizard", "&Finish"))
        self.setButtonText(QWizard.WizardButton.CancelButton, translate("SetupWizard", "Cancel"))
        self.resize(640, 420)
