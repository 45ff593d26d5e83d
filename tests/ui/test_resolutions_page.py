"""The resolutions page: documents with their tasks; done, progress notes, preview;
and overdue tasks among the overview's reminders."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtWidgets import QDialog, QLineEdit

from partydesk.services.meetings.resolutions import list_resolutions, overdue_tasks, tasks_of
from partydesk.services.overview.reminders import overview_reminders
from partydesk.ui.dates import DateField
from partydesk.ui.forms import FormDialog
from partydesk.ui.overview_page import reminder_text
from partydesk.ui.resolutions_page import ResolutionsPage

TODAY = date.today()


def answer(monkeypatch, fill=lambda dialog: None) -> None:
    shown = []

    def exec_(dialog):
        if shown:
            return QDialog.DialogCode.Rejected
        shown.append(dialog)
        fill(dialog)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(FormDialog, "exec", exec_)


@pytest.fixture
def page(qtbot, cell):
    page = ResolutionsPage(cell, TODAY)
    qtbot.addWidget(page)
    return page


def test_documents_are_listed_newest_first_with_open_tasks(page):
    documents = list_resolutions(page.db)
    assert page.list.rowCount() == len(documents) > 0
    first = documents[0]
    assert page.list.item(0, 0).text() == first.number
    assert page.list.item(0, 3).text() == f"{first.open_tasks}/{first.tasks}"
    assert page.task_table.rowCount() == first.tasks
    assert page.task_table.horizontalHeaderItem(1).text() == "Người thực hiện"


def test_a_task_is_marked_done_and_gets_a_progress_note(page, monkeypatch):
    row = next(i for i, d in enumerate(page.documents) if d.open_tasks)
    page.list.selectRow(row)
    task_row = next(i for i, t in enumerate(page.tasks) if not t.done)
    task_id = page.tasks[task_row].id
    page.task_table.selectRow(task_row)
    def note(form):
        form.findChild(DateField).setDate(TODAY)
        form.findChild(QLineEdit, "note").setText("Đã vận động được 5 hộ.")

    answer(monkeypatch, note)
    page.add_note()
    answer(monkeypatch, lambda form: form.findChild(DateField).setDate(TODAY))
    page.mark_done()
    [task] = [t for t in tasks_of(page.db, page.documents[row].id) if t.id == task_id]
    assert task.done_on == TODAY and task.progress[-1] == (TODAY, "Đã vận động được 5 hộ.")
    assert page.task_table.item(task_row, 3).text().endswith(TODAY.strftime("%d/%m/%Y"))
    assert "Đã vận động được 5 hộ." in page.task_table.item(task_row, 4).text()
    assert not page.done_button.isEnabled()


def test_preview_builds_the_resolution(page, qtbot):
    page.preview_button.click()
    qtbot.waitUntil(lambda: page.previews.last_preview is not None, timeout=20_000)
    preview = page.previews.last_preview
    qtbot.addWidget(preview)
    assert preview.page_count() >= 1
    preview.reject()


def test_overdue_tasks_are_among_the_reminders(cell):
    overdue = overdue_tasks(cell.db, TODAY)
    assert overdue, "the demo leaves some tasks undone past their deadline"
    reminders = [r for r in overview_reminders(cell.db, TODAY) if r.kind == "task"]
    assert [r.subject_id for r in reminders] == [t.task_id for t in overdue]
    assert all(r.overdue for r in reminders)
    text = reminder_text(reminders[0])
    assert overdue[0].document_number in text and overdue[0].content in text
