"""The user guide (docs/huong-dan-su-dung.md) in a window, pictures included."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout

from partydesk.resources import guide_path
from partydesk.ui.screen import fill_height

translate = QCoreApplication.translate


class GuideDialog(QDialog):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWindowTitle(translate("Guide", "PartyDesk user guide"))
        self.resize(1000, 900)
        fill_height(self)
        self.text = QTextBrowser()
        self.text.setOpenExternalLinks(False)
        path = guide_path()
        if path.is_file():
            self.text.setSource(QUrl.fromLocalFile(str(path)),
                                QTextDocument.ResourceType.MarkdownResource)
        else:
            self.text.setPlainText(translate("Guide", "The user guide is missing from this "
                                                      "installation."))
        buttons = QDialogButtonBox()
        close = buttons.addButton(translate("Guide", "&Close"),
                                  QDialogButtonBox.ButtonRole.RejectRole)
        close.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(buttons)
