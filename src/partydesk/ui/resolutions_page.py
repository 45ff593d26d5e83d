"""Resolutions of the cell and the tasks they assign: preview, mark done, progress notes."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from partydesk.services.meetings import resolutions as service
from partydesk.services.printing import documents
from partydesk.services.setup.installation import Installation
from partydesk.services.shared.jobs import Job
from partydesk.ui import signer_prompt
from partydesk.ui.document_preview import BackgroundPreview
from partydesk.ui.event_form import date_edit
from partydesk.ui.forms import FormDialog, run_form
from partydesk.ui.member_dialog import dmy
from partydesk.ui.pages import heading

translate = QCoreApplication.translate
DOCUMENT_COLUMNS = (QT_TRANSLATE_NOOP("ResolutionsPage", "Number"),
                    QT_TRANSLATE_NOOP("ResolutionsPage", "Date"),
                    QT_TRANSLATE_NOOP("ResolutionsPage", "Title"),
                    QT_TRANSLATE_NOOP("ResolutionsPage", "Open tasks"))
TASK_COLUMNS = (QT_TRANSLATE_NOOP("ResolutionsPage", "Task"),
                QT_TRANSLATE_NOOP("ResolutionsPage", "Assigned to"),
                QT_TRANSLATE_NOOP("ResolutionsPage", "Deadline"),
                QT_TRANSLATE_NOOP("ResolutionsPage", "Status"),
                QT_TRANSLATE_NOOP("ResolutionsPage", "Latest progress"))


def table(columns: tuple[str, ...], stretch: int) -> QTableWidget:
    """A read-only table, one row selected at a time; column ``stretch`` takes the room
    left, the others fit their contents."""
    widget = QTableWidget(0, len(columns))
    widget.setHorizontalHeaderLabels([translate("ResolutionsPage", c) for c in columns])
    widget.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    widget.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
    widget.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
    widget.verticalHeader().hide()
    header = widget.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return widget


def fill(widget: QTableWidget, rows: list[tuple[str, ...]]) -> None:
    widget.setRowCount(len(rows))
    for row, values in enumerate(rows):
        for column, text in enumerate(values):
            widget.setItem(row, column, QTableWidgetItem(text))


class ResolutionsPage(QWidget):
    def __init__(self, installation: Installation, today: date, parent=None):
        super().__init__(parent)
        self.installation, self.db, self.today = installation, installation.db, today
        self.documents: list[service.DocumentSummary] = []
        self.tasks: list[service.TaskView] = []
        layout = QVBoxLayout(self)
        layout.addWidget(heading(translate("ResolutionsPage", "Resolutions")))
        self.list = table(DOCUMENT_COLUMNS, 2)
        self.list.itemSelectionChanged.connect(self.show_tasks)
        layout.addWidget(self.list, stretch=3)
        layout.addWidget(QLabel(translate("ResolutionsPage", "Tasks of the resolution:")))
        self.task_table = table(TASK_COLUMNS, 0)
        self.task_table.itemSelectionChanged.connect(self._enable)
        layout.addWidget(self.task_table, stretch=2)
        row = QHBoxLayout()
        self.preview_button = QPushButton(translate("ResolutionsPage", "&Preview…"))
        self.done_button = QPushButton(translate("ResolutionsPage", "Mark &done…"))
        self.note_button = QPushButton(translate("ResolutionsPage", "Progress &note…"))
        for button, slot in ((self.preview_button, self.preview),
                             (self.done_button, self.mark_done),
                             (self.note_button, self.add_note)):
            button.clicked.connect(slot)
            row.addWidget(button)
        row.addStretch()
        layout.addLayout(row)
        self.previews = BackgroundPreview(self, [self.preview_button])
        layout.addWidget(self.previews.busy)
        layout.addWidget(self.previews.status)
        self.refresh()

    def refresh(self) -> None:
        current = self.list.currentRow()
        self.documents = service.list_resolutions(self.db)
        fill(self.list, [(d.number, dmy(d.issued_on), d.title, f"{d.open_tasks}/{d.tasks}")
                         for d in self.documents])
        self.list.selectRow(min(max(current, 0), len(self.documents) - 1))
        self.show_tasks()

    def selected_document(self) -> service.DocumentSummary | None:
        row = self.list.currentRow()
        return self.documents[row] if 0 <= row < len(self.documents) else None

    def selected_task(self) -> service.TaskView | None:
        row = self.task_table.currentRow()
        return self.tasks[row] if 0 <= row < len(self.tasks) else None

    def status_text(self, task: service.TaskView) -> str:
        if task.done_on:
            return translate("ResolutionsPage", "done {day}").format(day=dmy(task.done_on))
        if task.deadline and task.deadline < self.today:
            return translate("ResolutionsPage", "OVERDUE")
        return translate("ResolutionsPage", "open")

    def show_tasks(self) -> None:
        document = self.selected_document()
        same = bool(document and self.tasks and self.tasks[0].document_id == document.id)
        keep = self.task_table.currentRow() if same else -1
        self.tasks = service.tasks_of(self.db, document.id) if document else []
        fill(self.task_table, [
            (t.content, t.assignee, dmy(t.deadline), self.status_text(t),
             f"{dmy(t.progress[-1][0])}: {t.progress[-1][1]}" if t.progress else "")
            for t in self.tasks])
        for row, task in enumerate(self.tasks):
            if not task.done and task.deadline and task.deadline < self.today:
                self.task_table.item(row, 3).setForeground(Qt.GlobalColor.darkRed)
        if 0 <= keep < len(self.tasks):
            self.task_table.selectRow(keep)
        self._enable()

    def _enable(self) -> None:
        task = self.selected_task()
        self.preview_button.setEnabled(self.selected_document() is not None)
        self.done_button.setEnabled(task is not None and not task.done)
        self.note_button.setEnabled(task is not None)

    def mark_done(self) -> None:
        task = self.selected_task()
        if task is None:
            return
        dialog = FormDialog(translate("ResolutionsPage", "Task done"), self)
        day = date_edit()
        dialog.form.addRow(translate("ResolutionsPage", "Done &on:"), day)
        dialog.finish()
        if run_form(dialog, lambda: service.complete_task(self.db, task.id,
                                                          day.value())):
            self.refresh()

    def add_note(self) -> None:
        task = self.selected_task()
        if task is None:
            return
        dialog = FormDialog(translate("ResolutionsPage", "Progress note"), self)
        day, note = date_edit(), QLineEdit()
        note.setObjectName("note")
        dialog.form.addRow(translate("ResolutionsPage", "&Date:"), day)
        dialog.form.addRow(translate("ResolutionsPage", "&Note:"), note)
        dialog.finish()
        if run_form(dialog, lambda: service.record_progress(self.db, task.id,
                                                            day.value(), note.text())):
            self.refresh()

    def preview(self) -> None:
        document = self.selected_document()
        if document is None:
            return
        organisation = self.installation.organisation
        signer = signer_prompt.signer_for(self, organisation)
        if signer is None:
            return
        self.previews.start(
            lambda out: Job.on_register(self.db, lambda db, _progress: documents.print_resolution(
                db, organisation, document.id, out, signer=signer)),
            "nghi-quyet.pdf", translate("ResolutionsPage", "Resolution {number}").format(
                number=document.number))
