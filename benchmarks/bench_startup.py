"""Start-up to a shown, idle main window on a 10,000-member register, against a bare
PySide6 QMainWindow shown the same way. Both are whole processes: interpreter start,
imports, window shown, first idle moment of the event loop, exit."""

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
    start = time.perf_counter()
    subprocess.run(command, check=True, env=env, capture_output=True)
    return time.perf_counter() - start


def run(report, args) -> None:
    runs = 5 if args.quick else 9
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "data"
        prepare_register(folder, 10_000)
        env = {**os.environ, "PYTHONPATH": str(SRC), "PARTYDESK_QUIT_AFTER_MS": "0",
               "PARTYDESK_LOG_DIR": str(Path(tmp) / "logs")}
        app = [sys.executable, "-m", "partydesk", "--data-dir", str(folder)]
        bare = [sys.executable, "-c", BARE_WINDOW]
        timed(app, env), timed(bare, env)          # warm the file cache
        app_times, bare_times = [], []
        for _ in range(runs):
            app_times.append(timed(app, env))
            bare_times.append(timed(bare, env))
    report.add(Figure("start-up to idle main window, 10,000 members (median)",
                      statistics.median(app_times), "s", "bare QMainWindow",
                      statistics.median(bare_times), max_ratio=2.5))
