"""Year-end figures. (1) Statistics for a committee of 200 cells × 250 members (50,000 members held
from bundles), against the floor of the same dimensions counted by one SQL GROUP BY
over the stored status. The app's figure folds each member's events to the report
date, so it may be some times the floor, but must stay within 1 s."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path
from statistics import median as statistics_median

from benchmarks.harness import Figure

SRC = Path(__file__).resolve().parents[1] / "src"
CELLS, MEMBERS, DISTINCT = 200, 250, 4
AS_OF = date(2026, 12, 31)


def _cli(folder: Path, *args: str) -> None:
    env = {**os.environ, "PYTHONPATH": str(SRC)}
    subprocess.run([sys.executable, "-m", "partydesk", "--data-dir", str(folder), *args],
                   check=True, env=env, capture_output=True)


def prepare_committee(root: Path):
    """A committee whose copy holds 200 cells, each one of a few demo cells' partitions."""
    from partydesk.storage.database import open_database
    from partydesk.storage.partition_store import read_partition, replace_cell_partition

    partitions = []
    for seed in range(DISTINCT):
        cell = root / f"cell{seed}"
        _cli(cell, "init", "--role", "cell", "--name", f"Chi bộ {seed}", "--code", f"S{seed}")
        _cli(cell, "demo", "--members", str(MEMBERS), "--seed", str(seed + 1),
             "--meetings-months", "0", "--as-of", AS_OF.isoformat())
        db = open_database(cell / "partydesk.sqlite3")
        partitions.append(read_partition(db))
        db.close()
    committee = root / "committee"
    _cli(committee, "init", "--role", "committee", "--name", "Đảng ủy xã Hòa Bình",
         "--code", "DUHB")
    db = open_database(committee / "partydesk.sqlite3")
    with db.atomic():
        for i in range(CELLS):
            replace_cell_partition(db, f"CB{i:03d}", partitions[i % DISTINCT])
    db.close()              # measured as the app finds it: opened afresh after the imports
    return open_database(committee / "partydesk.sqlite3")


def run(report, args) -> None:
    run_statistics(report, args)
    run_overview(report, args)


def _timed(fn) -> tuple[float, float]:
    """(wall, CPU) seconds of one call."""
    wall, cpu = time.perf_counter(), time.process_time()
    fn()
    return time.perf_counter() - wall, time.process_time() - cpu


def run_statistics(report, args) -> None:
    from partydesk.services.reports.statistics import statistics
    from partydesk.storage.organisation_store import load_organisation
    from partydesk.storage.statistics_store import grouped_counts_floor

    runs = 3 if args.quick else 7
    with tempfile.TemporaryDirectory() as tmp:
        db = prepare_committee(Path(tmp))
        organisation = load_organisation(db)
        figures = statistics(db, organisation, AS_OF)          # also the warm-up
        assert len(figures["cells"]) == CELLS and figures["members"] > CELLS * MEMBERS * 0.8
        grouped_counts_floor(db, AS_OF)
        # Alternated, so that the app and its floor meet the same load; wall and CPU
        # time of the same runs (on a shared machine the wall time says as much about
        # the neighbours as about this code).
        app, floor = [], []
        for _ in range(runs):
            app.append(_timed(lambda: statistics(db, organisation, AS_OF)))
            floor.append(_timed(lambda: grouped_counts_floor(db, AS_OF)))
        db.close()
    wall, cpu = (statistics_median(w for w, _ in app), statistics_median(c for _, c in app))
    floor_wall = statistics_median(w for w, _ in floor)
    floor_cpu = statistics_median(c for _, c in floor)
    report.add(Figure(f"statistics report, committee of {CELLS} cells × {MEMBERS} members",
                      wall, "s", "one SQL GROUP BY of the same dimensions", floor_wall,
                      max_value=1.0))
    report.add(Figure("the same, CPU time", cpu, "s", "the same GROUP BY, CPU time",
                      floor_cpu, max_value=1.0))


def _overview_times(folder: Path, charts_on: bool = True) -> tuple[float, float]:
    """Seconds from building the overview page until its reminders are shown and until
    its charts are drawn too. Without ``charts_on`` the charts never start: the
    overview as it was before them (its second figure is then the first)."""
    from PySide6.QtWidgets import QApplication

    from partydesk.paths import resolve_paths
    from partydesk.services.setup.installation import Installation
    from partydesk.ui.overview_charts import OverviewCharts
    from partydesk.ui.overview_page import OverviewPage

    if not charts_on:
        OverviewCharts.start = lambda self: None

    app = QApplication.instance() or QApplication([])
    with Installation.acquire(resolve_paths(str(folder))) as installation:
        installation.open_register()
        start = time.perf_counter()
        page = OverviewPage(installation, date(2026, 12, 3))
        page.resize(1366, 768)
        page.show()
        reminders = charts = None
        while charts is None:
            app.processEvents()
            now = time.perf_counter()
            if reminders is None and page.loaded:
                reminders = now - start
            if reminders is not None and (page.charts.loaded or not charts_on):
                page.charts.grab()           # drawn, not only computed
                charts = time.perf_counter() - start
            if now - start > 120:
                raise RuntimeError("the overview never finished")
            time.sleep(0.002)
        page.close()
        page.deleteLater()
        app.processEvents()
    return reminders, charts


def _overview_in_process(folder: Path, charts_on: bool) -> tuple[float, float]:
    """One measurement in a process of its own (a fresh interpreter and QApplication
    each time; several overview pages in one process crash PySide on a refcount)."""
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(SRC), str(SRC.parent)]),
           "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    code = ("import sys; from pathlib import Path; from benchmarks.bench_yearend import "
            "_overview_times; print(*_overview_times(Path(sys.argv[1]), sys.argv[2] == '1'))")
    out = subprocess.run([sys.executable, "-c", code, str(folder), str(int(charts_on))],
                         check=True, env=env,
                         capture_output=True, text=True).stdout.split()
    return float(out[-2]), float(out[-1])


def run_overview(report, args) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    runs = 3 if args.quick else 5
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "data"
        _cli(folder, "init", "--role", "cell", "--name", "Chi bộ thôn Đồng Tâm", "--code",
             "CB01")
        _cli(folder, "demo", "--members", "10000", "--as-of", "2026-12-03")
        before, after = [], []
        for _ in range(runs):              # alternated, so both meet the same load
            before.append(_overview_in_process(folder, charts_on=False)[0])
            after.append(_overview_in_process(folder, charts_on=True)[1])
    report.add(Figure("overview complete with its charts, 10,000 members (median)",
                      statistics_median(after), "s",
                      "the overview without charts, reminders shown (as before)",
                      statistics_median(before), max_ratio=1.5))
