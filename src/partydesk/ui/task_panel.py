"""A progress bar with a Cancel button for a background job (ui/workers.start_job)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QWidget,
)

from partydesk.services.shared.jobs import Cancellation

translate = QCoreApplication.translate


class TaskPanel(QWidget):
    """Hidden until :meth:`begin`; shows what is being done, how far, and Cancel."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.label = QLabel()
        self.bar = QProgressBar()
        self.bar.setMinimumWidth(300)
        self.cancel_button = QPushButton(translate("TaskPanel", "&Cancel"))
        self.cancel_button.clicked.connect(self.cancel)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.bar, stretch=1)
        layout.addWidget(self.cancel_button)
        self.cancellation: Cancellation | None = None
        self.hide()

    def begin(self, text: str, cancellable: bool = True) -> Cancellation:
        """Show the panel; hand the returned Cancellation to the job (``start_job``).
        Without ``cancellable`` (the work cannot be interrupted), Cancel is hidden."""
        self.cancellation = Cancellation()
        self.label.setText(text)
        self.bar.setRange(0, 0)          # busy until the first step is reported
        self.cancel_button.setEnabled(True)
        self.cancel_button.setVisible(cancellable)
        self.show()
        return self.cancellation

    def step(self, done: int, total: int) -> None:
        if total <= 0:                     # total not known: stay busy
            return
        self.bar.setRange(0, total)
        self.bar.setValue(min(done, total))

    def cancel(self) -> None:
        if self.cancellation is not None:
            self.cancellation.cancel()
            self.cancel_button.setEnabled(False)
            self.label.setText(translate("TaskPanel", "Cancelling…"))

    def end(self) -> None:
        self.cancellation = None
        self.hide()

    @property
    def running(self) -> bool:
        return self.cancellation is not None
