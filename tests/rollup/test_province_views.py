"""The province's views at scale (issue 15 item 4): statistics counted once and kept
until a cell's partition is written, equal to a fresh count and to the committee's
own report per cell; the consolidated register paged by keyset (``--after``) the
same as by page number."""

from __future__ import annotations

import json
from datetime import date

import pytest

from partydesk.domain.vietnamese import fold
from partydesk.domain.vnnumbers import thousands
from partydesk.paths import resolve_paths
from partydesk.services.reports.statistics import statistics
from partydesk.services.rollup.views import grading_by_commune, statistics_by_commune
from partydesk.services.setup.installation import Installation
from partydesk.storage.partition_store import replace_cell_partition
from tests.bundles.world import cli, copy_dir, ok, refused

AS_OF = date(2026, 12, 31)
COMPARED = ("members", "members_at_start", "by_sex", "by_age_group", "by_party_age",
            "by_ethnicity", "by_education", "by_theory_level", "movements", "grading")


@pytest.fixture
def opened(province, tmp_path):
    installation = Installation.acquire(resolve_paths(copy_dir(province.pinned,
                                                               tmp_path / "p")))
    installation.open_register()
    yield installation
    installation.release()


def kept(db) -> int:
    """How many questions are kept."""
    return db.execute("SELECT count(*) FROM statistics_counts_kept "
                      "WHERE cell_code = ''").fetchone()[0]


def to_count_again(db) -> list[tuple]:
    return db.execute("SELECT basis, cell_code FROM statistics_counts_kept "
                      "WHERE counts IS NULL").fetchall()


def test_kept_statistics_equal_a_fresh_count_and_the_committee_report(opened):
    db, organisation = opened.db, opened.organisation
    db.execute("DELETE FROM statistics_counts_kept")     # as before any import
    counted = statistics_by_commune(db, organisation, AS_OF)
    assert kept(db) == 1
    assert statistics_by_commune(db, organisation, AS_OF) == counted       # from the kept
    db.execute("DELETE FROM statistics_counts_kept")
    assert statistics_by_commune(db, organisation, AS_OF) == counted       # counted again
    assert counted["members"] > 0
    # each cell's figures are the committee statistics report's for that cell
    report = {c["code"]: c for c in statistics(db, organisation, AS_OF)["cells"]}
    for commune in counted["communes"]:
        for cell in commune["cells"]:
            expected = report[f"{commune['code']}/{cell['code']}"]
            assert {k: cell[k] for k in COMPARED} == {k: expected[k] for k in COMPARED}
    grading = grading_by_commune(db, organisation, 2026)
    assert [c["members_total"] for c in grading["communes"]] == [
        c["members"] for c in counted["communes"]]


def test_an_import_counts_the_years_statistics_ahead(opened, tmp_path):
    """The province imported its roll-ups through the CLI: the question its views ask
    first (31 December of this year) is already counted, every cell of it, and what
    is kept is what a fresh count gives."""
    db, organisation = opened.db, opened.organisation
    year_end = date(date.today().year, 12, 31)
    assert kept(db) == 1 and to_count_again(db) == []
    ahead = statistics_by_commune(db, organisation, year_end)
    assert kept(db) == 1                                   # read, not counted again
    db.execute("DELETE FROM statistics_counts_kept")
    assert statistics_by_commune(db, organisation, year_end) == ahead
    assert ahead["members"] > 0


def test_writing_a_cells_partition_forgets_the_kept_counts(opened):
    db, organisation = opened.db, opened.organisation
    db.execute("DELETE FROM statistics_counts_kept")     # only this test's questions
    before = statistics_by_commune(db, organisation, AS_OF)
    statistics_by_commune(db, organisation, date(2026, 6, 30))
    assert kept(db) == 2
    commune = before["communes"][0]
    gone = commune["cells"][0]
    held_as = f"{commune['code']}/{gone['code']}"
    with db.atomic():
        replace_cell_partition(db, held_as, {})
    assert kept(db) == 2                     # both questions: that cell is counted again
    assert sorted(cell for _, cell in to_count_again(db)) == [held_as, held_as]
    after = statistics_by_commune(db, organisation, AS_OF)
    assert after["members"] == before["members"] - gone["members"] > 0
    assert after["communes"][0]["cells"][0]["members"] == 0
    assert len(to_count_again(db)) == 1      # the other question still to count it
    db.execute("DELETE FROM statistics_counts_kept")
    assert statistics_by_commune(db, organisation, AS_OF) == after   # = counted afresh


def test_register_pages_by_key_as_by_number(province):
    def page(*extra: str) -> dict:
        return json.loads(ok(cli(province.pinned, "province", "members", "--per-page", "7",
                                 "--format", "json", *extra)))

    by_number, by_key = [page()], [page()]
    while by_number[-1]["more"]:
        by_number.append(page("--page", str(len(by_number) + 1)))
    while by_key[-1]["more"]:
        assert by_key[-1]["next"]
        by_key.append(page("--after", by_key[-1]["next"]))
    assert by_key[-1]["next"] is None
    assert [m["id"] for p in by_key for m in p["members"]] == [
        m["id"] for p in by_number for m in p["members"]]
    assert len(by_key) > 2
    searched = json.loads(ok(cli(province.pinned, "province", "members", "--search",
                                 "nguyen", "--per-page", "2", "--format", "json")))
    following = json.loads(ok(cli(province.pinned, "province", "members", "--search",
                                  "nguyen", "--per-page", "2", "--after", searched["next"],
                                  "--format", "json")))
    assert searched["members"] and following["members"]
    for member in searched["members"] + following["members"]:
        assert any(word.startswith("nguyen") for word in fold(member["full_name"]).split())
    assert refused(cli(province.pinned, "province", "members", "--after", "not-a-key"))


def test_the_app_groups_the_province_by_commune(qtbot, opened):
    from partydesk.ui.province_page import STATE_COLUMN, ProvincePage

    opened.db.execute("UPDATE rollup_cells SET created_at = '2000-01-01T00:00:00+00:00' "
                      "WHERE commune_code = 'DUX3' AND cell_code = 'CB02'")
    page = ProvincePage(opened, date.today())
    qtbot.addWidget(page)
    tree = page.communes
    assert [tree.topLevelItem(i).text(0) for i in range(tree.topLevelItemCount())] == [
        "DUX1", "DUX2", "DUX3"]
    late = tree.topLevelItem(2).child(1)
    assert late.text(0) == "CB02" and late.text(STATE_COLUMN) == "Overdue"
    assert late.foreground(STATE_COLUMN).color().name() == "#b00020"
    assert tree.topLevelItem(0).child(0).text(STATE_COLUMN) == "Up to date"
    assert "1 cell(s) not reported." in page.summary.text()   # no translator here

    qtbot.waitUntil(lambda: page.figures.topLevelItemCount() == 1, timeout=30000)
    total = page.figures.topLevelItem(0)
    counted = statistics_by_commune(opened.db, opened.organisation,
                                    date(date.today().year, 12, 31))
    assert total.text(2) == thousands(counted["members"]) and total.childCount() == 3
    assert [total.child(i).text(2) for i in range(3)] == [
        thousands(c["members"]) for c in counted["communes"]]
    assert page.grades.topLevelItem(0).childCount() == 3

    register = page.register
    register.cell.setCurrentIndex(register.cell.findData("DUX2"))
    model = register.model
    assert model.rowCount() > 0
    assert {model.member(r)["cell_code"].split("/")[0] for r in range(model.rowCount())} == {
        "DUX2"}
