"""Start-up to a shown, idle main window on a 10,000-member register, against a bare
PySide6 QMainWindow shown the same way. Both are timed from launching the process
(interpreter start, imports, window shown) to the first idle moment of its event loop,
which each process reports on stdout."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.harness import Figure

SRC = Path(__file__).resolve().parents[1] / "src"
BARE_WINDOW = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv)
window = QMainWindow()
window.resize(1100, 720)
window.show()
QTimer.singleShot(0, lambda: print("ready", flush=True))
QTimer.singleShot(0, app.quit)
sys.exit(app.exec())
"""


def prepare_register(folder: Path, members: int) -> None:
    env = {**os.environ, "PYTHONPATH": str(SRC)}
    base = [sys.executable, "-m", "partydesk", "--data-dir", str(folder)]
    subprocess.run([*base, "init", "--role", "cell", "--name", "Chi bộ thôn Đồng Tâm",
                    "--code", "CB01"], check=True, env=env, capture_output=True)
    subprocess.run([*base, "demo", "--members", str(members)], check=True, env=env,
                   capture_output=True)


def timed(command: list[str], env: dict) -> float:
    """Seconds from launching the process to its "ready" line (window shown, loop idle)."""
    start = time.perf_counter()
    with subprocess.Popen(command, env=env, stdout=subprocess.PIPE,
                          stderr=subprocess.DEVNULL, text=True) as process:
        for line in process.stdout:
            if line.strip() == "ready":
                elapsed = time.perf_counter() - start
                break
        else:
            raise RuntimeError(f"{command[:3]} never became ready")
        process.wait(timeout=60)
    return elapsed


def run(report, args) -> None:
    runs = 5 if args.quick else 9
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "data"
        prepare_register(folder, 10_000)
        env = {**os.environ, "PYTHONPATH": str(SRC), "PARTYDESK_QUIT_AFTER_MS": "0",
               "PARTYDESK_REPORT_READY": "1",
               "PARTYDESK_LOG_DIR": str(Path(tmp) / "logs")}
        app = [sys.executable, "-m", "partydesk", "--data-dir", str(folder)]
        bare = [sys.executable, "-c", BARE_WINDOW]
        timed(app, env), timed(bare, env)          # warm the file cache
        app_times, bare_times = [], []
        for _ in range(runs):
            app_times.append(timed(app, env))
            bare_times.append(timed(bare, env))
    # Each app start is paired with the bare window's start right after it, so that
    # both meet the same load; the limit is judged on the median of the pairs' ratios,
    # which a burst of work beside the benchmark moves much less than the ratio of the
    # two medians (the burst may fall on the app's runs and not on the bare ones).
    paired = statistics.median(a / b for a, b in zip(app_times, bare_times, strict=True))
    report.add(Figure("start-up to idle main window, 10,000 members (median)",
                      statistics.median(app_times), "s", "bare QMainWindow",
                      statistics.median(bare_times)))
    report.add(Figure(f"the same, median of {runs} paired ratios (app ÷ bare window "
                      "started right after it)", paired, "×", max_value=2.5))
