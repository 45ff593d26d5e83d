"""``partydesk backup create|list|restore`` as a user runs them, the automatic backup
before an import, and a restore killed half-way (all or nothing)."""

from __future__ import annotations

import json
import os
import stat

import pytest

from tests.bundles.test_crashes import run_until_paused
from tests.bundles.world import dump
from tests.helpers import connect_register, run_cli

pytestmark = pytest.mark.slow
EN = {"PARTYDESK_LANG": "en"}


def cli(data_dir, *args):
    return run_cli("--data-dir", str(data_dir), *args, env=EN)


def ok(result) -> str:
    assert result.returncode == 0, (result.stdout, result.stderr)
    return result.stdout


@pytest.fixture
def register(data_dir):
    ok(cli(data_dir, "init", "--role", "cell", "--name", "Chi bộ thôn Đồng Tâm", "--code",
           "CB01"))
    ok(cli(data_dir, "demo", "--members", "60", "--seed", "8"))
    return data_dir


def listed(data_dir) -> list[dict]:
    return json.loads(ok(cli(data_dir, "backup", "list", "--format", "json")))


def a_member(data_dir) -> str:
    conn = connect_register(data_dir / "partydesk.sqlite3")
    try:
        return conn.execute("SELECT id FROM members WHERE status = 'official' ORDER BY id"
                            ).fetchone()[0]
    finally:
        conn.close()


def test_create_and_list_a_checked_private_copy(register):
    made = ok(cli(register, "backup", "create")).strip()
    [entry] = listed(register)
    assert entry["id"] == made and entry["size"] > 0 and entry["created_at"][:2] == "20"
    [path] = (register / "backups").glob(f"*{made}*")
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE((register / "backups").stat().st_mode) == 0o700
    conn = connect_register(path)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        conn.close()


def test_restore_brings_the_register_back_and_keeps_what_it_replaced(register):
    before = dump(register)
    made = ok(cli(register, "backup", "create")).strip()
    ok(cli(register, "members", "event", a_member(register), "death", "--date",
           "2026-01-10"))
    changed = dump(register)
    said = ok(cli(register, "backup", "restore", made))
    assert "before-restore" in said
    assert dump(register) == before
    safety = [b for b in listed(register) if "before-restore" in b["id"]]
    assert len(safety) == 1
    ok(cli(register, "backup", "restore", safety[0]["id"]))
    assert dump(register) == changed


def test_unknown_or_damaged_backup_is_refused_and_changes_nothing(register):
    made = ok(cli(register, "backup", "create")).strip()
    [path] = (register / "backups").glob(f"*{made}*")
    data = bytearray(path.read_bytes())
    data[4096 * 3: 4096 * 3 + 200] = b"\xff" * 200
    path.write_bytes(bytes(data))
    before = dump(register)
    for backup_id in ("no-such-backup", made):
        result = cli(register, "backup", "restore", backup_id)
        assert result.returncode == 1 and result.stderr.startswith("error: ")
        assert len(result.stderr.splitlines()) == 1
    assert dump(register) == before


def test_an_import_is_preceded_by_a_backup(register, tmp_path):
    sheet = tmp_path / "members.csv"
    ok(cli(register, "members", "template", str(tmp_path / "blank.xlsx")))
    ok(cli(register, "members", "export", str(sheet)))
    assert listed(register) == []
    cli(register, "members", "import", str(sheet))      # duplicates may be refused
    backups = listed(register)
    assert all("before-import" in b["id"] for b in backups)


@pytest.mark.skipif(os.name != "posix", reason="SIGKILL")
def test_a_restore_killed_half_way_leaves_the_register_as_it_was(register, tmp_path):
    made = ok(cli(register, "backup", "create")).strip()
    ok(cli(register, "members", "event", a_member(register), "death", "--date",
           "2026-01-10"))
    before = dump(register)
    run_until_paused("restore-midway", tmp_path / "paused", "--data-dir", str(register),
                     "backup", "restore", made)
    conn = connect_register(register / "partydesk.sqlite3")
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        conn.close()
    assert dump(register) == before
    ok(cli(register, "backup", "restore", made))          # and it works afterwards
    assert dump(register) != before


def test_a_backup_is_one_file_that_leaves_no_side_files_when_read(register):
    made = ok(cli(register, "backup", "create")).strip()
    ok(cli(register, "backup", "restore", made))
    leftovers = [p.name for p in (register / "backups").iterdir()
                 if not p.name.endswith(".sqlite3")]
    assert leftovers == []
