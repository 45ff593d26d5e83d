"""The grading page, the year-end reports on the reports page, and the overview charts."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QDialog, QMessageBox

from partydesk.services.grading import rounds
from partydesk.ui.grading_page import GradingPage
from partydesk.ui.overview_page import OverviewPage
from partydesk.ui.reports_page import ReportsPage


def _breach(cell, year: int) -> None:
    members = rounds.members_for_grading(cell.db, year)
    for i, (member_id, _) in enumerate(members[:12]):
        level = "outstanding" if i < 4 else "good"
        rounds.set_grading(cell.db, cell.organisation, member_id, year, level, stage="committee")


def test_the_page_shows_the_breach_before_the_round_is_closed(qtbot, cell, monkeypatch):
    year = date.today().year + 1          # a year the demo has not graded
    _breach(cell, year)
    page = GradingPage(cell, date.today())
    qtbot.addWidget(page)
    page.year.setValue(year)
    assert page.table.rowCount() == 12
    assert "4" in page.warning.text() and "20 %" in page.warning.text()
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda _parent, _title, text:
                        asked.append(text) or QMessageBox.StandardButton.No)
    page.close_button.click()
    assert "20 %" in asked[0]
    assert not rounds.check_round(cell.db, cell.organisation, year).closed


def test_reports_page_previews_the_statistics_report(qtbot, cell):
    page = ReportsPage(cell)
    qtbot.addWidget(page)
    page.statistics.click()
    qtbot.waitUntil(lambda: page.last_preview is not None, timeout=30_000)
    preview = page.last_preview
    qtbot.addWidget(preview)
    assert preview.page_count() >= 2
    preview.reject()


def test_overview_draws_its_charts_after_the_reminders(qtbot, cell):
    page = OverviewPage(cell, date.today())
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.charts.loaded, timeout=30_000)
    assert page.loaded
    status = page.charts.by_status.series
    assert len(status.values) == 24 and sum(status.values[-1]) > 0
    assert page.charts.pyramid.accessibleDescription()
    page.resize(1366, 768)
    assert not page.charts.grab().isNull()


def test_the_overview_fits_a_1024_wide_screen_two_charts_a_row(qtbot, cell):
    """Three charts a row made the overview 990 px wide at least, so that every page
    scrolled sideways at 1024×768; on a narrow window they go two a row."""
    page = OverviewPage(cell, date.today())
    qtbot.addWidget(page)
    page.show()
    assert page.minimumSizeHint().width() <= 1024 - 240       # the section list beside it
    three = page.charts._width(3)          # three charts a row at their narrowest
    page.resize(three, 700)                 # less the page's margins: too narrow
    qtbot.waitUntil(lambda: page.charts.columns == 2)
    assert page.charts.grid.getItemPosition(2)[:2] == (1, 0)
    page.resize(three + 100, 700)
    qtbot.waitUntil(lambda: page.charts.columns == 3)
    assert page.charts.grid.getItemPosition(2)[:2] == (0, 2)


def _choose(page, quarter) -> None:
    page.period.setCurrentIndex(page.period.findData(quarter))


def test_the_secretary_grades_a_quarter_apart_from_the_year(qtbot, cell, monkeypatch):
    """A committee asked for a quarterly grading: the secretary picks year and quarter,
    grades a member through the dialog; the quarter shows it, the year does not, and
    the quarter's round is closed on its own (as ``--quarter`` on the command line)."""
    from partydesk.services.reports.grading_report import grading_report
    from partydesk.ui import grading_page

    year = date.today().year + 1
    page = GradingPage(cell, date.today())
    qtbot.addWidget(page)
    page.year.setValue(year)
    assert page.period.currentData() is None and page.period.count() == 5
    _choose(page, 2)
    assert page.table.rowCount() == 0 and page.add.isEnabled()
    assert not page.load.isEnabled()          # a spreadsheet fills the year's round

    member_id, name = rounds.members_for_grading(cell.db, year, quarter=2)[0]
    titles = []

    def fill(dialog):
        titles.append(dialog.windowTitle())
        dialog.member.setCurrentIndex(dialog.member.findData(member_id))
        dialog.level.setCurrentIndex(dialog.level.findData("outstanding"))
        dialog.score.setValue(95)
        return QDialog.DialogCode.Accepted
    monkeypatch.setattr(grading_page.GradingDialog, "exec", fill)
    page.add.click()
    assert "2" in titles[0] and str(year) in titles[0]
    assert page.table.rowCount() == 1 and page.table.item(0, 1).text() == name

    quarter = grading_report(cell.db, cell.organisation, year, quarter=2)
    assert [(m["member_id"], m["level"], m["score"]) for m in quarter["members"]] == [
        (member_id, "outstanding", 95)]
    assert grading_report(cell.db, cell.organisation, year)["members"] == []
    _choose(page, None)
    assert page.table.rowCount() == 0 and page.load.isEnabled()
    _choose(page, 3)
    assert page.table.rowCount() == 0

    _choose(page, 2)
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda _parent, _title, text:
                        asked.append(text) or QMessageBox.StandardButton.Yes)
    page.close_button.click()
    assert "2" in asked[0] and str(year) in asked[0]
    assert rounds.check_round(cell.db, cell.organisation, year, quarter=2).closed
    assert not rounds.check_round(cell.db, cell.organisation, year).closed
    assert not page.add.isEnabled()
    _choose(page, None)
    assert page.add.isEnabled()


