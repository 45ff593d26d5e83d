"""``partydesk meetings`` and ``resolutions`` as a user runs them: real processes."""

from __future__ import annotations

import json

import pytest

from tests.helpers import connect_register, run_cli, snapshot

INIT = ("init", "--role", "cell", "--name", "Chi bộ thôn Đồng Tâm", "--code", "CB01",
        "--higher", "Đảng ủy xã Hòa Bình", "--term", "2025-2030")


def cli(data_dir, *args, **kwargs):
    return run_cli("--data-dir", str(data_dir), *args, **kwargs)


def assert_refused(result, *words):
    assert result.returncode == 1, result
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: "), result.stderr
    for word in words:
        assert word in lines[0]


@pytest.fixture(scope="module")
def register(tmp_path_factory):
    data_dir = tmp_path_factory.mktemp("cli") / "data"
    assert cli(data_dir, *INIT).returncode == 0
    demo = cli(data_dir, "demo", "--members", "30", "--seed", "5", "--as-of", "2026-02-20")
    assert demo.returncode == 0, demo.stderr
    assert "24" in demo.stdout
    return data_dir


def test_meetings_list_as_json(register):
    result = cli(register, "meetings", "list", "--format", "json")
    assert result.returncode == 0, result.stderr
    meetings = json.loads(result.stdout)
    assert len(meetings) == 24
    assert {"id", "date", "kind", "status"} <= set(meetings[0])
    assert meetings[0]["date"] == "2026-02-05" and meetings[0]["status"] == "draft"
    assert {m["status"] for m in meetings[1:]} == {"finalised"}
    assert {m["kind"] for m in meetings} == {"monthly_regular", "regular_with_thematic"}
    drafts = json.loads(cli(register, "meetings", "list", "--format", "json",
                            "--status", "draft").stdout)
    assert [m["id"] for m in drafts] == [meetings[0]["id"]]


def test_meetings_table_speaks_vietnamese_and_english_on_request(register):
    table = cli(register, "meetings", "list")
    assert table.returncode == 0
    lines = table.stdout.splitlines()
    assert lines[0].split()[:2] == ["Ngày", "Loại"] and len(lines) == 2 + 24
    assert "05/02/2026" in lines[2] and "Sinh hoạt chi bộ thường kỳ" in lines[2]
    assert "dự thảo" in lines[2]
    assert any("kết hợp chuyên đề" in line for line in lines)
    english = cli(register, "meetings", "list", env={"PARTYDESK_LANG": "en"})
    assert "Monthly regular meeting" in english.stdout and "signed" in english.stdout


def test_resolutions_list_as_json_and_table(register):
    result = cli(register, "resolutions", "list", "--format", "json")
    assert result.returncode == 0, result.stderr
    resolutions = json.loads(result.stdout)
    assert len(resolutions) == 23
    assert {"id", "number", "date", "meeting_id"} <= set(resolutions[0])
    assert resolutions[0]["number"] == "07-NQ/CB" and resolutions[0]["term"] == "2025-2030"
    assert resolutions[0]["date"] == "2026-01-05"
    meetings = {m["id"] for m in json.loads(
        cli(register, "meetings", "list", "--format", "json").stdout)}
    assert {r["meeting_id"] for r in resolutions} <= meetings
    table = cli(register, "resolutions", "list").stdout.splitlines()
    assert table[0].startswith("Số") and "07-NQ/CB" in table[2]
    minutes = json.loads(cli(register, "resolutions", "list", "--type", "BB",
                             "--format", "json").stdout)
    assert len(minutes) == 23


def test_meetings_show_gives_the_minutes(register):
    meetings = json.loads(cli(register, "meetings", "list", "--format", "json").stdout)
    shown = cli(register, "meetings", "show", meetings[1]["id"])
    assert shown.returncode == 0, shown.stderr
    minutes = json.loads(shown.stdout)
    assert minutes["header"]["place"] == "Hòa Bình"
    assert minutes["header"]["higher_org"] == "ĐẢNG BỘ XÃ HÒA BÌNH"
    assert minutes["header"]["number"] == minutes["number"]
    assert minutes["status"] == "finalised" and minutes["number"].endswith("-BB/CB")
    assert minutes["votes"][0]["explanation"].startswith("thông qua")
    assert minutes["attendance"]["present"] == meetings[1]["present"]


@pytest.mark.parametrize(("args", "words"), [
    (("resolutions", "list", "--type", "QĐi"), ["QĐi"]),
    (("resolutions", "list", "--type", "ZZ"), ["ZZ"]),
    (("meetings", "show", "no-such-id"), ["no-such-id"]),
], ids=["regulation-type", "unknown-type", "unknown-meeting"])
def test_bad_input_is_refused_in_one_line_and_changes_nothing(register, args, words):
    before = snapshot(register)
    assert_refused(cli(register, *args), *words)
    assert snapshot(register) == before


@pytest.mark.parametrize("args", [
    ("meetings", "list", "--format", "xml"),
    ("meetings", "list", "--status", "open"),
    ("meetings",),
    ("resolutions", "list", "--format", "csv"),
    ("demo", "--members", "5", "--meetings-months", "-1"),
])
def test_usage_errors_exit_2(register, args):
    assert cli(register, *args).returncode == 2


def test_listing_needs_a_register(tmp_path):
    assert_refused(cli(tmp_path / "none", "meetings", "list"))
    assert_refused(cli(tmp_path / "none", "resolutions", "list"))
    assert not (tmp_path / "none").exists()


def test_empty_lists_and_demo_without_meetings(tmp_path):
    data_dir = tmp_path / "data"
    cli(data_dir, *INIT)
    assert cli(data_dir, "meetings", "list", "--format", "json").stdout.strip() == "[]"
    assert "Chưa ghi" in cli(data_dir, "meetings", "list").stdout
    result = cli(data_dir, "demo", "--members", "10", "--meetings-months", "0")
    assert result.returncode == 0 and "sinh hoạt" not in result.stdout
    db = connect_register(data_dir / "partydesk.sqlite3")
    assert db.execute("SELECT count(*) FROM meetings").fetchone() == (0,)
    db.close()
