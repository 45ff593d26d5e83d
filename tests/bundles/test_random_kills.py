"""kill -9 at random moments (not only at the test hooks' pause points) during a
downward import, a restore from the committee and a backup restore: every time the
register passes ``integrity_check``, its schema is whole (the restore drops and
rebuilds indexes inside its transaction) and its rows are exactly as before or exactly
as after — never half-applied. The moments are drawn over the whole run of the command,
measured first on a copy (mostly after start-up, where the work is), from a seed printed
on failure (``KILL_SEED`` repeats one; ``KILLS`` sets how many)."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.bundles.world import cli, copy_dir, dump, ok
from tests.helpers import SRC

pytestmark = [pytest.mark.slow,
              pytest.mark.skipif(os.name != "posix", reason="SIGKILL")]
KILLS = int(os.environ.get("KILLS", "6"))
SEED = int(os.environ.get("KILL_SEED", str(random.randrange(1 << 30))))
SCHEMA = "SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name"


def state(data_dir: Path) -> dict:
    conn = sqlite3.connect(data_dir / "partydesk.sqlite3")
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        schema = conn.execute(SCHEMA).fetchall()
    finally:
        conn.close()
    return {"schema": schema, "rows": dump(data_dir)}


def shape(found: dict) -> dict:
    return {"schema": found["schema"],
            "counts": {table: len(rows) for table, rows in found["rows"].items()}}


def run_and_kill(data_dir: Path, delay: float, *args: str) -> bool:
    """Start the command, SIGKILL it after ``delay`` s; True if the kill landed."""
    env = {**os.environ, "PYTHONPATH": str(SRC)}
    process = subprocess.Popen([sys.executable, "-m", "partydesk", "--data-dir",
                                str(data_dir), *args], env=env,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    time.sleep(delay)
    process.send_signal(signal.SIGKILL)
    process.wait()
    return process.returncode == -signal.SIGKILL


def all_or_nothing(source: Path, work: Path, *args: str) -> None:
    """Kill ``args`` at KILLS random moments of its run on fresh copies of ``source``."""
    before = state(source)
    done = copy_dir(source, work / "whole")
    start = time.monotonic()
    ok(cli(done, "backup", "list"))          # starting up and opening the register
    opened = time.monotonic() - start
    start = time.monotonic()
    ok(cli(done, *args))
    took = time.monotonic() - start
    after = state(done)
    assert after != before
    rng = random.Random(SEED)
    landed, outcomes = 0, []
    for attempt in range(KILLS):
        copy = copy_dir(source, work / f"kill-{attempt}")
        # mostly after start-up, where the work is; some before, some at the very end
        delay = rng.uniform(0.8 * min(opened, took), took * 1.05)
        landed += run_and_kill(copy, delay, *args)
        found = state(copy)
        # exactly as before; or whole: the same schema and as many rows in every table as
        # the uninterrupted run (new ids and time stamps differ from run to run)
        assert found == before or shape(found) == shape(after), \
            f"half-applied after {delay:.2f} s (seed {SEED})"
        outcomes.append(f"{delay:.2f}s:{'before' if found == before else 'after'}")
    print(f"{args[:2]} took {took:.2f} s (start-up {opened:.2f} s); kills (seed {SEED}): "
          + " ".join(outcomes))
    assert landed, f"no kill landed before the command ended (seed {SEED})"


def test_a_downward_import_is_all_or_nothing_under_kill_9(world, tmp_path):
    committee = copy_dir(world.imported, tmp_path / "committee")
    cell = world.cells["CB01"]
    member = dump(cell)["members"][0][0]
    ok(cli(committee, "decisions", "record", "--cell", "CB01", "--member", member,
           "--kind", "discipline", "--number", "3", "--date", "2026-01-20"))
    ok(cli(committee, "notices", "add", "--all", "--title", "Thông báo"))
    stick = tmp_path / "stick"
    stick.mkdir()
    [bundle] = ok(cli(committee, "bundle", "export", "--to", str(stick), "--cell",
                      "CB01")).split()
    all_or_nothing(cell, tmp_path, "bundle", "import", bundle)


def test_a_restore_is_all_or_nothing_under_kill_9(world, tmp_path):
    committee = copy_dir(world.imported, tmp_path / "committee")
    stick = tmp_path / "stick"
    stick.mkdir()
    enrolment = stick / "CB03-renewed.json"
    ok(cli(committee, "enroll", "--code", "CB03", "--renew", "-o", str(enrolment)))
    [restore] = ok(cli(committee, "bundle", "export", "--to", str(stick), "--cell", "CB03",
                       "--restore")).split()
    fresh = tmp_path / "CB03-new"
    ok(cli(fresh, "init", "--enrollment", str(enrolment)))
    all_or_nothing(fresh, tmp_path, "bundle", "import", restore)


def test_a_backup_restore_is_all_or_nothing_under_kill_9(world, tmp_path):
    cell = copy_dir(world.cells["CB02"], tmp_path / "cell")
    made = ok(cli(cell, "backup", "create")).strip()
    member = dump(cell)["members"][0][0]
    ok(cli(cell, "members", "event", member, "death", "--date", "2026-01-10"))
    all_or_nothing(cell, tmp_path, "backup", "restore", made)
