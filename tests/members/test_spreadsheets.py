"""Member spreadsheets: preview with row numbers, all-or-nothing apply, exact round trip."""

from __future__ import annotations

import csv
import os
import shutil
import subprocess
import sys
from dataclasses import fields
from datetime import date

import pytest

from partydesk.domain.member import MemberRecord, MemberStatus
from partydesk.i18n import render
from partydesk.services.demo.register import fill_demo_register
from partydesk.services.members.spreadsheets import (
    ImportRefused,
    apply,
    export_register,
    preview,
    write_template,
)
from partydesk.services.members.spreadsheets.columns import HEADERS
from partydesk.storage.members.records import count_members
from partydesk.storage.members.search import all_members
from tests.helpers import SRC

HEADER = "STT;Họ và tên;Giới tính;Ngày sinh;Dân tộc;Tôn giáo;Ngày vào Đảng;Ngày chính thức;" \
         "Số thẻ đảng viên"
GOOD = ["1;Lò Văn Páo;Nam;02/03/1980;Thái;Không;05/06/2005;10/07/2006;22.000001",
        "2;Hà Thị Mỷ;Nữ;2/3/1990;Thái;Không;5/6/2015;;"]


def write_csv(path, lines, header=HEADER):
    path.write_text("\n".join([header, *lines]) + "\n", encoding="utf-8")
    return path


def reasons(checked, language="en"):
    return {e.row: "; ".join(render(r, language) for r in e.reasons) for e in checked.errors}


def test_good_rows_import_with_their_events(memory_db, tmp_path):
    checked = preview(memory_db, write_csv(tmp_path / "m.csv", GOOD))
    assert checked.ok and [r.row for r in checked.valid] == [2, 3]
    assert apply(memory_db, checked) == 2
    members = {m.full_name: m for m in all_members(memory_db)}
    pao, my = members["Lò Văn Páo"], members["Hà Thị Mỷ"]
    assert pao.status is MemberStatus.OFFICIAL and pao.official_on == date(2006, 7, 10)
    assert my.status is MemberStatus.PROBATIONARY and my.birth_date == date(1990, 3, 2)
    kinds = memory_db.execute("SELECT m.full_name, e.kind, e.occurred_on FROM member_events e "
                              "JOIN members m ON m.id = e.member_id ORDER BY 1, 3").fetchall()
    assert kinds == [("Hà Thị Mỷ", "admission_decision", "2015-06-05"),
                     ("Lò Văn Páo", "admission_decision", "2005-06-05"),
                     ("Lò Văn Páo", "conversion_official", "2006-07-10")]


def test_every_bad_row_is_reported_with_its_row_number_and_nothing_is_imported(
        memory_db, tmp_path):
    fill_demo_register(memory_db, 5, seed=1, as_of=date(2026, 1, 1))
    taken = next(m.card_number for m in all_members(memory_db) if m.card_number)
    path = write_csv(tmp_path / "m.csv", [
        *GOOD,
        "3;;Nữ;02/03/1980;Kinh;Không;05/06/2005;;",
        "4;Vi Văn Ún;X;31/02/1980;Thái;Không;05/06/2005;;",
        "",
        "6;Cầm Thị Lả;Nữ;01/01/1999;Thái;Không;05/06/2010;;",
        "7;Cầm Văn Lử;Nam;01/01/1970;Thái;Không;05/06/2010;01/01/2009;22.000001",
        f"8;Lường Văn Dìn;Nam;01/01/1970;Thái;Không;05/06/2010;01/07/2011;{taken}",
    ])
    checked = preview(memory_db, path)
    found = reasons(checked)
    assert sorted(found) == [4, 5, 7, 8, 9]      # the header is row 1; row 6 is blank
    assert "Họ và tên is empty" in found[4]
    assert '"X" is not a sex' in found[5] and '"31/02/1980" is not a date' in found[5]
    assert "admitted under 18" in found[7]
    assert "before the admission date" in found[8] and "also on row 2" in found[8]
    assert "already belongs to a member" in found[9]
    assert "dòng" not in reasons(checked, "vi")[4] and "thiếu Họ và tên" in reasons(
        checked, "vi")[4]
    with pytest.raises(ImportRefused):
        apply(memory_db, checked)
    assert count_members(memory_db) == 5
    assert apply(memory_db, checked, only_valid=True) == 2
    assert count_members(memory_db) == 7


def test_headers_match_without_case_accents_or_spacing_and_xlsx_rows_count_from_one(
        memory_db, tmp_path):
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(["DANH SÁCH ĐẢNG VIÊN"])
    sheet.append([])
    sheet.append(["ho va ten", "GIOI TINH", "ngày  sinh", "Dan toc", "ton giao",
                  "Ngày kết nạp", "ngay chinh thuc", "so the dang vien", "Quê quán"])
    sheet.append(["Giàng A Páo", "Nam", date(1980, 3, 2), "H'Mông", "Không",
                  "05/06/2005", None, None, "Hà Giang"])
    sheet.append(["Sùng Thị Mỷ", "Nữ", "bad", "H'Mông", "Không", "05/06/2005"])
    book.save(tmp_path / "m.xlsx")
    checked = preview(memory_db, tmp_path / "m.xlsx")
    assert [r.record.home_town for r in checked.valid] == ["Hà Giang"]
    assert list(reasons(checked)) == [5]


