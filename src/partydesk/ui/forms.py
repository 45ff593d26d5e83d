"""Small forms shared by the pages: OK/Cancel with a line for the service's refusal."""

from __future__ import annotations

from collections.abc import Callable
from datetime import time

from PySide6.QtCore import QCoreApplication, QTime
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QTimeEdit

from partydesk.domain.errors import PartyDeskError
from partydesk.ui.guard import GuardedDialog
from partydesk.ui.translation import render

translate = QCoreApplication.translate


class FormDialog(GuardedDialog):
    """A form with OK/Cancel and a line for refusals."""

    def __init__(self, title: str, parent=None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.form = QFormLayout(self)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")

    def finish(self) -> None:
        self.form.addRow(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
            translate("CandidatesPage", "Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.form.addRow(buttons)


def run_form(dialog: FormDialog, save: Callable[[], object]) -> bool:
    """Show ``dialog`` until ``save`` succeeds (True) or the user cancels (False).
    A refusal is shown in the dialog, which stays open with what was typed."""
    while dialog.exec() == QDialog.DialogCode.Accepted:
        try:
            save()
        except PartyDeskError as error:
            dialog.error.setText(render(error.message))
            continue
        return True
    return False


def time_edit(at: time) -> QTimeEdit:
    edit = QTimeEdit(QTime(at.hour, at.minute))
    edit.setDisplayFormat("HH:mm")
    return edit
