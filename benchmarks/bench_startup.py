"""Start-up on a 10,000-member encrypted register, against a bare PySide6 QMainWindow
shown the same way, each timed from launching the process (interpreter start, imports,
window shown) to the first idle moment of its event loop, which the process reports on
stdout:

- to the unlock window (no passphrase given: what the secretary sees first);
- to the idle main window with PARTYDESK_PASSPHRASE given (unlock window skipped, so
  this includes the key derivation);
- unlocking on its own, in process: the key derivation (SQLCipher's default PBKDF2,
  never weakened) plus opening the register and its first page of members, beside the
  key derivation alone."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.harness import Figure, median_seconds

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


def timed(command: list[str], env: dict, word: str = "ready") -> float:
    """Seconds from launching the process to its ``word`` line (window shown, loop idle)."""
    start = time.perf_counter()
    with subprocess.Popen(command, env=env, stdout=subprocess.PIPE,
                          stderr=subprocess.DEVNULL, text=True) as process:
        for line in process.stdout:
            if line.strip() == word:
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
        locked = {k: v for k, v in env.items() if k != "PARTYDESK_PASSPHRASE"}
        app_times, bare_times, unlock_times, bare_after_unlock = [], [], [], []
        for _ in range(runs):
            app_times.append(timed(app, env))
            bare_times.append(timed(bare, env))
            unlock_times.append(timed(app, locked, "unlock"))
            bare_after_unlock.append(timed(bare, env))
        derivation = derivation_seconds(folder, runs)
        # Each app start is paired with the bare window's start right after it, so that
        # both meet the same load; the limit is judged on the median of the pairs'
        # ratios, which a burst of work beside the benchmark moves much less than the
        # ratio of the two medians.
        report.add(Figure("start-up to the unlock window, encrypted register (median)",
                          statistics.median(unlock_times), "s", "bare QMainWindow",
                          statistics.median(bare_after_unlock)))
        report.add(Figure(f"the same, median of {runs} paired ratios (unlock window ÷ "
                          "bare window started right after it)",
                          paired(unlock_times, bare_after_unlock), "×", max_value=2.5))
        report.add(Figure("start-up to idle main window, 10,000 members, encrypted, "
                          "passphrase given (median)", statistics.median(app_times), "s",
                          "bare QMainWindow + the key derivation",
                          statistics.median(bare_times) + derivation))
        report.add(Figure(f"the same, median of {runs} paired ratios (app ÷ bare window "
                          "started right after it + the key derivation)",
                          paired(app_times, [b + derivation for b in bare_times]), "×",
                          max_value=2.5))
        unlocking_figure(report, folder, runs, derivation)


def paired(app_times: list[float], floors: list[float]) -> float:
    return statistics.median(a / b for a, b in zip(app_times, floors, strict=True))


def derivation_seconds(folder: Path, runs: int) -> float:
    """SQLCipher's default PBKDF2 on its own (what no start-up with a key can avoid)."""
    import hashlib

    from partydesk.paths import resolve_paths
    from partydesk.storage import cipher

    passphrase = os.environ["PARTYDESK_PASSPHRASE"].encode()
    salt = cipher.file_salt(resolve_paths(folder).database)
    return median_seconds(lambda: hashlib.pbkdf2_hmac(
        "sha512", passphrase, salt, cipher.KDF_ITERATIONS, 32), runs=runs)


def unlocking_figure(report, folder: Path, runs: int, derivation: float) -> None:
    """Key derivation + open + first page of 100 members, each run with no cached key."""
    from partydesk.paths import resolve_paths
    from partydesk.services.setup.installation import Installation
    from partydesk.storage import cipher
    from partydesk.storage.members.search import search_page

    passphrase = os.environ["PARTYDESK_PASSPHRASE"]
    paths = resolve_paths(folder)

    def unlock() -> None:
        cipher.forget_keys()
        installation = Installation.acquire(paths)
        try:
            installation.open_register(passphrase)
            search_page(installation.db, "", None)
        finally:
            installation.release()

    report.add(Figure("unlocking: key derivation + open + first page, 10,000 members "
                      "(median)", median_seconds(unlock, runs=runs), "s",
                      "PBKDF2-HMAC-SHA512 x 256,000 alone", derivation))
