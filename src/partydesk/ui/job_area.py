"""Under a page's action button: the progress panel while its job runs, then a line
saying what the job did or, when the input was refused, why."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from partydesk.domain.errors import PartyDeskError
from partydesk.services.shared.jobs import Job
from partydesk.ui.styles import ERROR_STYLE
from partydesk.ui.task_panel import TaskPanel
from partydesk.ui.translation import render
from partydesk.ui.workers import start_job


def outcome_label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class JobArea(QWidget):
    """Runs one job at a time with ``button`` disabled. A refusal (PartyDeskError) is
    shown in red in ``outcome`` — or in ``errors`` when the page keeps a label of its
    own for them; any other exception is a bug and is raised again."""

    def __init__(self, button: QPushButton, errors: QLabel | None = None, parent=None):
        super().__init__(parent)
        self.button, self.errors = button, errors
        self.panel = TaskPanel()
        self.outcome = outcome_label()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.panel)
        layout.addWidget(self.outcome)

    def run(self, job: Job, text: str, done: Callable[[Any], None],
            cancellable: bool = False) -> None:
        self.button.setEnabled(False)
        cancellation = self.panel.begin(text, cancellable)
        start_job(job, self, lambda result: self._finished(done, result), self._failed,
                  self.panel.step, cancellation)

    def show_error(self, text: str) -> None:
        if self.errors is not None:
            self.errors.setText(text)
        else:
            self.outcome.setText(f"<span style='{ERROR_STYLE}'>{text}</span>")

    def _finished(self, done: Callable[[Any], None], result: Any) -> None:
        self._end()
        done(result)

    def _failed(self, error: Exception) -> None:
        self._end()
        if not isinstance(error, PartyDeskError):
            raise error
        self.show_error(render(error.message))

    def _end(self) -> None:
        self.panel.end()
        self.button.setEnabled(True)
