"""``partydesk members …`` as a user runs it: separate processes, real files."""

from __future__ import annotations

import csv
import io
import json
from datetime import date

import pytest

from partydesk.services.demo.register import DemoGenerator
from partydesk.services.members.spreadsheets.columns import HEADERS
from partydesk.services.members.spreadsheets.exporter import record_cells
from partydesk.services.members.spreadsheets.workbooks import write_rows
from tests.helpers import run_cli, snapshot

pytestmark = pytest.mark.slow
INIT = ("init", "--role", "cell", "--name", "Chi bộ thôn Đồng Tâm", "--code", "CB01")


@pytest.fixture
def register(data_dir):
    assert run_cli("--data-dir", str(data_dir), *INIT).returncode == 0
    return data_dir


def members(data_dir, *args, env=None):
    return run_cli("--data-dir", str(data_dir), "members", *args, env=env)


def listed(data_dir, *args):
    result = members(data_dir, "list", "--format", "json", *args)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_import_list_search_and_export(register, tmp_path):
    rows = [["Đặng Thị Hường", None, "Nữ", date(1980, 3, 2), "Kinh", "Không"]
            + [None] * 8 + [date(2005, 6, 5), None, date(2006, 7, 10), "01.000001"],
            ["Lò Văn Páo", None, "Nam", "02/03/1970", "Thái", "Không"]
            + [None] * 8 + ["05/06/2024", None, None, None]]
    write_rows(tmp_path / "in.xlsx", HEADERS[:18], rows, {3, 14, 15, 16})
    result = members(register, "import", str(tmp_path / "in.xlsx"), env={"PARTYDESK_LANG": "en"})
    assert result.returncode == 0, result.stderr
    assert "Members imported from in.xlsx: 2." in result.stdout

    everyone = listed(register)
    assert [m["full_name"] for m in everyone] == ["Đặng Thị Hường", "Lò Văn Páo"]
    assert everyone[0] | {"id": None} == {
        "id": None, "full_name": "Đặng Thị Hường", "sex": "female", "birth_date": "1980-03-02",
        "ethnicity": "Kinh", "religion": "Không", "status": "official",
        "admitted_on": "2005-06-05", "ceremony_on": None, "official_on": "2006-07-10",
        "card_number": "01.000001"}
    assert [m["full_name"] for m in listed(register, "--search", "dang huong")] == [
        "Đặng Thị Hường"]
    assert [m["full_name"] for m in listed(register, "--status", "probationary")] == [
        "Lò Văn Páo"]
    table = members(register, "list", "--search", "PAO").stdout.splitlines()
    assert table[0].startswith("Họ và tên") and "Lò Văn Páo" in table[1]
    assert "Dự bị" in table[1] and "02/03/1970" in table[1]
    as_csv = list(csv.DictReader(io.StringIO(members(register, "list", "--format",
                                                     "csv").stdout)))
    assert [r["full_name"] for r in as_csv] == ["Đặng Thị Hường", "Lò Văn Páo"]

    for suffix in (".xlsx", ".csv"):
        out = tmp_path / f"out{suffix}"
        assert members(register, "export", str(out)).returncode == 0
        assert out.stat().st_size > 0
    assert members(register, "template", str(tmp_path / "blank.xlsx")).returncode == 0


def test_a_big_file_with_three_bad_rows_is_refused_row_by_row_and_changes_nothing(
        register, tmp_path):
    generator = DemoGenerator(21, date(2026, 11, 21))
    rows = [record_cells(m) for m, _ in generator.members(5000)]
    bad = {1234: (3, "30/02/1981"), 2500: (0, ""), 4999: (2, "Không rõ")}
    for index, (column, value) in bad.items():
        rows[index][column] = value
    path = tmp_path / "big.xlsx"
    write_rows(path, HEADERS, rows, {3, 14, 15, 16})
    before = snapshot(register)
    result = members(register, "import", str(path), env={"PARTYDESK_LANG": "en"})
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert lines[:3] == [
        'row 1236: Ngày sinh: "30/02/1981" is not a date (write dd/mm/yyyy)',
        "row 2502: Họ và tên is empty",
        'row 5001: Giới tính: "Không rõ" is not a sex (write Nam or Nữ)']
    assert lines[3].startswith("error: 3 rows of big.xlsx have errors; nothing was imported")
    assert len(lines) == 4
    assert snapshot(register) == before
    assert listed(register) == []

    result = members(register, "import", "--only-valid", str(path))
    assert result.returncode == 0, result.stderr
    assert len(listed(register)) == 4997


def test_refusals_change_nothing(register, tmp_path):
    (tmp_path / "notes.txt").write_text("hello")
    (tmp_path / "broken.xlsx").write_bytes(b"not a zip file")
    (tmp_path / "headers.csv").write_text("Tên,Tuổi\nA,3\n", encoding="utf-8")
    before = snapshot(register)
    for name, word in [("notes.txt", ".xlsx"), ("broken.xlsx", "broken.xlsx"),
                       ("headers.csv", "Họ và tên"), ("missing.csv", "missing.csv")]:
        result = members(register, "import", str(tmp_path / name))
        assert result.returncode == 1, result
        assert result.stderr.startswith("error: ") and word in result.stderr
        assert len(result.stderr.strip().splitlines()) == 1
    refused = members(register, "export", str(tmp_path / "no-such-folder" / "out.xlsx"))
    assert refused.returncode == 1 and refused.stderr.startswith("error: ")
    assert snapshot(register) == before


def test_usage_errors_exit_2(register):
    assert members(register, "list", "--status", "king").returncode == 2
    assert members(register, "list", "--format", "pdf").returncode == 2
    assert members(register).returncode == 2
