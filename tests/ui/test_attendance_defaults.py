"""The attendance sheet offers each member what fits their standing, defaulting exempt
and temporarily transferred members to their own category, never to an absence."""

from __future__ import annotations

from partydesk.domain.attendance import Presence
from partydesk.services.meetings import drafts as svc
from partydesk.ui.attendance_dialog import AttendanceDialog
from tests.meetings.registers import details, fill_register


def row_of(dialog, name: str) -> int:
    return next(row for row in range(dialog.table.rowCount())
                if dialog.table.item(row, 0).text() == name)


def test_exempt_and_away_default_to_their_category_unless_marked_present(qtbot, memory_db):
    ids = fill_register(memory_db)
    meeting = svc.create_meeting(memory_db, details(ids)).id
    dialog = AttendanceDialog(memory_db, meeting)
    qtbot.addWidget(dialog)
    exempt = dialog.table.cellWidget(row_of(dialog, "Đặng Thị Miễn"), 3)
    away = dialog.table.cellWidget(row_of(dialog, "Bùi Văn Vắng"), 3)
    regular = dialog.table.cellWidget(row_of(dialog, "Nguyễn Văn Chính 05"), 3)
    assert exempt.currentText() == "Miễn sinh hoạt (không tính là vắng)"
    assert away.currentText() == "Chuyển sinh hoạt tạm thời đi (không tính là vắng)"
    assert [exempt.itemText(i) for i in range(exempt.count())][1] == "Có mặt"
    assert "Vắng không lý do" not in [exempt.itemText(i) for i in range(exempt.count())]
    assert regular.currentText() == "Có mặt"
    dialog.mark(row_of(dialog, "Đặng Thị Miễn"), Presence.PRESENT)
    dialog.save()
    people = {e.name: e.attendee for e in svc.attendance_list(memory_db, meeting)}
    assert people["Đặng Thị Miễn"].presence is Presence.PRESENT
    assert people["Bùi Văn Vắng"].presence is Presence.BY_STANDING
