"""The meetings page: a draft from creation to signature, amendments and printed previews.

Forms are answered by replacing their ``exec``: the test fills the widgets as
a user would and presses OK once (a second showing, after a refusal, is
cancelled), so the page's own code runs from the button to the service.
"""

from __future__ import annotations

from datetime import date, time

import pytest
from PySide6.QtCore import QTime
from PySide6.QtWidgets import QDialog, QLineEdit, QPlainTextEdit

from partydesk.domain.attendance import Presence, Standing
from partydesk.domain.errors import RuleViolation
from partydesk.services.meetings import drafts as service
from partydesk.services.meetings import items as records
from partydesk.services.meetings.minutes import minutes_view
from partydesk.ui.attendance_dialog import AttendanceDialog
from partydesk.ui.forms import FormDialog
from partydesk.ui.items_dialog import ItemsDialog
from partydesk.ui.meeting_dialogs import AmendmentDialog, MeetingDialog, SignDialog
from partydesk.ui.meetings_page import MeetingsPage

TODAY = date.today()


def answer(dialog_type, monkeypatch, fill=lambda dialog: None) -> list:
    """The next form of ``dialog_type`` is filled by ``fill`` and accepted once."""
    shown = []

    def exec_(dialog):
        if shown:
            return QDialog.DialogCode.Rejected
        shown.append(dialog)
        fill(dialog)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(dialog_type, "exec", exec_)
    return shown


@pytest.fixture
def page(qtbot, cell):
    page = MeetingsPage(cell, TODAY)
    qtbot.addWidget(page)
    return page


def new_meeting(page, monkeypatch, ends: time | None = time(15, 0)) -> str:
    dialog = MeetingDialog(page.db, TODAY, secretary="", parent=page)
    dialog.starts.setTime(QTime(14, 0))
    dialog.has_end.setChecked(ends is not None)
    if ends:
        dialog.ends.setTime(QTime(ends.hour, ends.minute))
    dialog.place.setText("Nhà văn hóa thôn Đồng Tâm")
    dialog.chair.setCurrentIndex(1)
    dialog.taker.setCurrentIndex(2)
    answer(MeetingDialog, monkeypatch)
    page.new_meeting(dialog)
    return page.selected_id()


def test_a_new_draft_is_listed_with_its_attendance_and_the_short_meeting_warning(
        page, monkeypatch):
    before = page.table.rowCount()
    meeting_id = new_meeting(page, monkeypatch)
    assert page.table.rowCount() == before + 1
    row = page.table.currentRow()
    assert page.table.item(row, 0).text() == TODAY.strftime("%d/%m/%Y")
    assert page.table.item(row, 1).text() == "Sinh hoạt chi bộ thường kỳ"
    assert page.table.item(row, 2).text() == "dự thảo"
    view = minutes_view(page.db, meeting_id)
    present = sum(e.attendee.is_present for e in view.attendees)
    assert page.table.item(row, 3).text() == f"{present}/{len(view.attendees)}"
    assert "60" in page.info.text() and "90" in page.info.text()   # lasted 60 of 90 minutes
    assert all(page.buttons[k].isEnabled() for k in ("attendance", "items", "sign"))
    assert not page.buttons["amend"].isEnabled()


def test_attendance_marks_absences_and_adds_a_temporary_attendee(page, monkeypatch, qtbot):
    meeting_id = new_meeting(page, monkeypatch)
    dialog = AttendanceDialog(page.db, meeting_id, page)
    qtbot.addWidget(dialog)
    rows = [i for i, e in enumerate(dialog.entries) if e.attendee.standing is Standing.ACTIVE]
    dialog.mark(rows[-1], Presence.ABSENT_WITH_REASON, "")   # a reason is needed
    dialog.save_and_close()
    assert dialog.error.text() and dialog.result() != QDialog.DialogCode.Accepted
    dialog.mark(rows[-1], Presence.ABSENT_WITH_REASON, "ốm")
    dialog.mark(rows[-2], Presence.ABSENT_WITHOUT_REASON)
    answer(FormDialog, monkeypatch, lambda form: (
        form.findChild(QLineEdit, "name").setText("Lò Văn Khách")))
    dialog.add_temporary()
    assert dialog.entries[-1].name == "Lò Văn Khách"
    dialog.save_and_close()
    summary = minutes_view(page.db, meeting_id).attendance
    assert summary.absent_with_reason == ((dialog.entries[rows[-1]].name, "ốm"),)
    assert summary.absent_without_reason == (dialog.entries[rows[-2]].name,)
    assert summary.present_attending_temporarily == ("Lò Văn Khách",)


