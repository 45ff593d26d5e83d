"""Enrol a cell: its name and code, and the folder (a USB stick) to write its
enrolment file to. The file holds a one-time secret, which the dialog says plainly."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
)

from partydesk.domain.errors import PartyDeskError
from partydesk.services.bundles.enrolment import Enrolment, enrol
from partydesk.services.setup.installation import Installation
from partydesk.ui.guard import GuardedDialog
from partydesk.ui.translation import render

translate = QCoreApplication.translate


def enrolment_file_name(code: str) -> str:
    return f"partydesk-dang-ky-{code.strip()}.json"


class EnrolDialog(GuardedDialog):
    def __init__(self, installation: Installation, parent=None):
        super().__init__(parent)
        self.installation = installation
        self.enrolment: Enrolment | None = None
        self.path: Path | None = None
        self.setWindowTitle(translate("EnrolDialog", "Enrol a cell"))
        self.resize(640, 0)
        page = QVBoxLayout(self)
        form = QFormLayout()
        warning = QLabel(translate(
            "EnrolDialog", "PartyDesk writes an enrolment file for the cell. The file holds "
            "a one-time secret that lets the cell's first bundle be trusted: give it to the "
            "cell's secretary by hand on a USB stick, never by e-mail or chat, and delete "
            "it from the stick once the cell is set up. Enrolling the same cell again makes "
            "the old file useless."))
        warning.setWordWrap(True)
        page.addWidget(warning)     # above the form: a spanning form row clips wrapped text
        page.addLayout(form)
        self.name = QLineEdit()
        self.name.setPlaceholderText(translate("EnrolDialog", "e.g. Chi bộ thôn Đồng Tâm"))
        self.code = QLineEdit()
        self.code.setPlaceholderText(translate("EnrolDialog", "e.g. CB01"))
        self.folder = QLineEdit()
        browse = QPushButton(translate("EnrolDialog", "&Choose…"))
        browse.clicked.connect(self.choose_folder)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, stretch=1)
        folder_row.addWidget(browse)
        form.addRow(translate("EnrolDialog", "Cell's &name:"), self.name)
        form.addRow(translate("EnrolDialog", "Cell's &code:"), self.code)
        folder_label = QLabel(translate("EnrolDialog", "Write to &folder:"))
        folder_label.setBuddy(self.folder)    # a row holding a layout gets no buddy by itself
        form.addRow(folder_label, folder_row)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        form.addRow(self.error)
        buttons = QDialogButtonBox()
        buttons.addButton(translate("EnrolDialog", "&Write the file"),
                          QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(translate("EnrolDialog", "Cancel"),
                          QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.write)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, translate("EnrolDialog", "Where to write the enrolment file"))
        if folder:
            self.folder.setText(folder)

    def write(self) -> None:
        if not self.folder.text().strip():
            self.error.setText(translate("EnrolDialog", "Choose the folder to write to."))
            return
        path = Path(self.folder.text().strip()) / enrolment_file_name(self.code.text())
        inst = self.installation
        try:
            self.enrolment = enrol(inst.db, inst.organisation, inst.paths.keys_dir,
                                   self.name.text(), self.code.text(), path)
        except PartyDeskError as error:
            self.error.setText(render(error.message))
            return
        self.path = path
        self.accept()
