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


def test_a_year_before_the_rules_held_is_refused_in_one_clear_sentence(register):
    """2022 is before Quy định 124 (2023), the earliest regulation held: grading it, or
    reporting on it, is refused plainly (it was an 'unexpected error'), nothing saved."""
    from partydesk.services.grading import rounds

    db, ids = register
    member = ids["Nguyễn Văn Chính 01"]
    for attempt in (lambda: rounds.set_grading(db, CELL, member, 2022, "good"),
                    lambda: rounds.check_round(db, CELL, 2022),
                    lambda: grading_report(db, CELL, 2022)):
        with pytest.raises(PartyDeskError) as refused:
            attempt()
        assert "2022" in str(refused.value)
    assert _levels(db, 2026) == {}


def test_2024_is_graded_and_reported_by_quy_dinh_124(register):
    """Quy định 124 (2023-2025) has the four levels and the 20 % limit but no 100-point
    scale: a score is kept as given."""
    from partydesk.services.grading import rounds

    db, ids = register
    rounds.set_grading(db, CELL, ids["Nguyễn Văn Chính 01"], 2024, "good", 68)
    rounds.set_grading(db, CELL, ids["Nguyễn Văn Chính 02"], 2024, "outstanding")
    report = grading_report(db, CELL, 2024)
    assert _levels(db, 2024) == {"Nguyễn Văn Chính 01": ("good", 68),
                                 "Nguyễn Văn Chính 02": ("outstanding", None)}
    assert report["round"]["limit"]["breached"]          # 1 outstanding, 0 allowed of 1 good
