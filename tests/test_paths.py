from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from partydesk.paths import PORTABLE_MARKER, portable_root, resolve_paths
from tests.helpers import SRC


def test_data_dir_option_beats_environment(tmp_path):
    paths = resolve_paths(tmp_path / "cli", {"PARTYDESK_DATA_DIR": str(tmp_path / "env")})
    assert paths.data_dir == tmp_path / "cli"
    assert paths.database == tmp_path / "cli" / "partydesk.sqlite3"


def test_environment_beats_platform_default(tmp_path):
    paths = resolve_paths(None, {"PARTYDESK_DATA_DIR": str(tmp_path / "env")})
    assert paths.data_dir == tmp_path / "env"


def test_platform_default_is_a_per_user_folder():
    paths = resolve_paths(None, {})
    assert "partydesk" in str(paths.data_dir).lower()
    assert paths.data_dir.is_absolute()


def test_portable_marker_puts_data_beside_the_executable(tmp_path):
    exe = tmp_path / "partydesk"
    exe.write_text("")
    assert portable_root(str(exe), frozen=True) is None
    (tmp_path / PORTABLE_MARKER).write_text("")
    root = portable_root(str(exe), frozen=True)
    assert root == tmp_path
    paths = resolve_paths(None, {}, portable=root)
    assert paths.portable and paths.data_dir == tmp_path / "data"
    assert paths.log_dir == tmp_path / "data" / "logs"


def test_portable_mode_only_applies_to_the_frozen_app(tmp_path):
    (tmp_path / PORTABLE_MARKER).write_text("")
    assert portable_root(str(tmp_path / "python"), frozen=False) is None


def test_importing_the_whole_package_creates_nothing(tmp_path):
    home = tmp_path / "home"
    home.mkdir()
    code = ("import pkgutil, importlib, partydesk\n"
            "for m in pkgutil.walk_packages(partydesk.__path__, 'partydesk.'):\n"
            "    importlib.import_module(m.name)\n")
    env = {**os.environ, "HOME": str(home), "XDG_DATA_HOME": str(home / "data"),
           "XDG_STATE_HOME": str(home / "state"), "PYTHONPATH": str(SRC)}
    env.pop("PARTYDESK_LOG_DIR", None)
    subprocess.run([sys.executable, "-c", code], check=True, env=env)
    assert list(Path(home).iterdir()) == []
