"""The yearly dues summary as a user gets it: ``dues summary --year`` agrees with the
monthly reports month by month, refuses a year with no dues, and prints a PDF (one
page, figures readable, "Nơi nhận") and an .xlsx; on a committee per cell and in total."""

from __future__ import annotations

import json
import shutil
import subprocess
from datetime import date

import pytest

from partydesk.domain.dues import Month, format_money
from partydesk.services.dues.report import KEYS
from partydesk.services.dues.summary import committee_summary
from tests.helpers import run_cli

YEAR = date.today().year
ADDED = ("due", "collected", "retained", "remitted")


@pytest.fixture(scope="module")
def cell(tmp_path_factory):
    data = tmp_path_factory.mktemp("summary") / "data"
    assert run_cli("--data-dir", str(data), "init", "--role", "cell", "--name",
                   "Chi bộ thôn Đồng Tâm", "--code", "CB01", "--higher", "Đảng ủy xã Hòa Bình",
                   "--secretary", "Nguyễn Văn An").returncode == 0
    assert run_cli("--data-dir", str(data), "demo", "--members", "12",
                   "--meetings-months", "0").returncode == 0
    members = json.loads(cli(data, "list", "--month", f"{YEAR}-01", "--format",
                             "json").stdout)
    for line in members[:5]:                      # some paid in January, some three months
        months = "3" if line is members[0] else "1"
        done = cli(data, "pay", line["member_id"], "--month", f"{YEAR}-01", "--months", months)
        assert done.returncode == 0, done.stderr
    return data


def cli(data, *args):
    return run_cli("--data-dir", str(data), "dues", *args, env={"PARTYDESK_LANG": "en"})


def json_of(data, *args):
    done = cli(data, *args, "--format", "json")
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def test_the_summary_agrees_with_the_monthly_reports(cell):
    summary = json_of(cell, "summary", "--year", str(YEAR))
    assert summary["year"] == YEAR
    months = [Month.parse(m["month"]) for m in summary["months"]]
    assert months[0] == Month(YEAR, 1) and months[-1] == Month.of(date.today())
    monthly = [json_of(cell, "report", "--month", str(m)) for m in months]
    for line, report in zip(summary["months"], monthly, strict=True):
        assert {k: line[k] for k in KEYS} == {k: report[k] for k in KEYS}
    total = summary["total"]
    for key in ADDED:
        assert total[key] == sum(r[key] for r in monthly), key
    for key in ("members", "collected_year_to_date", "arrears"):
        assert total[key] == monthly[-1][key], key
    assert total["collected"] > 0 and total["collected"] == total["collected_year_to_date"]
    assert total["retained"] + total["remitted"] == total["collected"]


@pytest.mark.parametrize("year", ["1800", str(YEAR + 1)])
def test_a_year_without_dues_is_refused_in_one_line(cell, year):
    done = cli(cell, "summary", "--year", year)
    assert done.returncode == 1
    assert done.stderr.startswith("error: ") and done.stderr.count("\n") == 1
    assert year in done.stderr


@pytest.mark.skipif(not shutil.which("qpdf") or not shutil.which("pdftotext"),
                    reason="needs qpdf and poppler-utils")
def test_the_pdf_is_sound_and_shows_the_figures(cell, tmp_path):
    out = tmp_path / "summary.pdf"
    assert cli(cell, "summary", "--year", str(YEAR), "-o", str(out)).returncode == 0
    subprocess.run(["qpdf", "--check", str(out)], check=True, capture_output=True)
    text = subprocess.run(["pdftotext", "-layout", str(out), "-"], check=True,
                          capture_output=True, text=True).stdout
    total = json_of(cell, "summary", "--year", str(YEAR))["total"]
    assert f"tổng hợp thu, nộp đảng phí năm {YEAR}" in text
    for key in ("due", "collected", "arrears"):
        assert format_money(total[key]) in text
    assert "Nơi nhận" in text and "Đảng ủy xã Hòa Bình (để báo cáo)" in text
    assert "Lưu Chi bộ." in text and "Nguyễn Văn An" in text
    pages = subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True).stdout
    assert "Pages:           1" in pages


def test_the_monthly_report_has_its_recipients_too(cell, tmp_path):
    out = tmp_path / "month.pdf"
    assert cli(cell, "report", "--month", f"{YEAR}-01", "-o", str(out)).returncode == 0
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True).stdout
    assert "Nơi nhận" in text and "Lưu Chi bộ." in text


def test_the_xlsx_has_a_line_a_month_and_the_total(cell, tmp_path):
    from openpyxl import load_workbook

    out = tmp_path / "summary.xlsx"
    assert cli(cell, "summary", "--year", str(YEAR), "-o", str(out)).returncode == 0
    summary = json_of(cell, "summary", "--year", str(YEAR))
    rows = list(load_workbook(out).active.iter_rows(values_only=True))
    assert rows[-1][0] == "Cả năm" and rows[-1][2] == summary["total"]["due"]
    assert len([r for r in rows if r[0] and "/" in str(r[0])]) == len(summary["months"])


def test_the_committee_summary_has_each_cell_and_the_total(memory_db):
    rows = []
    for code, members in (("CB01", 3), ("CB02", 2)):
        for m in range(members):
            for month in ("2026-10", "2026-11"):
                rows.append((code, f"c{code}{m}{month}", f"{code}{m}", month, "charge", 5000))
                if m:
                    rows.append((code, f"p{code}{m}{month}", f"{code}{m}", month, "payment",
                                 5000))
    memory_db.conn.executemany("INSERT INTO cell_dues_ledger (cell_code, id, member_id, month, "
                               "kind, amount) VALUES (?,?,?,?,?,?)", rows)
    summary = committee_summary(memory_db, 2026, date(2026, 11, 20))
    cells = {c["code"]: c for c in summary["cells"]}
    assert [m["month"] for m in cells["CB01"]["months"]] == ["2026-10", "2026-11"]
    assert (cells["CB01"]["due"], cells["CB01"]["collected"], cells["CB01"]["arrears"]) == (
        30000, 20000, 10000)
    assert cells["CB01"]["members"] == 3 and cells["CB02"]["due"] == 20000
    assert summary["total"]["due"] == 50000 and summary["total"]["arrears"] == 20000
    assert set(summary["total"]) == set(KEYS)
