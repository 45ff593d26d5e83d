"""Unexpected errors: log them, and show a report the user can copy and send."""

from __future__ import annotations

import logging
import platform
import sys

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
)

from partydesk import __version__
from partydesk.logs import scrubbed_traceback

translate = QCoreApplication.translate

LOG = logging.getLogger("partydesk.crash")


def crash_report(exc_type, exc, tb) -> str:
    """Versions and the scrubbed traceback (places and types, no data)."""
    lines = [
        f"PartyDesk {__version__}",
        f"Python {platform.python_version()}",
        f"PySide6 {pyside_version}",
        f"{platform.system()} {platform.release()}",
        "",
    ]
    lines.append(scrubbed_traceback(exc_type, exc, tb))     # no member's data in a report
    return "\n".join(line.rstrip("\n") for line in lines)


class CrashDialog(QDialog):
    def __init__(self, report: str, parent=None):
        super().__init__(parent)
        self.setWindowTitle(translate("CrashDialog", "PartyDesk met an unexpected error"))
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(
                translate(
                    "CrashDialog",
                    "Something went wrong inside PartyDesk. Your saved work is safe.\n"
                    "Please copy this report and give it to the people who support PartyDesk.",
                )
            )
        )
        self.report = QPlainTextEdit(report)
        self.report.setReadOnly(True)
        layout.addWidget(self.report)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        copy = buttons.addButton(
            translate("CrashDialog", "Copy report"), QDialogButtonBox.ButtonRole.ActionRole
        )
        copy.clicked.connect(lambda: QApplication.clipboard().setText(report))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(720, 480)


def install_excepthook() -> None:
    def hook(exc_type, exc, tb):
        LOG.error("unexpected error", exc_info=(exc_type, exc, tb))
        if QApplication.instance() is None:
            sys.__excepthook__(exc_type, exc, tb)
            return
        CrashDialog(crash_report(exc_type, exc, tb)).exec()

    sys.excepthook = hook
