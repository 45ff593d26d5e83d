"""The discipline form asks for the decision behind it; the timeline shows it."""

from __future__ import annotations

from datetime import date

from partydesk.domain.events import EventKind
from partydesk.ui.event_form import EventForm
from partydesk.ui.member_dialog import MemberDialog
from tests.ui.test_member_dialog import a_probationer_due

TODAY = date.today()


def test_discipline_records_reason_decision_number_date_and_body(qtbot, cell):
    member_id = a_probationer_due(cell.db)
    dialog = MemberDialog(cell.db, member_id, TODAY)
    qtbot.addWidget(dialog)
    assert EventKind.DISCIPLINE in dialog.allowed_events()
    form = EventForm(EventKind.DISCIPLINE, TODAY, dialog)
    qtbot.addWidget(form)
    form.day.setDate(TODAY)
    assert not dialog.submit(form)                     # no reason or decision yet
    assert "lý do" in form.error.text()
    form.decision.reason.setText("Không đóng đảng phí 3 tháng")
    form.decision.number.setText("02-QĐ/CB")
    form.decision.decided.setDate(TODAY)
    form.decision.body.setCurrentIndex(1)
    assert dialog.submit(form)
    details = [dialog.events.item(r, 2).text() for r in range(dialog.events.rowCount())]
    assert any("Không đóng đảng phí 3 tháng" in d and "02-QĐ/CB" in d and "Chi ủy" in d
               for d in details)


def test_a_deferral_is_offered_in_the_record_menu(qtbot, cell):
    dialog = MemberDialog(cell.db, a_probationer_due(cell.db), TODAY)
    qtbot.addWidget(dialog)
    texts = [action.text() for action in dialog.actions_menu.actions()]
    assert "Tạm hoãn xem xét kỷ luật…" in texts
