"""The set-up commands as a user runs them: separate processes, real folders."""

from __future__ import annotations

import os
import stat

import pytest

from partydesk import __version__
from partydesk.paths import resolve_paths
from partydesk.services.setup.instance_lock import InstanceLock
from tests.helpers import connect_register, run_cli, snapshot

INIT = ("init", "--role", "cell", "--name", "Chi bộ thôn Đồng Tâm", "--code", "CB01",
        "--higher", "Đảng ủy xã Hòa Bình")


def init(data_dir, *extra):
    return run_cli("--data-dir", str(data_dir), *INIT, *extra)


def assert_refused(result, *words):
    assert result.returncode == 1, result
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: "), result.stderr
    for word in words:
        assert word in lines[0]


def test_version():
    result = run_cli("--version")
    assert result.returncode == 0 and __version__ in result.stdout


def test_init_creates_register_and_private_keys(data_dir):
    result = init(data_dir)
    assert result.returncode == 0, result.stderr
    assert "Chi bộ thôn Đồng Tâm" in result.stdout
    db = connect_register(data_dir / "partydesk.sqlite3")
    row = db.execute("SELECT role, name, code, higher_name FROM organisation").fetchone()
    assert row == ("cell", "Chi bộ thôn Đồng Tâm", "CB01", "Đảng ủy xã Hòa Bình")
    for key in ("signing.key", "box.key"):
        mode = stat.S_IMODE((data_dir / "keys" / key).stat().st_mode)
        assert mode == 0o600, oct(mode)
    assert not list(data_dir.glob("*.partial*"))


def test_init_twice_is_refused_and_changes_nothing(data_dir):
    assert init(data_dir).returncode == 0
    before = snapshot(data_dir)
    assert_refused(init(data_dir), str(data_dir))
    assert snapshot(data_dir) == before


def test_refusals_speak_vietnamese_by_default_and_english_on_request(data_dir):
    init(data_dir)
    assert "đã có sổ" in init(data_dir).stderr
    english = run_cli("--data-dir", str(data_dir), *INIT, env={"PARTYDESK_LANG": "en"})
    assert "already set up" in english.stderr


def test_register_from_newer_version_is_refused_and_untouched(data_dir):
    init(data_dir)
    db = connect_register(data_dir / "partydesk.sqlite3")
    db.execute("PRAGMA user_version = 999")
    db.commit()
    db.close()
    before = snapshot(data_dir)
    result = run_cli("--data-dir", str(data_dir), "demo", "--members", "5")
    assert_refused(result, "PartyDesk")
    assert snapshot(data_dir) == before


def test_second_instance_on_a_data_folder_is_refused(data_dir):
    init(data_dir)
    lock = InstanceLock(resolve_paths(data_dir).lock_file)
    lock.acquire()
    try:
        before = snapshot(data_dir)
        assert_refused(run_cli("--data-dir", str(data_dir), "demo", "--members", "5"))
        assert_refused(init(data_dir))
        assert snapshot(data_dir) == before
    finally:
        lock.release()


def test_data_folder_that_cannot_be_created_is_refused(tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    assert_refused(init(blocker / "data"), str(blocker / "data"))
    assert blocker.read_text() == "not a folder"


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_data_folder_that_cannot_be_written_is_refused(tmp_path):
    folder = tmp_path / "readonly"
    folder.mkdir()
    if os.geteuid() == 0:
        folder = "/proc/self/fdinfo"      # root may write anywhere else
    else:
        folder.chmod(0o500)
    before = snapshot(tmp_path)
    assert_refused(init(folder), str(folder))
    assert snapshot(tmp_path) == before


@pytest.mark.parametrize(("option", "value", "word"), [
    ("--code", "CB 01", "CB 01"),
    ("--name", "   ", ""),
], ids=["code-with-space", "blank-name"])
def test_bad_organisation_details_are_refused_and_leave_no_folder(tmp_path, option, value, word):
    data_dir = tmp_path / "new"
    args = list(INIT)
    args[args.index(option) + 1] = value
    result = run_cli("--data-dir", str(data_dir), *args)
    assert_refused(result, word)
    assert not data_dir.exists()


def test_demo_needs_a_register_first(data_dir):
    assert_refused(run_cli("--data-dir", str(data_dir), "demo", "--members", "5"))
    assert not data_dir.exists()


def test_demo_fills_a_sound_register_once(data_dir):
    init(data_dir)
    result = run_cli("--data-dir", str(data_dir), "demo", "--members", "300", "--seed", "7")
    assert result.returncode == 0, result.stderr
    db = connect_register(data_dir / "partydesk.sqlite3")
    assert db.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    assert db.execute("SELECT count(*) FROM members").fetchone() == (300,)
    db.close()
    before = snapshot(data_dir)
    assert_refused(run_cli("--data-dir", str(data_dir), "demo", "--members", "5"))
    assert snapshot(data_dir) == before


def test_usage_errors_exit_2():
    assert run_cli("init", "--role", "king").returncode == 2
    assert run_cli("demo").returncode == 2
