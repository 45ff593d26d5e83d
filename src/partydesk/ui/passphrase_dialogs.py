"""The register's passphrase in the app: the unlock window at start, choosing one (first
run, or a register from a version before encryption), changing it in Settings.

Every window here hands the typed text to a callable from the services (open the
register, change the passphrase) and shows its refusal in plain words; nothing is
stored by the window itself."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from partydesk.domain.errors import PartyDeskError
from partydesk.services.setup.passphrase import WrongPassphrase, check_new
from partydesk.ui.styles import ERROR_STYLE
from partydesk.ui.translation import render

translate = QCoreApplication.translate

TRIES = 3


def secret_field() -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setMinimumWidth(320)
    return field


def error_label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setStyleSheet(ERROR_STYLE)
    label.setAccessibleName(translate("Passphrase", "Problem"))
    return label


def lost_warning() -> QLabel:
    label = QLabel(translate(
        "Passphrase", "Write the passphrase down and keep it somewhere safe, away from "
        "the computer. Nobody can recover a lost passphrase, not even the people who "
        "made PartyDesk: without it the register cannot be opened, and the only way "
        "back is to restore it from the copy held by the higher committee."))
    label.setWordWrap(True)
    return label


class NewPassphraseFields(QWidget):
    """A new passphrase typed twice, with the warning about losing it."""

    def __init__(self, parent=None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(lost_warning())
        form = QFormLayout()
        self.first = secret_field()
        self.second = secret_field()
        form.addRow(translate("Passphrase", "New &passphrase:"), self.first)
        form.addRow(translate("Passphrase", "Type it &again:"), self.second)
        layout.addLayout(form)
        self.error = error_label()
        layout.addWidget(self.error)

    def chosen(self) -> str | None:
        """The passphrase, checked; None (the reason shown) when it will not do."""
        try:
            passphrase = check_new(self.first.text(), self.second.text())
        except PartyDeskError as error:
            self.error.setText(render(error.message))
            return None
        self.error.clear()
        return passphrase


class UnlockDialog(QDialog):
    """At start: the passphrase opens the register. Three wrong tries close the app
    with nothing touched."""

    def __init__(self, unlock: Callable[[str], object], folder: str = "", parent=None):
        super().__init__(parent)
        self.unlock = unlock
        self.tries_left = TRIES
        self.setWindowTitle(translate("Passphrase", "Open the register"))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        title = QLabel(f"<h2>PartyDesk — {self.windowTitle()}</h2>")
        title.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(title)
        intro = QLabel(translate(
            "Passphrase", "The register is encrypted. Type its passphrase to open it."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        if folder:
            where = QLabel(translate("Passphrase", "Data folder: {folder}").format(
                folder=folder))
            where.setWordWrap(True)
            where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            layout.addWidget(where)
        form = QFormLayout()
        self.passphrase = secret_field()
        form.addRow(translate("Passphrase", "&Passphrase:"), self.passphrase)
        layout.addLayout(form)
        self.error = error_label()
        # room for a two-line message, so that a wrong try does not reflow the window
        self.error.setMinimumHeight(self.error.fontMetrics().lineSpacing() * 2 + 4)
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            translate("Passphrase", "&Open"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
            translate("Passphrase", "&Close PartyDesk"))
        buttons.accepted.connect(self.try_unlock)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.passphrase.setFocus()

    def try_unlock(self) -> None:
        typed = self.passphrase.text()
        if not typed:
            self.error.setText(translate("Passphrase", "Type the passphrase first."))
            return
        try:
            self.unlock(typed)
        except WrongPassphrase:
            self.wrong()
            return
        except PartyDeskError as error:
            self.error.setText(render(error.message))
            self.adjustSize()
            return
        self.accept()

    def wrong(self) -> None:
        self.tries_left -= 1
        self.passphrase.clear()
        if self.tries_left > 0:
            self.error.setText(translate(
                "Passphrase", "That passphrase is not right. Check the keyboard language "
                "(Vietnamese or not) and Caps Lock, then try again: {count} tries left."
                ).format(count=self.tries_left))
            self.adjustSize()
            return
        QMessageBox.warning(self, self.windowTitle(), translate(
            "Passphrase", "The passphrase was wrong three times. PartyDesk will close now; "
            "nothing in the register was changed. Start it again to try once more."))
        self.reject()


class ChoosePassphraseDialog(QDialog):
    """A register from a version without encryption: the secretary chooses a passphrase
    and the register is backed up, then encrypted under it."""

    def __init__(self, choose: Callable[[str], object], parent=None):
        super().__init__(parent)
        self.choose = choose
        self.setWindowTitle(translate("Passphrase", "Protect the register"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        intro = QLabel(translate(
            "Passphrase", "From this version on, the register is encrypted so that a "
            "lost or stolen computer does not give away the members' records. Choose a "
            "passphrase; a backup is made first, then the register is encrypted."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.fields = NewPassphraseFields()
        layout.addWidget(self.fields)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            translate("Passphrase", "&Encrypt the register"))
        buttons.accepted.connect(self.try_choose)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def try_choose(self) -> None:
        passphrase = self.fields.chosen()
        if passphrase is None:
            return
        try:
            self.choose(passphrase)
        except PartyDeskError as error:
            self.fields.error.setText(render(error.message))
            return
        self.accept()


class ChangePassphraseDialog(QDialog):
    """Settings: the old passphrase, then the new one twice."""

    def __init__(self, change: Callable[[str, str], object], parent=None):
        super().__init__(parent)
        self.change = change
        self.setWindowTitle(translate("Passphrase", "Change the passphrase"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.old = secret_field()
        form.addRow(translate("Passphrase", "&Current passphrase:"), self.old)
        layout.addLayout(form)
        self.fields = NewPassphraseFields()
        layout.addWidget(self.fields)
        note = QLabel(translate(
            "Passphrase", "The register, its backups and the private keys are all "
            "encrypted again under the new passphrase; the old one no longer opens "
            "any of them. Copies already given to the committee are not affected."))
        note.setWordWrap(True)
        layout.addWidget(note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            translate("Passphrase", "C&hange"))
        buttons.accepted.connect(self.try_change)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def try_change(self) -> None:
        passphrase = self.fields.chosen()
        if passphrase is None:
            return
        try:
            self.change(self.old.text(), passphrase)
        except PartyDeskError as error:
            self.fields.error.setText(render(error.message))
            return
        self.accept()
