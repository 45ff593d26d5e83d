"""On POSIX the data folder is 0700 and every file in it 0600 (register, WAL,
backups, keys, lock), and so is the log folder; an older, looser folder is tightened
the next time it is opened."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from tests.helpers import run_cli

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")


def modes(folder: Path) -> dict[str, int]:
    found = {".": stat.S_IMODE(folder.stat().st_mode)}
    for path in folder.rglob("*"):
        found[str(path.relative_to(folder))] = stat.S_IMODE(path.stat().st_mode)
    return found


def assert_private(folder: Path) -> None:
    for name, mode in modes(folder).items():
        path = folder / name
        expected = 0o700 if path.is_dir() else 0o600
        assert mode == expected, (name, oct(mode))


def test_everything_partydesk_writes_is_private(tmp_path):
    data, logs = tmp_path / "data", tmp_path / "logs"
    env = {"PARTYDESK_LOG_DIR": str(logs)}
    for args in (("init", "--role", "cell", "--name", "Chi bộ A", "--code", "CBA"),
                 ("demo", "--members", "5"), ("members", "list")):
        result = run_cli("--data-dir", str(data), *args, env=env)
        assert result.returncode == 0, result.stderr
    assert {"partydesk.sqlite3", "keys/signing.key", "keys/box.key"} <= set(modes(data))
    assert_private(data)
    assert_private(logs)


def test_a_loose_folder_from_an_older_version_is_tightened(tmp_path):
    data = tmp_path / "data"
    assert run_cli("--data-dir", str(data), "init", "--role", "cell", "--name", "Chi bộ A",
                   "--code", "CBA").returncode == 0
    data.chmod(0o755)
    for path in data.rglob("*"):
        path.chmod(0o755 if path.is_dir() else 0o644)
    assert run_cli("--data-dir", str(data), "members", "list").returncode == 0
    assert_private(data)
