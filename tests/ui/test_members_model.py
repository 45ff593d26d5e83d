"""The members table model: keyset pages as the view scrolls, filters, Vietnamese labels."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QCoreApplication, QModelIndex, Qt
from PySide6.QtWidgets import QApplication, QTableView

from partydesk.services.demo.register import fill_demo_register
from partydesk.storage.members.records import count_members
from partydesk.ui.members_model import COLUMNS, MEMBER_ID_ROLE, MembersModel
from partydesk.ui.translation import install_translator


@pytest.fixture
def register(memory_db):
    fill_demo_register(memory_db, 700, seed=8, as_of=date(2026, 11, 21))
    return memory_db


@pytest.fixture
def vietnamese(qapp):
    install_translator(QApplication.instance(), "vi")
    yield
    install_translator(QApplication.instance(), "en")


def test_model_passes_qt_model_tester_through_pages_and_filters(qtmodeltester, register):
    model = MembersModel(register, page_size=50)
    qtmodeltester.check(model)
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    assert model.rowCount() == count_members(register)
    model.set_filter("nguyen th", "official")
    qtmodeltester.check(model)
    assert model.rowCount() > 0


def test_model_reads_one_page_at_a_time_in_name_order(register):
    model = MembersModel(register, page_size=50)
    assert model.rowCount() == 50 and model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 100
    sort_keys = [model._rows[i][1] for i in range(100)]
    assert sort_keys == sorted(sort_keys)


def test_search_is_accent_insensitive_and_status_filtered(register):
    model = MembersModel(register)
    model.set_filter("nguyen", None)
    names = [model.index(r, 0).data() for r in range(model.rowCount())]
    assert names and all("Nguyễn" in n for n in names)
    model.set_filter("", "probationary")
    probationary = QCoreApplication.translate("Member", "Probationary")   # any language
    assert {model.index(r, 7).data() for r in range(model.rowCount())} == {probationary}
    model.set_filter("no such name", None)
    assert model.rowCount() == 0 and not model.canFetchMore(QModelIndex())


def test_columns_speak_vietnamese_with_dates_dd_mm_yyyy(register, vietnamese):
    model = MembersModel(register)
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(len(COLUMNS))]
    assert headers[4] == "Ngày vào\nĐảng"          # long headers on two lines
    assert [h.replace("\n", " ") for h in headers] == [
        "Họ và tên", "Giới tính", "Ngày sinh", "Dân tộc", "Ngày vào Đảng", "Ngày chính thức",
        "Số thẻ đảng viên", "Trạng thái"]
    row = [model.index(0, c).data() for c in range(len(COLUMNS))]
    assert row[1] in ("Nam", "Nữ") and row[7] in ("Chính thức", "Dự bị")
    day, month, year = row[2].split("/")
    assert len(day) == 2 and len(month) == 2 and len(year) == 4
    assert model.index(0, 0).data(MEMBER_ID_ROLE) == model.member_id(0)


def test_a_view_fetches_more_as_it_scrolls(qtbot, register):
    model = MembersModel(register, page_size=40)
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.resize(800, 400)
    view.show()
    for _ in range(5):
        view.scrollToBottom()
        QApplication.processEvents()
    assert 40 < model.rowCount() < count_members(register)
