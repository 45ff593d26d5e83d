"""Pages of the main window: the overview, settings, and sections still to come."""

from __future__ import annotations

from typing import ClassVar

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from partydesk.domain.organisation import Role
from partydesk.i18n import LANGUAGES
from partydesk.ui.sections import Section

translate = QCoreApplication.translate


def heading(text: str) -> QLabel:
    label = QLabel(f"<h2>{text}</h2>")
    label.setTextFormat(Qt.TextFormat.RichText)
    return label


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

    LANGUAGE_NAMES: ClassVar[dict[str, str]] = {"vi": "Tiếng Việt", "en": "English"}

    def __init__(self, current_language: str, data_folder: str, parent=None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(translate("Pages", "Settings")))
        form = QFormLayout()
        self.language = QComboBox()
        for code in LANGUAGES:
            self.language.addItem(self.LANGUAGE_NAMES[code], code)
        self.language.setCurrentIndex(LANGUAGES.index(current_language))
        form.addRow(translate("Pages", "&Language:"), self.language)
        folder = QLabel(data_folder)
        folder.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form.addRow(translate("Pages", "Data folder:"), folder)
        layout.addLayout(form)
        apply = QPushButton(translate("Pages", "&Apply"))
        apply.clicked.connect(lambda: self.language_chosen.emit(self.language.currentData()))
        layout.addWidget(apply, alignment=Qt.AlignmentFlag.AlignLeft)
        layout.addStretch()
