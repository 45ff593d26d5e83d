"""The overview's charts: members by status over 24 months, the age pyramid,
admissions against the target, grading shares, and dues collected against due
(once the dues capability exists). Worked out in a worker thread after the window
is shown, so opening the app does not wait for them."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QSize
from PySide6.QtWidgets import QGridLayout, QWidget

from partydesk.services.setup.installation import Installation
from partydesk.services.shared.jobs import Job
from partydesk.ui.charts import ChartView
from partydesk.ui.workers import start_job

translate = QCoreApplication.translate


def _charts(db, organisation, today):
    # imported in the worker thread: the statistics are not needed to show the window
    from partydesk.services.overview.charts import overview_charts

    return overview_charts(db, organisation, today)


class OverviewCharts(QWidget):
    def __init__(self, installation: Installation, today: date, parent=None):
        super().__init__(parent)
        self.loaded = False
        self.grid = grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        self.columns = 3
        self.by_status = ChartView(translate("Charts", "Members over the last 24 months"),
                                   "stacked")
        self.pyramid = ChartView(translate("Charts", "Members by age and sex"), "pyramid")
        self.admissions = ChartView(translate("Charts", "Admissions against the target"),
                                    "pairs")
        self.grading = ChartView(translate("Charts", "Quality grading"), "hbars")
        self.dues = ChartView(translate("Charts", "Dues collected against due"), "pairs")
        self.charts = (self.by_status, self.pyramid, self.admissions, self.grading, self.dues)
        for i, chart in enumerate(self.charts):
            chart.set_series(None, empty_text=translate("Charts", "Working it out…"))
            grid.addWidget(chart, i // 3, i % 3)
        organisation = installation.organisation
        self.job = Job.on_register(installation.db,
                                   lambda db, _progress: _charts(db, organisation, today))
        self.started = False

    def _width(self, columns: int) -> int:
        chart = max(c.minimumSizeHint().width() for c in self.charts)
        return columns * chart + (columns - 1) * max(self.grid.horizontalSpacing(), 0)

    def minimumSizeHint(self) -> QSize:
        """Two charts a row at the narrowest, so that the page fits a 1024×768 screen;
        three a row when there is room (see resizeEvent)."""
        hint = super().minimumSizeHint()
        return QSize(self._width(2), hint.height())

    def resizeEvent(self, event) -> None:
        columns = 3 if event.size().width() >= self._width(3) else 2
        if columns != self.columns:
            self.columns = columns
            for chart in self.charts:
                self.grid.removeWidget(chart)
            for i, chart in enumerate(self.charts):
                self.grid.addWidget(chart, i // columns, i % columns)
        super().resizeEvent(event)

    def start(self) -> None:
        """Work the charts out in the background (once, however often it is called)."""
        if not self.started:
            self.started = True
            start_job(self.job, self, self.show_charts, self.show_failure)

    def show_charts(self, charts) -> None:
        names = {
            "official": translate("Charts", "Official"),
            "probationary": translate("Charts", "Probationary"),
            "male": translate("Charts", "Men"), "female": translate("Charts", "Women"),
            "admitted": translate("Charts", "Admitted"), "target": translate("Charts", "Target"),
            "collected": translate("Charts", "Collected"), "due": translate("Charts", "Due"),
        }

        def named(series):
            return tuple(names.get(n, n) for n in series.names)
        self.by_status.set_series(charts.by_status, named(charts.by_status))
        self.pyramid.set_series(charts.pyramid, named(charts.pyramid))
        self.admissions.set_series(charts.admissions, named(charts.admissions))
        short = {"outstanding": translate("Charts", "Outstanding"),
                 "good": translate("Charts", "Good"),
                 "completed": translate("Charts", "Completed"),
                 "not_completed": translate("Charts", "Not completed")}
        levels = tuple(short[label] for label in charts.grading.labels)
        self.grading.title = translate("Charts", "Quality grading {year}").format(
            year=charts.grading_year)
        self.grading.set_series(charts.grading, labels=levels)
        if charts.dues is None:
            self.dues.set_series(None, empty_text=translate(
                "Charts", "Dues are not kept in this version yet."))
        else:
            self.dues.set_series(charts.dues, named(charts.dues))
        self.loaded = True

    def show_failure(self, error: Exception) -> None:
        for chart in (self.by_status, self.pyramid, self.admissions, self.grading, self.dues):
            chart.set_series(None, empty_text=translate(
                "Charts", "The charts could not be worked out."))
        raise error
