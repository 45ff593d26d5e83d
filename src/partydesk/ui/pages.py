"""Pages of the main window: the overview, settings, and sections still to come."""

from __future__ import annotations

from typing import ClassVar

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from partydesk.domain.organisation import Role
from partydesk.i18n import LANGUAGES
from partydesk.ui.sections import Section
from partydesk.ui.text_size import CHOICES

translate = QCoreApplication.translate


def heading(text: str) -> QLabel:
    label = QLabel(f"<h2>{text}</h2>")
    label.setTextFormat(Qt.TextFormat.RichText)
    return label


def wrapped(text: str) -> QLabel:
    """A paragraph that wraps to the page's width (an introduction, an explanation)."""
    label = QLabel(text)
    label.setWordWrap(True)
    return label


def button_row(*buttons: QPushButton) -> QHBoxLayout:
    """Buttons on the left of a row, the rest of it empty."""
    row = QHBoxLayout()
    for button in buttons:
        row.addWidget(button)
    row.addStretch()
    return row


def role_name(role: Role) -> str:
    return (
        translate("Pages", "Party cell")
        if role is Role.CELL
        else translate("Pages", "Higher committee")
    )


class ComingSoonPage(QWidget):
    """A section not built yet says plainly what it will hold. No invented data."""

    def __init__(self, section: Section, parent=None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(translate("Sections", section.title)))
        text = QLabel(
            translate("Sections", section.coming)
            + "\n\n"
            + translate("Pages", "This section is not available yet in this version.")
        )
        text.setWordWrap(True)
        layout.addWidget(text)
        layout.addStretch()


class SettingsPage(QWidget):
    language_chosen = Signal(str)
    text_size_chosen = Signal(int)

    LANGUAGE_NAMES: ClassVar[dict[str, str]] = {"vi": "Tiếng Việt", "en": "English"}

    def __init__(self, current_language: str, data_folder: str, text_percent: int = 125,
                 parent=None, change_passphrase=None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(translate("Pages", "Settings")))
        form = QFormLayout()
        self.language = QComboBox()
        for code in LANGUAGES:
            self.language.addItem(self.LANGUAGE_NAMES[code], code)
        self.language.setCurrentIndex(LANGUAGES.index(current_language))
        form.addRow(translate("Pages", "&Language:"), self.language)
        self.text_size = QComboBox()
        for percent in sorted({*CHOICES, text_percent}):
            self.text_size.addItem(f"{percent} %", percent)
        self.text_size.setCurrentIndex(self.text_size.findData(text_percent))
        self.text_size.setAccessibleDescription(translate(
            "Pages", "Changes the size of all text at once; remembered for the next start."))
        # applied at once, so that the user sees the result while choosing
        self.text_size.currentIndexChanged.connect(
            lambda _index: self.text_size_chosen.emit(self.text_size.currentData()))
        form.addRow(translate("Pages", "&Text size:"), self.text_size)
        folder = QLabel(data_folder)
        folder.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form.addRow(translate("Pages", "Data folder:"), folder)
        layout.addLayout(form)
        apply = QPushButton(translate("Pages", "&Apply"))
        apply.clicked.connect(lambda: self.language_chosen.emit(self.language.currentData()))
        layout.addWidget(apply, alignment=Qt.AlignmentFlag.AlignLeft)
        if change_passphrase is not None:       # (old, new) -> None; see passphrase_dialogs
            self.change_passphrase = change_passphrase
            button = QPushButton(translate("Pages", "Change the &passphrase…"))
            button.clicked.connect(self.ask_new_passphrase)
            layout.addWidget(button, alignment=Qt.AlignmentFlag.AlignLeft)
        layout.addStretch()

    def ask_new_passphrase(self) -> None:
        from partydesk.ui.passphrase_dialogs import ChangePassphraseDialog

        ChangePassphraseDialog(self.change_passphrase, self).exec()
