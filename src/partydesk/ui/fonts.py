"""Load the shipped fonts so text looks the same on every machine."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from partydesk.resources import resource_path

UI_FONT_FILES = ("LiberationSans-Regular.ttf", "LiberationSans-Bold.ttf")
UI_FAMILY = "Liberation Sans"
UI_POINT_SIZE = 12  # comfortable for elderly eyes on a small laptop screen


def apply_ui_font(app: QApplication) -> QFont:
    for name in UI_FONT_FILES:
        QFontDatabase.addApplicationFont(str(resource_path("fonts", name)))
    font = QFont(UI_FAMILY, UI_POINT_SIZE)
    app.setFont(font)
    return font
