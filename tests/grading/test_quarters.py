"""A quarter's grading round, where the committee asks for one, is kept apart from the
year's: ``--quarter N`` on ``grading set``, ``grading list`` and ``report grading``;
without it everything is the yearly round as before."""

from __future__ import annotations

import json
import subprocess

import pytest

from tests.bundles.world import cli, ok
from tests.reports.registers import build_cell, make_cell


@pytest.fixture(scope="module")
def cell_dir(tmp_path_factory):
    root = tmp_path_factory.mktemp("quarters")
    cell = make_cell("CB01", "Chi bộ thôn Đồng Tâm", 14, 3, 1)
    build_cell(root / "CB01", cell, None)
    return root / "CB01"


def _json(data_dir, *args):
    return json.loads(ok(cli(data_dir, *args, "--format", "json")))


def _someone_not_outstanding(cell_dir) -> dict:
    rows = _json(cell_dir, "grading", "list", "--year", "2026")
    return next(r for r in rows if r["level"] != "outstanding")


def test_a_quarterly_grading_counts_in_its_quarter_and_not_in_the_year(cell_dir):
    yearly = _json(cell_dir, "report", "grading", "--year", "2026")
    listed = _json(cell_dir, "grading", "list", "--year", "2026")
    member = _someone_not_outstanding(cell_dir)
    ok(cli(cell_dir, "grading", "set", member["member_id"], "--year", "2026", "--quarter",
           "2", "--level", "outstanding", "--score", "95"))

    after = _json(cell_dir, "report", "grading", "--year", "2026")
    assert after["grading"] == yearly["grading"]
    assert after["round"] == yearly["round"]
    assert after["members"] == yearly["members"] and after["quarter"] is None
    assert _json(cell_dir, "grading", "list", "--year", "2026") == listed

    quarter = _json(cell_dir, "report", "grading", "--year", "2026", "--quarter", "2")
    assert quarter["quarter"] == 2
    assert [(m["member_id"], m["level"], m["stage"]) for m in quarter["members"]] == [
        (member["member_id"], "outstanding", "committee")]
    assert quarter["grading"]["outstanding"]["count"] == 1
    assert quarter["round"]["graded"] == 1
    rows = _json(cell_dir, "grading", "list", "--year", "2026", "--quarter", "2")
    assert [(r["member_id"], r["level"]) for r in rows] == [(member["member_id"],
                                                             "outstanding")]
    assert _json(cell_dir, "report", "grading", "--year", "2026", "--quarter", "1")[
        "members"] == []


def test_the_quarters_report_prints_with_the_quarter_named(cell_dir, tmp_path):
    out = tmp_path / "q2.pdf"
    ok(cli(cell_dir, "report", "grading", "--year", "2026", "--quarter", "2", "-o",
           str(out)))
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert "quý 2 năm 2026" in " ".join(text.split())


def test_a_quarter_must_be_one_to_four(cell_dir):
    member = _someone_not_outstanding(cell_dir)
    bad = cli(cell_dir, "grading", "set", member["member_id"], "--year", "2026",
              "--quarter", "5", "--level", "good")
    assert bad.returncode == 2
