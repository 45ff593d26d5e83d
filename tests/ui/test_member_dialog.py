from __future__ import annotations

from datetime import date, timedelta

from partydesk.domain.dates import add_months
from partydesk.domain.events import EventKind
from partydesk.domain.member import MemberRecord, Sex
from partydesk.services.members.lifecycle import timeline
from partydesk.ui.event_form import EventForm
from partydesk.ui.member_dialog import MemberDialog
from partydesk.ui.overview_page import OverviewPage
from tests.helpers import add_lives

TODAY = date.today()


def buttons(dialog) -> list[str]:
    """The events offered in the record's one "Ghi nhận…" menu."""
    return [action.text() for action in dialog.actions_menu.actions()]


def a_probationer_due(db):
    """A probationer whose 12 months ended a few days ago."""
    decided = add_months(TODAY, -13)
    ceremony = decided + timedelta(days=14)
    record = MemberRecord(id="due-1", full_name="Lò Thị Xuân", sex=Sex.FEMALE,
                          birth_date=date(1998, 3, 8), ethnicity="Thái",
                          admitted_on=decided, ceremony_on=ceremony)
    add_lives(db, [(record, [("admission_decision", decided.isoformat()),
                             ("admission_ceremony", ceremony.isoformat())])], TODAY)
    assert EventKind.CONVERSION_OFFICIAL in timeline(db, "due-1", TODAY).actions
    return "due-1"


def test_dialog_offers_only_valid_actions_and_records_a_conversion(qtbot, cell):
    member_id = a_probationer_due(cell.db)
    dialog = MemberDialog(cell.db, member_id, TODAY)
    qtbot.addWidget(dialog)
    assert "Chuyển đảng viên chính thức" in buttons(dialog)
    assert "Phát thẻ đảng viên" not in buttons(dialog)          # probationers get no card
    form = EventForm(EventKind.CONVERSION_OFFICIAL, TODAY, dialog)
    qtbot.addWidget(form)
    form.day.setDate(TODAY)
    assert dialog.submit(form)
    assert "Chính thức" in dialog.heading.text()
    assert "Phát thẻ đảng viên" in buttons(dialog)
    assert dialog.audit.rowCount() >= 2


def test_a_refused_event_is_explained_in_the_form_and_not_saved(qtbot, cell):
    member_id = a_probationer_due(cell.db)
    dialog = MemberDialog(cell.db, member_id, TODAY)
    qtbot.addWidget(dialog)
    events_before = dialog.events.rowCount()
    form = EventForm(EventKind.EXPULSION, TODAY, dialog)
    qtbot.addWidget(form)
    form.day.setDate(TODAY)
    assert not dialog.submit(form)
    assert "dự bị" in form.error.text()
    assert dialog.events.rowCount() == events_before


def test_overview_lists_what_is_due_without_blocking_start_up(qtbot, cell):
    page = OverviewPage(cell, TODAY)
    qtbot.addWidget(page)
    assert page.reminders.topLevelItem(0).text(0) == "Đang tính toán…"
    qtbot.waitUntil(lambda: page.loaded, timeout=10_000)
    texts = [item.text(0) for item in page.items()]
    assert any(text.startswith("Chuyển chính thức:") or "Huy hiệu" in text for text in texts)


def cells_of(table) -> list[list[str]]:
    return [[table.item(r, c).text() for c in range(table.columnCount())]
            for r in range(table.rowCount())]


def test_editing_the_record_shows_each_change_in_the_changes_tab(qtbot, cell, monkeypatch):
    from PySide6.QtWidgets import QDialog, QLabel

    from partydesk.ui.member_form import MemberForm

    member_id = a_probationer_due(cell.db)
    dialog = MemberDialog(cell.db, member_id, TODAY)
    qtbot.addWidget(dialog)
    opened = []
    monkeypatch.setattr(MemberForm, "exec", lambda self: opened.append(self) or
                        QDialog.DialogCode.Rejected)
    dialog.edit_button.click()
    form = opened[0]
    assert form.widgets["full_name"].text() == "Lò Thị Xuân"
    assert not hasattr(form, "decided")               # lifecycle dates are not edited here
    form.widgets["residence"].setText("bản Nà Khoang")
    form.widgets["theory_level"].setCurrentText("Trung cấp")
    assert dialog.save_record(form)
    shown = [label.text() for label in dialog.record_tab.findChildren(QLabel)]
    assert "bản Nà Khoang" in shown and "Trung cấp" in shown
    changes = cells_of(dialog.audit)
    assert ["Sửa lý lịch", "Nơi ở hiện nay", "", "bản Nà Khoang"] in [row[1:] for row in changes]
    assert ["Sửa lý lịch", "Lý luận chính trị", "", "Trung cấp"] in [row[1:] for row in changes]
    form.widgets["full_name"].setText(" ")
    assert not dialog.save_record(form) and form.error.text()
