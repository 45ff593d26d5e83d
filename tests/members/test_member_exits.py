"""The member book's exit columns: each exit becomes a dated event, so history and
status agree; an exit status without its date is refused, naming row and column."""

from __future__ import annotations

import csv
import json
from datetime import date

import pytest

from partydesk.i18n import render
from partydesk.services.demo.register import fill_demo_register
from partydesk.services.members.lifecycle import timeline
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
from tests.helpers import run_cli

TODAY = date(2026, 11, 21)
EXIT_HEADERS = ["Ngày chuyển đi", "Nơi chuyển đến", "Ngày từ trần", "Ngày ra khỏi Đảng",
                "Hình thức ra khỏi Đảng"]
HEADER = ("Họ và tên;Giới tính;Ngày sinh;Dân tộc;Tôn giáo;Ngày vào Đảng;"
          "Ngày làm lễ kết nạp;Ngày chính thức;Số thẻ đảng viên;Trạng thái;"
          + ";".join(EXIT_HEADERS))
BASE = "Lò Văn Páo;Nam;02/03/1975;Thái;Không;05/06/2000;20/06/2000;25/06/2001;22.000001"
DEAD = f"{BASE};Đã từ trần;;;03/04/2020;;"
DEAD_WITHOUT_DATE = f"{BASE};Đã từ trần;;;;;"


def sheet(tmp_path, *rows, name="m.csv"):
    path = tmp_path / name
    path.write_text("\n".join([HEADER, *rows]) + "\n", encoding="utf-8")
    return path


def reasons(checked, language="en"):
    return {e.row: "; ".join(render(r, language) for r in e.reasons) for e in checked.errors}


def test_template_and_export_carry_the_exit_columns(tmp_path):
    write_template(tmp_path / "t.csv")
    [header] = list(csv.reader((tmp_path / "t.csv").read_text("utf-8-sig").splitlines()))
    assert header == HEADERS and all(h in header for h in EXIT_HEADERS)


def test_a_deceased_row_gives_a_history_ending_in_death_and_no_action(memory_db, tmp_path):
    checked = preview(memory_db, sheet(tmp_path, DEAD), as_of=TODAY)
    assert checked.ok, reasons(checked)
    assert apply(memory_db, checked, as_of=TODAY) == 1
    member = next(all_members(memory_db))
    assert member.status.value == "deceased" and member.official_on == date(2001, 6, 25)
    line = timeline(memory_db, member.id, TODAY)
    assert [e.kind.value for e in line.events][-1] == "death"
    assert line.events[-1].on == date(2020, 4, 3)
    assert line.state.status.value == "deceased" and line.actions == []


def test_an_exit_status_without_its_date_is_refused_naming_row_and_column(
        memory_db, tmp_path):
    checked = preview(memory_db, sheet(tmp_path, DEAD.replace("Páo", "Ún"),
                                       DEAD_WITHOUT_DATE), as_of=TODAY)
    assert list(reasons(checked)) == [3]
    assert "Ngày từ trần" in reasons(checked)[3] and "Đã từ trần" in reasons(checked)[3]
    assert "Ngày từ trần" in reasons(checked, "vi")[3]
    with pytest.raises(ImportRefused):
        apply(memory_db, checked, as_of=TODAY)
    assert count_members(memory_db) == 0


