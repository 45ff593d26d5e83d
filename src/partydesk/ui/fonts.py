"""Load the shipped fonts so text looks the same on every machine."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from partydesk.resources import resource_path
from partydesk.ui.text_size import BASE_POINT_SIZE, current_percent

UI_FONT_FILES = ("LiberationSans-Regular.ttf", "LiberationSans-Bold.ttf")
UI_FAMILY = "Liberation Sans"


def apply_ui_font(app: QApplication) -> QFont:
    """The shipped family; its size is the text size setting's (ui/text_size.py)."""
    for name in UI_FONT_FILES:
        QFontDatabase.addApplicationFont(str(resource_path("fonts", name)))
    font = QFont(UI_FAMILY, round(BASE_POINT_SIZE * current_percent() / 100))
    app.setFont(font)
    return font
