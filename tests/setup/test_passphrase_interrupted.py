"""A passphrase change killed halfway (kill -9 after the register was re-encrypted,
before the key files were) is completed the next time the register opens with the new
passphrase; one killed before the register changed leaves the old passphrase working.
Either way the installation can still open its register and sign."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time

import pytest

from partydesk.paths import resolve_paths
from partydesk.services.setup.installation import Installation
from partydesk.services.setup.keys import BOX_KEY_FILE, SIGNING_KEY_FILE, read_private_key
from partydesk.services.setup.passphrase import WrongPassphrase
from partydesk.services.setup.passphrase_journal import JOURNAL
from partydesk.storage import cipher
from partydesk.storage.backup_store import write_backup
from tests.helpers import SRC, run_cli, suite_passphrase

NEW = "núi Tản sông Đà"

CHANGE = textwrap.dedent("""
    import sys
    from partydesk.paths import resolve_paths
    from partydesk.services.setup.installation import Installation
    from partydesk.services.setup.passphrase_change import change_passphrase
    paths = resolve_paths(sys.argv[1])
    with Installation.acquire(paths) as installation:
        installation.open_register(sys.argv[2])
        change_passphrase(installation, sys.argv[2], sys.argv[3], sys.argv[3])
""")


def set_up(tmp_path):
    data = tmp_path / "data"
    assert run_cli("--data-dir", str(data), "init", "--role", "cell", "--name",
                   "Chi bộ bản Nà Hin", "--code", "CB07").returncode == 0
    paths = resolve_paths(str(data))
    with Installation.acquire(paths) as installation:
        installation.open_register()
        write_backup(installation.db, paths.backups_dir, "test")
    return paths


def change_killed_at(paths, point: str, tmp_path) -> None:
    signal_file = tmp_path / "reached"
    env = {**os.environ, "PYTHONPATH": str(SRC),
           "PARTYDESK_TEST_PAUSE": f"{point}:{signal_file}"}
    child = subprocess.Popen([sys.executable, "-c", CHANGE, str(paths.data_dir),
                              suite_passphrase(), NEW], env=env)
    try:
        deadline = time.monotonic() + 60
        while not signal_file.exists():
            assert child.poll() is None, "the change ended before the pause point"
            assert time.monotonic() < deadline, "the pause point was never reached"
            time.sleep(0.05)
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait()


def opens_everything_with(paths, passphrase: str) -> None:
    for file in (paths.database, *paths.backups_dir.glob("*.sqlite3")):
        cipher.connect(file, passphrase).close()
    for name in (SIGNING_KEY_FILE, BOX_KEY_FILE):
        read_private_key(paths.keys_dir, name, passphrase)


def test_killed_after_the_register_changed_the_change_is_completed(tmp_path):
    paths = set_up(tmp_path)
    change_killed_at(paths, "passphrase-change-midway", tmp_path)
    assert (paths.data_dir / JOURNAL).exists()
    with pytest.raises(WrongPassphrase):        # the key files are still under the old one
        read_private_key(paths.keys_dir, SIGNING_KEY_FILE, NEW)

    result = run_cli("--data-dir", str(paths.data_dir), "fingerprint",
                     env={"PARTYDESK_PASSPHRASE": NEW})
    assert result.returncode == 0, result.stderr

    opens_everything_with(paths, NEW)
    assert not (paths.data_dir / JOURNAL).exists()
    with pytest.raises(WrongPassphrase):
        read_private_key(paths.keys_dir, SIGNING_KEY_FILE, suite_passphrase())


def test_a_journal_the_register_never_saw_is_dropped_and_the_old_passphrase_stays(tmp_path):
    paths = set_up(tmp_path)
    from partydesk.services.setup.passphrase_journal import begin_change

    begin_change(paths, suite_passphrase(), NEW)       # as if killed right after it
    result = run_cli("--data-dir", str(paths.data_dir), "fingerprint")
    assert result.returncode == 0, result.stderr
    assert not (paths.data_dir / JOURNAL).exists()
    opens_everything_with(paths, suite_passphrase())