@pytest.mark.parametrize(("status", "columns", "kind", "form"), [
    ("Đã chuyển sinh hoạt đi", "01/02/2021;xã Nà Nhạn, tỉnh Điện Biên;;;",
     "transfer_out_official", None),
    ("Đã xóa tên", ";;;01/02/2021;xóa tên", "removal", "xóa tên"),
    ("Bị khai trừ", ";;;01/02/2021;khai trừ", "expulsion", "khai trừ"),
    ("Đã ra khỏi Đảng", ";;;01/02/2021;xin ra", "left_party", "xin ra"),
    ("", ";;;01/02/2021;xin ra", "left_party", "xin ra"),     # the status follows
])
def test_each_exit_becomes_its_event_and_exports_back(memory_db, tmp_path, status,
                                                      columns, kind, form):
    checked = preview(memory_db, sheet(tmp_path, f"{BASE};{status};{columns}"), as_of=TODAY)
    assert checked.ok, reasons(checked)
    apply(memory_db, checked, as_of=TODAY)
    member = next(all_members(memory_db))
    events = timeline(memory_db, member.id, TODAY).events
    assert events[-1].kind.value == kind and events[-1].on == date(2021, 2, 1)
    export_register(memory_db, tmp_path / "out.csv")
    rows = list(csv.reader((tmp_path / "out.csv").read_text("utf-8-sig").splitlines()))
    exported = dict(zip(HEADERS, rows[1], strict=True))
    if kind == "transfer_out_official":
        assert exported["Ngày chuyển đi"] == "01/02/2021"
        assert exported["Nơi chuyển đến"] == "xã Nà Nhạn, tỉnh Điện Biên"
    else:
        assert exported["Ngày ra khỏi Đảng"] == "01/02/2021"
        assert exported["Hình thức ra khỏi Đảng"] == form


def test_status_and_dates_must_agree(memory_db, tmp_path):
    checked = preview(memory_db, sheet(
        tmp_path, f"{BASE};Dự bị;;;;;",                      # converted, says probationary
        f"{BASE.replace('22.000001', '')};Đã xóa tên;;;;01/02/2021;;",   # form from status
        f"{BASE.replace('22.000001', '22.000002')};;;;;01/02/2021;;",    # no form at all
        f"{BASE.replace('22.000001', '22.000003')};;;;03/04/2000;;",     # died before joining
    ), as_of=TODAY)
    found = reasons(checked)
    assert sorted(found) == [2, 4, 5]
    assert "Trạng thái" in found[2] and "Chính thức" in found[2]
    assert "Hình thức ra khỏi Đảng is empty" in found[4]
    assert "before" in found[5]


def test_export_then_import_keeps_every_exit(memory_db, tmp_path):
    from partydesk.storage.database import open_memory_database

    fill_demo_register(memory_db, 1200, seed=4, as_of=TODAY, meetings_months=0)
    export_register(memory_db, tmp_path / "all.xlsx")
    copy = open_memory_database()
    checked = preview(copy, tmp_path / "all.xlsx", as_of=TODAY)
    assert checked.ok, reasons(checked)
    apply(copy, checked, as_of=TODAY)

    def statuses(db):
        return sorted(db.execute("SELECT full_name, birth_date, status FROM members"))
    assert statuses(copy) == statuses(memory_db)
    assert {s for _, _, s in statuses(copy)} >= {"official", "deceased", "transferred_out"}


def cli(data, *args):
    return run_cli("--data-dir", str(data), *args)


def test_as_a_new_user_on_the_command_line(tmp_path):
    data = tmp_path / "data"
    assert cli(data, "init", "--role", "cell", "--name", "Chi bộ Nà Sản",
               "--code", "NS").returncode == 0
    refused = cli(data, "members", "import", str(sheet(tmp_path, DEAD_WITHOUT_DATE)))
    assert refused.returncode == 1
    assert "2" in refused.stderr and "Ngày từ trần" in refused.stderr
    assert json.loads(cli(data, "members", "list", "--format", "json").stdout) == []
    assert cli(data, "members", "import", str(sheet(tmp_path, DEAD))).returncode == 0
    [member] = json.loads(cli(data, "members", "list", "--format", "json").stdout)
    shown = json.loads(cli(data, "members", "show", member["id"], "--format",
                           "json").stdout)
    assert shown["status"] == "deceased" and shown["full_name"] == "Lò Văn Páo"
    assert [e["kind"] for e in shown["events"]] == [
        "admission_decision", "admission_ceremony", "conversion_official", "death"]
    assert shown["events"][-1]["date"] == "2020-04-03" and shown["actions"] == []
