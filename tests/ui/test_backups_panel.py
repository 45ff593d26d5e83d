"""Settings → Backups as a secretary uses it: back up now, restore a backup (what it
replaces is kept), copy the newest to a USB stick, and a clear line when the stick is
gone."""

from __future__ import annotations

from datetime import date

from partydesk.domain.events import EventKind, MemberEvent
from partydesk.services.members.lifecycle import record_event
from partydesk.storage.members.search import search_page
from partydesk.ui.backups_panel import BackupsPanel


def statuses(cell) -> list[str]:
    return [m["status"] for m in search_page(cell.db, limit=500)]


def test_back_up_restore_and_copy_to_a_stick(cell, qtbot, tmp_path):
    panel = BackupsPanel(cell)
    qtbot.addWidget(panel)
    assert panel.table.rowCount() == 0 and not panel.copy_button.isEnabled()
    panel.create()
    assert panel.table.rowCount() == 1
    assert panel.table.item(0, 1).text() == "Tạo bằng tay"
    before = statuses(cell)
    member = next(m for m in search_page(cell.db, limit=500) if m["status"] == "official")
    record_event(cell.db, member["id"], MemberEvent(EventKind.DEATH, date.today()),
                 date.today())
    assert statuses(cell) != before
    restored = []
    panel.restored.connect(lambda: restored.append(True))
    panel.table.selectRow(0)
    panel.restore_now(panel.chosen())
    assert statuses(cell) == before and restored
    assert panel.table.rowCount() == 2               # what it replaced is kept
    usb = tmp_path / "usb"
    usb.mkdir()
    panel.copy_to(usb)
    [copied] = usb.iterdir()
    assert copied.name.startswith("CB01-partydesk-") and "USB" not in panel.outcome.text()
    panel.copy_to(tmp_path / "pulled-out")
    assert "rút ra" in panel.outcome.text() or "USB" in panel.outcome.text()


def test_after_a_restore_the_main_window_builds_its_pages_again(cell, qtbot):
    from partydesk.ui.backups_panel import BackupsPanel as Panel
    from partydesk.ui.main_window import MainWindow

    window = MainWindow(cell)
    qtbot.addWidget(window)
    keys = [s.key for s in window.sections]
    window.navigation.setCurrentRow(keys.index("members"))
    old_members = window._pages["members"]
    window.navigation.setCurrentRow(keys.index("settings"))
    panel = window.stack.currentWidget().findChild(Panel)
    panel.create()
    panel.table.selectRow(0)
    panel.restore_now(panel.chosen())
    qtbot.waitUntil(lambda: "members" not in window._pages)
    assert window.current_section() == "settings"
    window.navigation.setCurrentRow(keys.index("members"))
    assert window._pages["members"] is not old_members
