"""The overview as a to-do list: grouped by urgency, each reminder opens the screen where
it is done, and done items leave."""

from __future__ import annotations

from datetime import date, time, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from partydesk.domain.discipline import DecidingBody, decision_event
from partydesk.domain.events import EventKind, MemberEvent
from partydesk.domain.meetings import MeetingKind
from partydesk.services.meetings import drafts
from partydesk.services.members import lifecycle
from partydesk.services.members.discipline import defer_discipline
from partydesk.ui.main_window import MainWindow
from tests.ui.test_member_dialog import a_probationer_due

TODAY = date.today()


def overview(qtbot, installation) -> MainWindow:
    window = MainWindow(installation)
    qtbot.addWidget(window)
    window.show()
    page = window._pages["overview"]
    qtbot.waitUntil(lambda: page.loaded, timeout=10_000)
    return window


def texts(page) -> list[str]:
    return [item.text(0) for item in page.items()]


def groups(page) -> list[str]:
    return [page.reminders.topLevelItem(i).text(0)
            for i in range(page.reminders.topLevelItemCount())]


def click(qtbot, page, starting: str) -> None:
    item = next(item for item in page.items() if item.text(0).startswith(starting))
    page.reminders.scrollToItem(item)
    rect = page.reminders.visualItemRect(item)
    qtbot.mouseClick(page.reminders.viewport(), Qt.MouseButton.LeftButton,
                     pos=rect.center())


def test_a_reminder_opens_the_member_and_leaves_once_done(qtbot, cell, monkeypatch):
    from partydesk.ui.member_dialog import MemberDialog

    member_id = a_probationer_due(cell.db)
    window = overview(qtbot, cell)
    page = window._pages["overview"]
    assert any(text.startswith("Chuyển chính thức: Lò Thị Xuân") for text in texts(page))
    assert any(group.startswith("Trong tháng này") or group.startswith("Quá hạn")
               for group in groups(page))
    opened = []

    def convert(dialog):                     # the secretary records the conversion
        opened.append(dialog.member_id)
        lifecycle.record_event(cell.db, dialog.member_id,
                               MemberEvent(EventKind.CONVERSION_OFFICIAL, TODAY), TODAY)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(MemberDialog, "exec", convert)
    click(qtbot, page, "Chuyển chính thức: Lò Thị Xuân")
    assert opened == [member_id]
    qtbot.waitUntil(lambda: not any("Lò Thị Xuân" in t for t in texts(page)), timeout=10_000)


def test_no_meeting_this_month_opens_the_meetings_and_leaves_once_recorded(qtbot, cell):
    window = overview(qtbot, cell)
    page = window._pages["overview"]
    held = [m for m in drafts.list_meetings(cell.db)
            if (m.held_on.year, m.held_on.month) == (TODAY.year, TODAY.month)]
    assert not held
    assert any(t.startswith("Tháng này chưa ghi buổi sinh hoạt") for t in texts(page))
    assert page.bundle_days.text() == "chưa có"
    click(qtbot, page, "Tháng này chưa ghi buổi sinh hoạt")
    assert window.current_section() == "meetings"
    drafts.create_meeting(cell.db, drafts.MeetingDetails(
        MeetingKind.MONTHLY_REGULAR, TODAY, time(14, 0), time(16, 0)))
    window.navigation.setCurrentRow(0)                    # back to the overview
    qtbot.waitUntil(lambda: page.loaded and not any(
        t.startswith("Tháng này chưa ghi") for t in texts(page)), timeout=10_000)


def test_discipline_appeal_and_deferral_are_reminders(qtbot, cell):
    member_id = a_probationer_due(cell.db)
    decided = TODAY - timedelta(days=3)
    lifecycle.record_event(cell.db, member_id, decision_event(
        TODAY - timedelta(days=2), "reprimand", "Không sinh hoạt 3 tháng liền", "04-QĐ/CB",
        decided, DecidingBody.CELL), TODAY)
    other = next(h for h in [m["id"] for m in __import__(
        "partydesk.storage.members.search", fromlist=["search_page"]).search_page(
        cell.db, status="official")] if h != member_id)
    defer_discipline(cell.db, other, "pregnancy", TODAY - timedelta(days=100),
                     TODAY + timedelta(days=10), "")
    window = overview(qtbot, cell)
    shown = texts(window._pages["overview"])
    deadline = (decided + timedelta(days=30)).strftime("%d/%m/%Y")
    assert f"Hạn khiếu nại kỷ luật của đồng chí Lò Thị Xuân: đến ngày {deadline}" in shown
    assert any("đang tạm hoãn (đang mang thai)" in text for text in shown)
