"""Gradings from a spreadsheet, as a secretary fills one: members named by card or,
where there is none, by full name and birth date (written 26/02/1935 or 1935-02-26);
all or nothing, each bad row named with its column."""

from __future__ import annotations

import csv

import pytest

from partydesk.domain.errors import PartyDeskError
from partydesk.domain.organisation import Organisation, Role
from partydesk.services.grading.spreadsheet import import_gradings
from partydesk.services.reports.grading_report import grading_report
from tests.meetings.registers import fill_register

CELL = Organisation(id="o", role=Role.CELL, name="Chi bộ thôn Đồng Tâm", code="CB01")
HEADER = ["Số thẻ đảng viên", "Họ và tên", "Ngày sinh", "Năm", "Xếp loại", "Điểm"]


@pytest.fixture
def register(memory_db):
    ids = fill_register(memory_db)          # born 1 January 1980, no card numbers
    return memory_db, ids


def _sheet(path, rows):
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(HEADER)
        writer.writerows(rows)
    return path


def _levels(db, year):
    return {m["full_name"]: (m["level"], m["score"])
            for m in grading_report(db, CELL, year)["members"]}


def test_members_without_a_card_are_found_by_name_and_birth_date(register, tmp_path):
    db, _ = register
    sheet = _sheet(tmp_path / "xl.csv", [
        ["", "Nguyễn Văn Chính 01", "01/01/1980", "2026", "Hoàn thành tốt nhiệm vụ", "82"],
        ["", "nguyen van chinh 02", "1980-01-01", "2026", "Hoàn thành xuất sắc nhiệm vụ",
         ""]])
    assert import_gradings(db, CELL, sheet) == 2
    levels = _levels(db, 2026)
    assert levels["Nguyễn Văn Chính 01"] == ("good", 82)
    assert levels["Nguyễn Văn Chính 02"] == ("outstanding", None)


@pytest.mark.parametrize(("row", "named"), [
    (["", "Nguyễn Văn Chính 03", "01/01/1980", "1990", "Hoàn thành tốt nhiệm vụ", ""],
     "3: Năm"),
    (["", "Nguyễn Văn Chính 03", "01/01/1980", "2026", "Hoàn thành tốt nhiệm vụ", "30"],
     "3: Điểm"),
    (["", "Nguyễn Văn Chính 03", "01/01/1980", "2026", "Xuất sắc lắm", ""], "3: Xếp loại"),
    (["", "Nguyễn Văn Chính 03", "01/01/1980", "", "Hoàn thành tốt nhiệm vụ", ""],
     "3: Năm"),
    (["", "Nguyễn Văn Chính 03", "02/01/1980", "2026", "Hoàn thành tốt nhiệm vụ", ""],
     "3: Họ và tên"),
])
def test_one_bad_row_refuses_the_whole_file_naming_it(register, tmp_path, row, named):
    db, _ = register
    good = ["", "Nguyễn Văn Chính 01", "01/01/1980", "2026", "Hoàn thành tốt nhiệm vụ", ""]
    sheet = _sheet(tmp_path / "xl.csv", [good, row])
    with pytest.raises(PartyDeskError) as refused:
        import_gradings(db, CELL, sheet)
    assert named in str(refused.value) and "1 " in str(refused.value)
    assert _levels(db, 2026) == {}
