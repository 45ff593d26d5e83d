"""The members page: search as you type, status filter, a new member, and export and
import through the dialogs, worked on off the GUI thread."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from partydesk.services.demo.register import fill_demo_register
from partydesk.storage.members.records import count_members
from partydesk.ui.member_form import MemberForm
from partydesk.ui.members_page import MembersPage
from tests.helpers import open_register

TODAY = date(2026, 11, 21)


def register(folder, members=0):
    db = open_register(folder / "register.sqlite3")
    if members:
        fill_demo_register(db, members, seed=6, as_of=TODAY)
    return db


@pytest.fixture
def page(qtbot, tmp_path):
    db = register(tmp_path, 300)
    widget = MembersPage(db, TODAY)
    qtbot.addWidget(widget)
    widget.show()
    yield widget
    db.close()


def names(page):
    return [page.model.index(r, 0).data() for r in range(page.model.rowCount())]


def test_typing_searches_without_accents_and_the_status_filters(qtbot, page):
    qtbot.keyClicks(page.search, "nguyen")
    qtbot.waitUntil(lambda: names(page) and all("Nguyễn" in n for n in names(page)))
    page.status.setCurrentIndex(page.status.findData("probationary"))
    statuses = {page.model.index(r, 7).data() for r in range(page.model.rowCount())}
    assert len(statuses) <= 1


def fill(form: MemberForm, name: str, birth: date, decided: date, ceremony: date | None):
    form.widgets["full_name"].setText(name)
    form.widgets["birth_date"].setDate(birth)
    form.widgets["sex"].setCurrentIndex(1)
    form.widgets["ethnicity"].setCurrentText("Nùng")
    form.widgets["residence"].setText("thôn Khuổi Pục")
    form.decided.setDate(decided)
    if ceremony:
        form.ceremony_held.setChecked(True)
        form.ceremony.setDate(ceremony)


def test_a_new_member_too_young_is_refused_in_the_form_then_saved(qtbot, page):
    form = MemberForm(TODAY, parent=page)
    qtbot.addWidget(form)
    before = count_members(page.db)
    fill(form, "Nông Thị Vàng Anh", date(2009, 1, 10), date(2026, 10, 1), None)
    assert not page.save_new(form)
    assert "18" in form.error.text() and count_members(page.db) == before
    form.widgets["birth_date"].setDate(date(2000, 1, 10))
    form.ceremony_held.setChecked(True)
    form.ceremony.setDate(date(2026, 10, 20))
    assert page.save_new(form)
    assert count_members(page.db) == before + 1
    qtbot.keyClicks(page.search, "vang anh")
    qtbot.waitUntil(lambda: names(page) == ["Nông Thị Vàng Anh"])
    assert page.model.index(0, 3).data() == "Nùng"
    assert page.model.index(0, 4).data() == "01/10/2026"


def test_the_new_member_button_opens_the_form(qtbot, page, monkeypatch):
    opened = []
    monkeypatch.setattr(MemberForm, "exec", lambda self: opened.append(self) or
                        QDialog.DialogCode.Rejected)
    assert page.new_member() is False
    assert opened and opened[0].windowTitle() == "Đảng viên mới"


def choose_files(monkeypatch, path):
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(path), ""))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))


def test_export_then_import_through_the_dialogs(page, qtbot, tmp_path, monkeypatch):
    target = tmp_path / "out.xlsx"
    choose_files(monkeypatch, target)
    shown = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a: shown.append(a[2]))
    with qtbot.waitSignal(page.work_done, timeout=30_000):
        page.export_file()
    assert target.stat().st_size > 0 and "300" in shown[-1]
    (tmp_path / "other").mkdir()
    empty = register(tmp_path / "other")
    other = MembersPage(empty, TODAY)       # another cell's empty register takes the file
    qtbot.addWidget(other)
    monkeypatch.setattr(QMessageBox, "exec", lambda self: QMessageBox.StandardButton.Ok)
    with qtbot.waitSignal(other.work_done, timeout=30_000):
        other.import_file()                  # the preview
    # The page is not shown, so busy() says nothing: wait for the import's own message,
    # which comes once the worker has committed and the page has taken the result.
    qtbot.waitUntil(lambda: count_members(empty) == 300 and not other.busy()
                    and len(shown) > 1, timeout=60_000)
    assert "300" in shown[-1] and other.model.rowCount() > 0
    empty.close()


def test_a_5000_row_import_keeps_the_window_alive_and_shows_progress(
        qtbot, tmp_path, monkeypatch):
    (tmp_path / "big").mkdir()
    (tmp_path / "new").mkdir()
    big = register(tmp_path / "big", 5000)
    source = tmp_path / "big.csv"
    from partydesk.services.members.spreadsheets import export_register
    export_register(big, source)
    big.close()
    db = register(tmp_path / "new")
    page = MembersPage(db, TODAY)
    qtbot.addWidget(page)
    page.show()
    choose_files(monkeypatch, source)
    monkeypatch.setattr(QMessageBox, "exec", lambda self: QMessageBox.StandardButton.Ok)
    monkeypatch.setattr(QMessageBox, "information", lambda *a: None)
    ticks, bars = [], []
    timer = QTimer(interval=10)
    timer.timeout.connect(lambda: ticks.append(1) or bars.append(
        (page.progress.isVisible(), page.progress.bar.value(), page.progress.bar.maximum())))
    timer.start()
    page.import_file()
    assert page.busy() and not page.buttons[1].isEnabled()
    qtbot.waitUntil(lambda: count_members(db) == 5000 and not page.busy(), timeout=60_000)
    timer.stop()
    assert len(ticks) > 5                         # the event loop kept running
    assert any(visible and 0 < value < maximum for visible, value, maximum in bars)
    assert page.buttons[1].isEnabled() and page.model.rowCount() > 0
    db.close()


def test_a_cancelled_export_leaves_no_file(page, qtbot, tmp_path, monkeypatch):
    target = tmp_path / "cancelled.csv"
    choose_files(monkeypatch, target)
    with qtbot.waitSignal(page.work_done, timeout=30_000):
        page.export_file()
        page.progress.cancel_button.click()          # before the worker's first report
    assert not target.exists() and not list(tmp_path.glob(".*partial"))


def test_the_blank_template_is_written_in_the_background(page, qtbot, tmp_path, monkeypatch):
    target = tmp_path / "mau.xlsx"
    choose_files(monkeypatch, target)
    with qtbot.waitSignal(page.work_done, timeout=30_000):
        page.template_file()
    assert target.stat().st_size > 0


def test_the_flag_filter_shows_only_exempt_members(qtbot, tmp_path):

    db = open_register(tmp_path / "r.sqlite3")
    fill_demo_register(db, 1500, seed=21, as_of=date(2026, 11, 21), meetings_months=0)
    exempt = {r[0] for r in db.execute("SELECT full_name FROM members WHERE exempt = 1")}
    widget = MembersPage(db)
    qtbot.addWidget(widget)
    widget.flag.setCurrentIndex(widget.flag.findData("exempt"))
    shown = {widget.model.index(r, 0).data() for r in range(widget.model.rowCount())}
    assert exempt and shown == exempt
    assert widget.flag.itemText(1) == "Miễn công tác và sinh hoạt đảng"
    db.close()
