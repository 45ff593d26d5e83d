"""Settings a committee sets for its cells — dues settings and admission targets — go
down in the next bundle, are checked at the cell and applied in the import's
transaction, and the cell shows they came from the committee."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.bundles.world import EN, cli, copy_dir, ok, query, refused

pytestmark = pytest.mark.slow


@pytest.fixture
def pair(world, tmp_path):
    return (copy_dir(world.imported, tmp_path / "committee"),
            copy_dir(world.cells["CB01"], tmp_path / "CB01"),
            copy_dir(world.cells["CB02"], tmp_path / "CB02"))


def export_to(committee: Path, stick: Path, *cells: str) -> list[Path]:
    stick.mkdir(exist_ok=True)
    args = [a for code in cells for a in ("--cell", code)]
    return [Path(p) for p in ok(cli(committee, "bundle", "export", "--to", str(stick),
                                     *args)).split()]


def test_dues_setting_and_target_reach_the_cell_and_show_their_origin(pair, tmp_path):
    committee, cb01, _ = pair
    ok(cli(committee, "dues", "settings", "dues.other_monthly", "7000", "--from-month",
           "2026-03", "--all"))
    ok(cli(committee, "targets", "set", "--year", "2026", "--cell", "CB01",
           "--admissions", "4"))
    listed = json.loads(ok(cli(committee, "settings", "list", "--format", "json")))
    assert sorted((r["cell_code"], r["key"], r["value"]) for r in listed) == [
        ("CB01", "admissions", 4), ("CB01", "dues.other_monthly", 7000),
        ("CB02", "dues.other_monthly", 7000), ("CB03", "dues.other_monthly", 7000)]
    [bundle] = export_to(committee, tmp_path / "stick", "CB01")
    shown = ok(cli(cb01, "bundle", "import", str(bundle), lang=EN))
    assert "Setting from the committee: dues.other_monthly = 7000 from 2026-03" in shown
    assert query(cb01, "SELECT value, from_month FROM dues_settings") == [(7000, "2026-03")]
    assert query(cb01, "SELECT year, cell_code, admissions FROM admission_targets "
                       "WHERE year = 2026") == [(2026, "", 4)]
    received = json.loads(ok(cli(cb01, "settings", "list", "--format", "json")))
    assert {(r["kind"], r["key"], r["value"], r["since"]) for r in received} == {
        ("dues", "dues.other_monthly", 7000, "2026-03"), ("target", "admissions", 4, "2026")}
    assert all(r["from"] == "Đảng ủy xã Hòa Bình" for r in received)
    assert "Đảng ủy xã Hòa Bình" in ok(cli(cb01, "settings", "list"))
    # a member with neither salary nor pension now owes the committee's amount
    due = json.loads(ok(cli(cb01, "dues", "list", "--month", "2026-03", "--format",
                            "json")))
    assert any(r["due"] == 7000 for r in due), due[:3]
    # the next bundle carries the same settings again: nothing applied twice
    [again] = export_to(committee, tmp_path / "stick", "CB01")
    ok(cli(cb01, "bundle", "import", str(again)))
    assert query(cb01, "SELECT count(*) FROM dues_settings") == [(1,)]
    assert query(cb01, "SELECT count(*) FROM received_settings") == [(2,)]


def test_a_target_set_again_replaces_the_year_at_the_cell(pair, tmp_path):
    committee, cb01, _ = pair
    ok(cli(committee, "targets", "set", "--year", "2026", "--all", "--admissions", "2"))
    [first] = export_to(committee, tmp_path / "stick", "CB01")
    ok(cli(committee, "targets", "set", "--year", "2026", "--cell", "CB01",
           "--admissions", "5"))
    [second] = export_to(committee, tmp_path / "stick", "CB01")
    ok(cli(cb01, "bundle", "import", str(second)))     # the first one was lost
    assert query(cb01, "SELECT admissions FROM admission_targets WHERE year = 2026") == [(5,)]
    refused(cli(cb01, "bundle", "import", str(first)), "")


def test_settings_are_refused_where_they_do_not_belong(pair):
    committee, cb01, _ = pair
    refused(cli(cb01, "dues", "settings", "dues.rounding", "1000", "--from-month", "2026-01",
                "--all", lang=EN), "committee")
    refused(cli(committee, "dues", "settings", "dues.retained_percent", "130",
                "--from-month", "2026-01", "--cell", "CB01"), "130")
    refused(cli(committee, "dues", "settings", "dues.rounding", "1000", "--from-month",
                "2026-01", "--cell", "CB09"), "CB09")
    assert query(committee, "SELECT count(*) FROM committee_dues_settings") == [(0,)]
