"""The dues commands as a user runs them: exact options, JSON keys, one-line refusals,
an all-or-nothing import (also when killed mid-way)."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time

import pytest

from tests.helpers import SRC, run_cli

MONTH = "2026-11"


@pytest.fixture(scope="module")
def cell(tmp_path_factory):
    data = tmp_path_factory.mktemp("dues") / "data"
    assert run_cli("--data-dir", str(data), "init", "--role", "cell", "--name",
                   "Chi bộ thôn Đồng Tâm", "--code", "CB01", "--higher", "Đảng ủy xã Hòa Bình",
                   "--secretary", "Nguyễn Văn An").returncode == 0
    assert run_cli("--data-dir", str(data), "demo", "--members", "30",
                   "--meetings-months", "0").returncode == 0
    return data


def cli(data, *args):
    return run_cli("--data-dir", str(data), "dues", *args, env={"PARTYDESK_LANG": "en"})


def listing(data) -> list[dict]:
    done = cli(data, "list", "--month", MONTH, "--format", "json")
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def ledger_rows(data) -> int:
    import sqlite3

    conn = sqlite3.connect(data / "partydesk.sqlite3")
    try:
        return conn.execute("SELECT count(*) FROM dues_ledger").fetchone()[0]
    finally:
        conn.close()


def test_list_pay_and_report_keep_their_contracts(cell):
    rows = listing(cell)
    assert {"member_id", "full_name", "category", "due", "paid", "balance"} <= set(rows[0])
    member = rows[0]["member_id"]
    assert cli(cell, "basis", member, "--category", "salaried", "--base", "6200000",
               "--from", "2025-01-01").returncode == 0
    done = cli(cell, "pay", member, "--month", MONTH, "--via", "portal", "--ref", "GD123")
    assert done.returncode == 0, done.stderr
    line = next(r for r in listing(cell) if r["member_id"] == member)
    assert (line["due"], line["paid"], line["balance"]) == (62000, 62000, 0)
    report = json.loads(cli(cell, "report", "--month", MONTH, "--format", "json").stdout)
    for key in ("members", "due", "collected", "collected_year_to_date", "retained",
                "remitted", "arrears"):
        assert isinstance(report[key], int)
    assert report["collected"] >= 62000


@pytest.mark.parametrize("args", [
    ("pay", "{m}", "--month", MONTH, "--amount", "-5"),
    ("pay", "{m}", "--month", MONTH, "--amount", "999999999"),
    ("pay", "{m}", "--month", "2099-01"),
    ("pay", "nobody", "--month", MONTH),
    ("pay", "{m}", "--month", "11/2026"),
    ("basis", "{m}", "--category", "salaried", "--from", "2026-01-01"),
    ("exempt", "nobody", "--reason", "x", "--from", "2026-01-01"),
])
def test_bad_input_gets_one_line_and_saves_nothing(cell, args):
    member = listing(cell)[1]["member_id"]
    before = ledger_rows(cell)
    done = cli(cell, *(a.format(m=member) for a in args))
    assert done.returncode == 1
    assert done.stderr.startswith("error: ") and done.stderr.count("\n") == 1
    assert ledger_rows(cell) == before


def sheet(path, rows):
    from openpyxl import Workbook

    book = Workbook()
    book.active.append(["member_id", "full_name", "month", "amount", "via", "ref"])
    for row in rows:
        book.active.append(row)
    book.save(path)
    return path


def test_import_is_all_or_nothing_and_names_bad_rows(cell, tmp_path):
    members = [r["member_id"] for r in listing(cell)][2:8]
    before = ledger_rows(cell)
    bad = sheet(tmp_path / "bad.xlsx", [[m, "", MONTH, 5000, "cash", ""] for m in members]
                + [["nobody", "", MONTH, 5000, "cash", ""], [members[0], "", MONTH, -1, "", ""]])
    done = cli(cell, "import", str(bad))
    assert done.returncode == 1 and "8:" in done.stderr and "9:" in done.stderr
    assert ledger_rows(cell) == before
    (tmp_path / "junk.xlsx").write_bytes(b"not a workbook")
    assert "not a readable" in cli(cell, "import", str(tmp_path / "junk.xlsx")).stderr
    good = sheet(tmp_path / "good.xlsx", [[m, "", MONTH, 5000, "cash", ""] for m in members])
    assert cli(cell, "import", str(good)).returncode == 0
    assert ledger_rows(cell) > before
    # every import is preceded by the automatic backup (issue 14)
    assert any("-before-import" in p.name for p in (cell / "backups").iterdir())


@pytest.mark.slow
@pytest.mark.skipif(os.name != "posix", reason="SIGKILL")
def test_import_killed_inside_its_transaction_saves_nothing(cell, tmp_path):
    members = [r["member_id"] for r in listing(cell)][8:20]
    path = sheet(tmp_path / "month.xlsx", [[m, "", MONTH, 5000, "cash", ""] for m in members])
    before = ledger_rows(cell)
    signal_file = tmp_path / "paused"
    env = {**os.environ, "PYTHONPATH": str(SRC),
           "PARTYDESK_TEST_PAUSE": f"dues-import-in-transaction:{signal_file}"}
    process = subprocess.Popen([sys.executable, "-m", "partydesk", "--data-dir", str(cell),
                                "dues", "import", str(path)], env=env,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 60
        while not signal_file.exists():
            assert process.poll() is None and time.monotonic() < deadline
            time.sleep(0.02)
    finally:
        process.send_signal(signal.SIGKILL)
        process.wait()
    assert ledger_rows(cell) == before
    assert cli(cell, "import", str(path)).returncode == 0
    assert ledger_rows(cell) >= before + len(members)