def test_a_file_without_the_headers_is_refused(memory_db, tmp_path):
    path = write_csv(tmp_path / "m.csv", GOOD, header="Tên;Tuổi")
    with pytest.raises(ImportRefused) as refused:
        preview(memory_db, path)
    assert "Họ và tên" in str(refused.value)


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_export_then_import_reproduces_the_register_field_by_field(
        memory_db, tmp_path, suffix):
    from partydesk.storage.database import open_memory_database

    fill_demo_register(memory_db, 400, seed=9, as_of=date(2026, 11, 21))
    path = tmp_path / f"register{suffix}"
    assert export_register(memory_db, path) == 400
    copy = open_memory_database()
    checked = preview(copy, path)
    assert checked.ok, reasons(checked)
    apply(copy, checked)
    names = [f.name for f in fields(MemberRecord) if f.name != "id"]

    def by_content(db):      # namesakes keep no fixed order between registers: ids differ
        return sorted((tuple(str(getattr(m, n)) for n in names), m)
                      for m in all_members(db))
    before, after = by_content(memory_db), by_content(copy)
    assert len(before) == len(after) == 400
    for (_, old), (_, new) in zip(before, after, strict=True):
        for name in names:
            assert getattr(old, name) == getattr(new, name), (name, old.full_name)
    copy.close()


def test_csv_is_utf8_with_bom_and_template_has_only_headers(tmp_path):
    write_template(tmp_path / "t.csv")
    raw = (tmp_path / "t.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    assert next(csv.reader([raw.decode("utf-8-sig").splitlines()[0]])) == HEADERS
    assert len(raw.decode("utf-8-sig").splitlines()) == 1


def test_libreoffice_reads_every_vietnamese_character_of_an_exported_xlsx(
        memory_db, tmp_path):
    office = shutil.which("libreoffice") or shutil.which("soffice")
    if office is None:
        pytest.skip("LibreOffice is not installed (apt-get install libreoffice-calc-nogui)")
    fill_demo_register(memory_db, 300, seed=5, as_of=date(2026, 11, 21))
    export_register(memory_db, tmp_path / "register.xlsx")
    subprocess.run([office, "--headless", f"-env:UserInstallation=file://{tmp_path}/lo",
                    "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76",
                    "--outdir", str(tmp_path / "out"), str(tmp_path / "register.xlsx")],
                   check=True, capture_output=True, timeout=180)
    rows = list(csv.reader((tmp_path / "out" / "register.csv").read_text("utf-8")
                           .splitlines()))
    assert rows[0] == HEADERS
    members = list(all_members(memory_db))
    assert [r[0] for r in rows[1:]] == [m.full_name for m in members]
    assert [r[3] for r in rows[1:]] == [m.birth_date.strftime("%d/%m/%Y") for m in members]
    assert [r[6] for r in rows[1:]] == [m.home_town for m in members]


def test_openpyxl_loads_only_when_a_workbook_is_touched():
    code = ("import sys, partydesk.services.members.spreadsheets, partydesk.cli.parser; "
            "print('openpyxl' in sys.modules)")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            env={**os.environ, "PYTHONPATH": str(SRC)}, check=True)
    assert result.stdout.strip() == "False"


class Stop(Exception):
    pass


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_progress_is_reported_and_stopping_it_changes_nothing(memory_db, tmp_path, suffix):
    from partydesk.storage.database import open_memory_database

    fill_demo_register(memory_db, 450, seed=3, as_of=date(2026, 11, 21))
    target = tmp_path / f"out{suffix}"
    heard = []
    assert export_register(memory_db, target, lambda d, t: heard.append(("export", d, t))) == 450
    assert heard[-1] == ("export", 400, 450)
    fresh = open_memory_database()                 # another cell's empty register
    checked = preview(fresh, target, progress=lambda d, t: heard.append(("read", d, t)))
    assert checked.ok
    reads = [(d, t) for kind, d, t in heard if kind == "read"]
    # Rows with the header; a workbook written without its dimension does not say.
    assert [d for d, _ in reads] == [100, 200, 300, 400]
    assert {t for _, t in reads} == ({451} if suffix == ".csv" else {0})

    def stop(done, total):
        raise Stop

    with pytest.raises(Stop):
        apply(fresh, checked, progress=stop)
    assert count_members(fresh) == 0
    applied = []
    assert apply(fresh, checked, progress=lambda d, t: applied.append((d, t))) == 450
    assert applied == [(450, 450)]
    with pytest.raises(Stop):
        export_register(fresh, tmp_path / f"stopped{suffix}", stop)
    assert not (tmp_path / f"stopped{suffix}").exists()
    assert not list(tmp_path.glob(".*.partial"))
