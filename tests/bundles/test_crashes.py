"""Killed mid-way: an export leaves no file under the final name, an import leaves the
committee's register as it was. The process pauses at a named point (a test hook),
so the kill lands exactly there."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.bundles.world import cli, copy_dir, dump, export, ok
from tests.helpers import SRC, connect_register

pytestmark = [pytest.mark.slow,
              pytest.mark.skipif(os.name != "posix", reason="SIGKILL")]


def run_until_paused(point: str, signal_file: Path, *args: str) -> None:
    env = {**os.environ, "PYTHONPATH": str(SRC),
           "PARTYDESK_TEST_PAUSE": f"{point}:{signal_file}"}
    process = subprocess.Popen([sys.executable, "-m", "partydesk", *args], env=env,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 60
        while not signal_file.exists():
            assert process.poll() is None, "finished before reaching the pause point"
            assert time.monotonic() < deadline
            time.sleep(0.02)
    finally:
        process.send_signal(signal.SIGKILL)
        process.wait()
    assert process.returncode == -signal.SIGKILL


def test_export_killed_while_writing_leaves_no_file_under_the_final_name(world, tmp_path):
    cell = copy_dir(world.cells["CB01"], tmp_path / "cell")
    stick = tmp_path / "stick"
    stick.mkdir()
    run_until_paused("export-midway", tmp_path / "paused", "--data-dir", str(cell),
                     "bundle", "export", "--to", str(stick))
    partial = list(stick.iterdir())
    assert [p.name for p in partial] == ["partydesk-CB01-to-DUHB-000002.pdbundle.zip.partial"]
    assert not list(stick.glob("*.zip"))
    # the number is spent (a gap, never a reuse); the next export is whole and imports
    bundle = export(cell, stick)
    assert bundle.name == "partydesk-CB01-to-DUHB-000003.pdbundle.zip"
    assert [p.name for p in stick.iterdir()] == [bundle.name]     # the leftover is gone
    committee = copy_dir(world.imported, tmp_path / "committee")
    ok(cli(committee, "bundle", "import", str(bundle)))


def test_import_killed_inside_its_transaction_leaves_the_register_as_before(world, extras,
                                                                             tmp_path):
    committee = copy_dir(world.imported, tmp_path / "committee")
    before = dump(committee)
    run_until_paused("import-in-transaction", tmp_path / "paused", "--data-dir",
                     str(committee), "bundle", "import", str(extras.cb01_second))
    conn = connect_register(committee / "partydesk.sqlite3")
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    finally:
        conn.close()
    assert dump(committee) == before
    ok(cli(committee, "bundle", "import", str(extras.cb01_second)))
    assert dump(committee) != before
