"""A line that shows long work under way: what, how far, and a Cancel button."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from partydesk.ui.workers import TaskSignals

translate = QCoreApplication.translate


class ProgressPanel(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.label = QLabel()
        self.bar = QProgressBar()
        self.bar.setMinimumWidth(240)
        self.cancel = QPushButton(translate("ProgressPanel", "Cancel"))
        self.cancel.clicked.connect(self._cancel)
        self.task: TaskSignals | None = None
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.bar, 1)
        layout.addWidget(self.cancel)
        self.hide()

    def start(self, text: str) -> None:
        self.label.setText(text)
        self.bar.setRange(0, 0)              # busy until the first report
        self.cancel.setEnabled(True)
        self.show()

    def follow(self, task: TaskSignals | None) -> None:
        self.task = task
        self.cancel.setVisible(task is not None)

    def report(self, done: int, total: int) -> None:
        if total > 0:
            self.bar.setRange(0, total)
            self.bar.setValue(min(done, total))

    def finish(self) -> None:
        self.task = None
        self.hide()

    def _cancel(self) -> None:
        if self.task is not None:
            self.task.cancel()
            self.cancel.setEnabled(False)
            self.label.setText(translate("ProgressPanel", "Cancelling…"))