def test_items_speeches_and_a_vote_with_its_explanation(page, monkeypatch, qtbot):
    meeting_id = new_meeting(page, monkeypatch)
    items = ItemsDialog(page.db, meeting_id, page)
    qtbot.addWidget(items)
    answer(FormDialog, monkeypatch, lambda form: (
        form.findChild(QLineEdit, "title").setText("Phương hướng, nhiệm vụ tháng tới"),
        form.findChildren(QPlainTextEdit)[0].setPlainText("Chi bộ thống nhất.")))
    items.add_item()
    assert items.items.count() == 1 and items.current().conclusion == "Chi bộ thống nhất."
    answer(FormDialog, monkeypatch, lambda form: (
        form.findChildren(QPlainTextEdit)[0].setPlainText("Nhất trí với dự thảo.")))
    items.add_speech()
    assert items.current().speeches[0].text == "Nhất trí với dự thảo."
    voters = sum(1 for e in items.view.attendees if e.attendee.is_present
                 and e.attendee.membership.value == "official"
                 and e.attendee.standing is Standing.ACTIVE)
    vote = items.vote_dialog()
    vote.set_counts(voters, 0, 0)
    answer(type(vote), monkeypatch)
    items.record_vote(vote)
    assert items.outcome.text().startswith(f"thông qua: {voters}/")
    assert "cần trên 1/2" in items.outcome.text()
    too_many = items.vote_dialog()
    too_many.set_counts(voters + 50)
    shown = answer(type(too_many), monkeypatch)
    items.record_vote(too_many)
    assert shown and str(voters + 50) in too_many.error.text()   # refused, with the count
    assert len(minutes_view(page.db, meeting_id).votes) == 1


def test_signing_is_refused_while_incomplete_then_editing_is_disabled(page, monkeypatch):
    meeting_id = new_meeting(page, monkeypatch, ends=None)
    sign = SignDialog(minutes_view(page.db, meeting_id), page)
    answer(SignDialog, monkeypatch)
    page.sign(sign)
    assert "kết thúc" in sign.error.text()                  # the service's own message
    assert page.table.item(page.table.currentRow(), 2).text() == "dự thảo"
    details = MeetingDialog(page.db, TODAY, minutes_view(page.db, meeting_id), parent=page)
    details.has_end.setChecked(True)
    details.ends.setTime(QTime(16, 0))
    answer(MeetingDialog, monkeypatch)
    page.edit_details(details)
    sign = SignDialog(minutes_view(page.db, meeting_id), page)
    answer(SignDialog, monkeypatch)
    page.sign(sign)
    assert page.table.item(page.table.currentRow(), 2).text() == "đã ký"
    assert not any(page.buttons[k].isEnabled() for k in ("details", "attendance", "items",
                                                         "sign"))
    assert page.buttons["amend"].isEnabled()
    assert minutes_view(page.db, meeting_id).number in page.info.text()
    with pytest.raises(RuleViolation):
        records.add_item(page.db, meeting_id, "Thêm sau khi ký")


def test_an_amendment_to_signed_minutes(page, monkeypatch):
    signed = next(m for m in service.list_meetings(page.db) if m.status.value == "finalised"
                  and not m.amendments)
    page.select(signed.id)
    dialog = AmendmentDialog(TODAY, "Nguyễn Văn Thắng", page)
    dialog.text.setPlainText("Sửa tên khách mời cho đúng chức danh.")
    dialog.day.setDate(TODAY)
    answer(AmendmentDialog, monkeypatch)
    page.amend(dialog)
    [amendment] = minutes_view(page.db, signed.id).amendments
    assert (amendment.text, amendment.author) == ("Sửa tên khách mời cho đúng chức danh.",
                                                  "Nguyễn Văn Thắng")
    assert "1" in page.info.text()


@pytest.mark.parametrize("what", ["minutes", "notice", "signin"])
def test_previews_are_built_in_the_background(page, qtbot, what):
    page.buttons[what].click()
    assert not page.buttons[what].isEnabled()
    qtbot.waitUntil(lambda: page.previews.last_preview is not None, timeout=20_000)
    preview = page.previews.last_preview
    qtbot.addWidget(preview)
    assert preview.page_count() >= 1 and page.buttons[what].isEnabled()
    pdf = preview.pdf
    preview.reject()
    assert not pdf.exists()
