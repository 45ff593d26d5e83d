"""The members page: search as you type, status filter, export and import through dialogs."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from partydesk.services.demo import fill_demo_register
from partydesk.storage.database import open_memory_database
from partydesk.storage.member_store import count_members
from partydesk.ui.members_page import MembersPage


@pytest.fixture
def page(qtbot, memory_db):
    fill_demo_register(memory_db, 300, seed=6, as_of=date(2026, 11, 21))
    widget = MembersPage(memory_db)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def names(page):
    return [page.model.index(r, 0).data() for r in range(page.model.rowCount())]


def test_typing_searches_without_accents_and_the_status_filters(qtbot, page):
    qtbot.keyClicks(page.search, "nguyen")
    qtbot.waitUntil(lambda: names(page) and all("Nguyễn" in n for n in names(page)))
    page.status.setCurrentIndex(page.status.findData("probationary"))
    statuses = {page.model.index(r, 7).data() for r in range(page.model.rowCount())}
    assert len(statuses) <= 1


def test_export_then_import_through_the_dialogs(page, qtbot, tmp_path, monkeypatch):
    target = tmp_path / "out.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    page.export_file()
    assert target.stat().st_size > 0
    empty = open_memory_database()
    page = MembersPage(empty)           # another cell's empty register takes the file
    qtbot.addWidget(page)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(target), ""))
    monkeypatch.setattr(QMessageBox, "exec", lambda self: QMessageBox.StandardButton.Ok)
    shown = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a: shown.append(a[2]))
    page.import_file()
    assert count_members(page.db) == 300 and shown and "300" in shown[0]
    assert page.model.rowCount() > 0