def test_reports_page_prints_the_grading_of_the_quarter_chosen(qtbot, cell, monkeypatch):
    """The Báo cáo page offers year and period too: the grading report of quarter 2 is
    the quarter's, and the statistics are counted on the quarter's last day."""
    from partydesk.services.reports import exports

    year = date.today().year + 1
    member_id, _ = rounds.members_for_grading(cell.db, year, quarter=2)[0]
    rounds.set_grading(cell.db, cell.organisation, member_id, year, "good", period="q2")
    page = ReportsPage(cell)
    qtbot.addWidget(page)
    page.year.setValue(year)
    page.period.setCurrentIndex(page.period.findData(2))
    assert f"30/06/{year}" in page.statistics.text()
    assert "2" in page.grading.text() and str(year) in page.grading.text()
    printed = []
    monkeypatch.setattr(exports, "write_grading", lambda db, org, report, out, signer:
                        printed.append(report) or out)
    page.grading.click()
    qtbot.waitUntil(lambda: bool(printed), timeout=30_000)
    assert printed[0]["quarter"] == 2 and printed[0]["year"] == year
    assert [m["member_id"] for m in printed[0]["members"]] == [member_id]


def test_the_secretary_records_the_cells_admission_target_in_the_app(qtbot, cell,
                                                                      monkeypatch):
    """As ``partydesk targets set --year Y --admissions N`` on a cell: the statistics
    then compare the year's admissions with it."""
    from PySide6.QtWidgets import QInputDialog

    from partydesk.services.reports.statistics import statistics

    page = ReportsPage(cell)
    qtbot.addWidget(page)
    year = date.today().year
    monkeypatch.setattr(QInputDialog, "getInt", lambda *args: (7, True))
    page.targets.click()
    assert "7" in page.preview.status.text()
    figures = statistics(cell.db, cell.organisation, date(year, 12, 31))
    assert figures["admissions"]["target"] == 7


def test_the_committee_sets_one_cells_target_in_the_app(qtbot, enrolled, monkeypatch):
    from PySide6.QtWidgets import QInputDialog

    from partydesk.services.grading.targets import admission_targets

    committee, _ = enrolled
    page = ReportsPage(committee)
    qtbot.addWidget(page)
    offered = []
    monkeypatch.setattr(QInputDialog, "getItem", lambda _p, _t, _l, items, *rest:
                        offered.extend(items) or (items[1], True))
    monkeypatch.setattr(QInputDialog, "getInt", lambda *args: (12, True))
    page.targets.click()
    assert offered[0].startswith("CB01") and offered[1].startswith("CB02")
    assert admission_targets(committee.db, page.year.value()) == {"CB02": 12}


def test_the_committee_reads_one_cells_gradings_at_a_time(qtbot, enrolled, tmp_path):
    """On a committee the page lists the cells; the table holds the chosen cell's
    members only (all 200 cells' members in one table took seconds to open), while
    the shares above stay the committee's totals."""
    from partydesk.services.bundles.importer import import_bundles
    from tests.bundles.craft import bundle_fingerprint
    from tests.ui.sync_world import export

    committee, cells = enrolled
    year = date.today().year
    graded = {}
    for code, cell in cells.items():
        members = rounds.members_for_grading(cell.db, year)[: 3 if code == "CB01" else 5]
        for member_id, _ in members:
            rounds.set_grading(cell.db, cell.organisation, member_id, year, "good")
        graded[code] = sorted(name for _, name in members)
    paths = [export(cell, tmp_path / "stick") for cell in cells.values()]
    import_bundles(committee.db, committee.organisation, committee.paths.keys_dir, paths,
                   confirmed=[bundle_fingerprint(path) for path in paths])

    page = GradingPage(committee, date.today())
    qtbot.addWidget(page)
    assert [page.cell.itemData(i) for i in range(page.cell.count())] == ["CB01", "CB02"]
    assert page.add.isHidden() and page.close_button.isHidden()

    def names() -> list[str]:
        return sorted(page.table.item(r, 1).text() for r in range(page.table.rowCount()))

    def members_of(code: str) -> list[str]:
        unit = next(u for u in page.report["cells"] if u["code"] == code)
        return sorted(m["full_name"] for m in unit["members"])
    assert names() == members_of("CB01") and set(graded["CB01"]) <= set(names())
    page.cell.setCurrentIndex(1)
    assert names() == members_of("CB02") and set(graded["CB02"]) <= set(names())
    assert not set(names()) & set(members_of("CB01"))
    total = page.report["round"]["graded"]                        # the committee's total
    assert total == len(members_of("CB01")) + len(members_of("CB02"))
    assert str(total) in page.summary.text()
    page.refresh()                                                # keeps the cell chosen
    assert page.cell.currentData() == "CB02" and names() == members_of("CB02")
