"""The member register at province scale (500,000 members; 50,000 with --quick).

- accent-insensitive search, first page of 100, for common, rare, several-word and
  status-filtered searches, against a plain indexed ``ORDER BY sort_key LIMIT 100``;
- the members table model showing its first page after a search, against the same
  search alone;
- peak memory (VmHWM, Linux) of a process showing the register in a table window,
  against a bare QMainWindow shown the same way (each measured in its own process).
"""

from __future__ import annotations

import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.harness import Figure, median_seconds, passphrase

SRC = Path(__file__).resolve().parents[1] / "src"
SEARCHES = [("common word", "nguyen", None), ("rare word", "pao", None),
            ("three words", "nguyen thi huong", None), ("one letter", "h", None),
            ("given name", "huong", None), ("with status", "nguyen", "probationary")]
FLOOR_SQL = ("SELECT id, full_name, sort_key FROM members INDEXED BY members_sort "
             "ORDER BY sort_key, id LIMIT 100")

# VmHWM, not getrusage: ru_maxrss survives exec, so a child started from this big
# process would report this process's peak instead of its own.
PEAK = """
def PEAK():
    for line in open("/proc/self/status"):
        if line.startswith("VmHWM:"):
            return int(line.split()[1])
"""
APP_WINDOW = PEAK + """
import os
import sys
from pathlib import Path
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView
from partydesk.storage.database import open_database
from partydesk.ui.members_model import MembersModel
app = QApplication(sys.argv)
db = open_database(Path(sys.argv[1]), passphrase=os.environ["PARTYDESK_PASSPHRASE"])
window = QMainWindow()
view = QTableView()
view.setModel(MembersModel(db))
window.setCentralWidget(view)
window.resize(1100, 720)
window.show()
for _ in range(20):
    app.processEvents()
print(PEAK())
"""
BARE_WINDOW = PEAK + """
import sys
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv)
window = QMainWindow()
window.resize(1100, 720)
window.show()
for _ in range(20):
    app.processEvents()
print(PEAK())
"""


def build_register(report, path: Path, members: int) -> None:
    """The demo register: every member written through the member aggregate (each event
    checked, the history folded), then the search index kept by triggers."""
    from partydesk.services.demo.register import fill_demo_register
    from partydesk.storage.database import create_database_file

    start = time.perf_counter()
    create_database_file(path, lambda db: fill_demo_register(db, members, seed=1),
                         passphrase())
    report.add(Figure(f"demo register of {members:,} members written through the member "
                      "aggregate (no limit)", time.perf_counter() - start, "s"))


def search_figures(report, db, members: int) -> None:
    from partydesk.storage.members.search import search_page

    floor = median_seconds(lambda: db.execute(FLOOR_SQL).fetchall(), runs=21)
    for label, text, status in SEARCHES:
        value = median_seconds(lambda t=text, s=status: search_page(db, t, s), runs=21)
        report.add(Figure(f"search first page, {label} '{text}', {members:,} members (median)",
                          value, "s", "indexed ORDER BY sort_key LIMIT 100", floor,
                          max_value=0.005))


def model_figure(report, db, members: int) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication, QTableView

    from partydesk.storage.members.search import search_page
    from partydesk.ui.members_model import MembersModel

    app = QApplication.instance() or QApplication([])
    model = MembersModel(db)
    view = QTableView()
    view.setModel(model)
    view.resize(1100, 720)
    view.show()
    app.processEvents()
    texts = ["nguyen thi", "pao", "dang van", "h"]

    def search_and_show(text: str) -> None:
        model.set_filter(text, None)
        view.viewport().repaint()
        app.processEvents()

    shown = statistics.median(median_seconds(lambda t=t: search_and_show(t), runs=7)
                              for t in texts)
    floor = statistics.median(median_seconds(lambda t=t: search_page(db, t, None, None, 200),
                                             runs=7) for t in texts)
    view.close()
    report.add(Figure(f"members table shows first page after a search, {members:,} members "
                      "(median)", shown, "s", "the same search alone", floor, max_value=0.150))


def peak_memory_mb(script: str, *args: str) -> float:
    env = {**os.environ, "PYTHONPATH": str(SRC), "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run([sys.executable, "-c", script, *args], check=True, env=env,
                         capture_output=True, text=True).stdout
    return int(out.strip().splitlines()[-1]) / 1024      # kB


def memory_figure(report, path: Path, members: int) -> None:
    app = statistics.median(peak_memory_mb(APP_WINDOW, str(path)) for _ in range(3))
    bare = statistics.median(peak_memory_mb(BARE_WINDOW) for _ in range(3))
    report.add(Figure(f"peak memory, table window on {members:,} members", app, "MiB",
                      "bare QMainWindow", bare, max_ratio=2.0))


def run(report, args) -> None:
    from partydesk.storage.database import open_database

    members = 50_000 if args.quick else 500_000
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "register.sqlite3"
        build_register(report, path, members)
        db = open_database(path, passphrase=passphrase())
        try:
            search_figures(report, db, members)
            model_figure(report, db, members)
        finally:
            db.close()
        memory_figure(report, path, members)
    print(f"   (peak memory of this benchmark process: "
          f"{resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MiB)")
