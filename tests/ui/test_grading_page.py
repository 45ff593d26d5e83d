"""The grading page, the year-end reports on the reports page, and the overview charts."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QMessageBox

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
