"""``partydesk members event MEMBER_ID KIND --date DATE``: a member's events from the
command line, through the member aggregate and its rules."""

from __future__ import annotations

import json

import pytest

from partydesk.domain.events import EventKind
from tests.helpers import connect_register, run_cli, snapshot

pytestmark = pytest.mark.slow
EN = {"PARTYDESK_LANG": "en"}


@pytest.fixture
def register(data_dir):
    for args in (("init", "--role", "cell", "--name", "Chi bộ thôn Đồng Tâm", "--code", "CB01"),
                 ("demo", "--members", "12", "--seed", "4")):
        assert run_cli("--data-dir", str(data_dir), *args).returncode == 0
    return data_dir


def cli(data_dir, *args):
    return run_cli("--data-dir", str(data_dir), "members", *args, env=EN)


def official(data_dir) -> str:
    conn = connect_register(data_dir / "partydesk.sqlite3")
    try:
        return conn.execute("SELECT id FROM members WHERE status = 'official' "
                            "ORDER BY id").fetchone()[0]
    finally:
        conn.close()


def shown(data_dir, member_id) -> dict:
    result = cli(data_dir, "show", member_id, "--format", "json")
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_help_lists_every_kind_and_its_options():
    result = run_cli("members", "event", "--help", env=EN)
    assert result.returncode == 0
    for kind in EventKind:
        assert kind.value in result.stdout
    assert "transfer_out_official   [--to]" in result.stdout
    assert "discipline              --level" in result.stdout


def test_transfer_out_with_place_changes_status(register):
    member = official(register)
    result = cli(register, "event", member, "transfer_out_official", "--date", "2026-01-05",
                 "--to", "Chi bộ thôn Hồng Phong")
    assert result.returncode == 0, result.stderr
    assert "transferred_out" in result.stdout
    assert shown(register, member)["status"] == "transferred_out"
    conn = connect_register(register / "partydesk.sqlite3")
    try:
        [(kind, on, details)] = conn.execute(
            "SELECT kind, occurred_on, details FROM member_events WHERE member_id = ? "
            "ORDER BY rowid DESC LIMIT 1", [member]).fetchall()
    finally:
        conn.close()
    assert (kind, on) == ("transfer_out_official", "2026-01-05")
    assert json.loads(details) == {"place": "Chi bộ thôn Hồng Phong"}


def test_a_rule_refusal_exits_1_with_one_line_and_changes_nothing(register):
    member = official(register)
    assert cli(register, "event", member, "death", "--date", "2026-01-05").returncode == 0
    before = snapshot(register)
    result = cli(register, "event", member, "discipline", "--date", "2026-02-01",
                 "--level", "warning")
    assert result.returncode == 1
    assert result.stderr.startswith("error: ") and len(result.stderr.splitlines()) == 1
    unknown = cli(register, "event", "no-such-id", "death", "--date", "2026-02-01")
    assert unknown.returncode == 1 and "no-such-id" in unknown.stderr
    assert {k: v for k, v in snapshot(register).items() if "log" not in k} == {
        k: v for k, v in before.items() if "log" not in k}


def test_usage_errors_exit_2(register):
    member = official(register)
    assert cli(register, "event", member, "discipline", "--date", "2026-02-01"
               ).returncode == 2                               # --level needed
    assert cli(register, "event", member, "death", "--date", "2026-02-01", "--to", "X"
               ).returncode == 2                               # death takes no place
    assert cli(register, "event", member, "nonsense", "--date", "2026-02-01").returncode == 2
