"""The whole of issue 14 end to end, through the command line's ``main()`` in this
process, each installation in its own data folder: a committee and three cells with
demo data; decisions and a notice go down and are applied; a member moves from A to B
and is counted once at every step; cell C is wiped, restored, and its register equals
C's at the time of its last bundle."""

from __future__ import annotations

import json
import shutil
from datetime import date
from pathlib import Path

import pytest

from partydesk.__main__ import main
from partydesk.storage.partition_store import PARTITION_TABLES
from tests.bundles.world import dump, query

pytestmark = pytest.mark.slow
CELLS = {"CBA": ("Chi bộ thôn Đông", 30, 21), "CBB": ("Chi bộ thôn Tây", 40, 22),
         "CBC": ("Chi bộ thôn Nam", 50, 23)}
RESTORED = [t for t in PARTITION_TABLES if t != "organisation"]
CURRENT = ("probationary", "official")


class Desk:
    """``partydesk --data-dir DIR …`` in this process; the output it printed."""

    def __init__(self, capsys, root: Path):
        self.capsys, self.root = capsys, root
        self.stick = root / "stick"
        self.stick.mkdir()

    def run(self, where: str, *args: str) -> tuple[int, str, str]:
        self.capsys.readouterr()
        code = main(["--data-dir", str(self.root / where), *args])
        out = self.capsys.readouterr()
        return code, out.out, out.err

    def ok(self, where: str, *args: str) -> str:
        code, out, err = self.run(where, *args)
        assert code == 0, (args, out, err)
        return out

    def json(self, where: str, *args: str):
        return json.loads(self.ok(where, *args, "--format", "json"))

    def export(self, where: str, *args: str) -> list[str]:
        return self.ok(where, "bundle", "export", "--to", str(self.stick), *args).split()

    def send_up(self, code: str) -> None:
        [bundle] = self.export(code)[:1]
        self.ok("committee", "bundle", "import", bundle)

    def dir(self, where: str) -> Path:
        return self.root / where


def counted_once(desk: Desk, member: str) -> str:
    """Where the committee counts the member — the cell whose register holds them as
    current, or "transit" — asserting it is exactly one place, in the transfers list
    and in the consolidated register alike."""
    register = [row for row in desk.json("committee", "members", "list")
                if row["id"] == member]
    current = [row["cell_code"] for row in register if row["status"] in CURRENT]
    transit = [row for row in desk.json("committee", "transfers", "list")
               if row["member_id"] == member]
    assert len(current) + len(transit) == 1, (register, transit)
    assert len(register) == 1, register       # listed once, wherever they are
    return current[0] if current else "transit"


def logical(data_dir: Path) -> dict[str, list]:
    tables = dump(data_dir)
    return {table: tables[table] for table in RESTORED}


@pytest.fixture
def desk(capsys, tmp_path, monkeypatch):
    monkeypatch.setenv("PARTYDESK_LANG", "en")
    desk = Desk(capsys, tmp_path)
    desk.ok("committee", "init", "--role", "committee", "--name", "Đảng ủy xã Hòa Bình",
            "--code", "DUHB")
    for code, (name, members, seed) in CELLS.items():
        enrolment = desk.stick / f"{code}.json"
        desk.ok("committee", "enroll", "--name", name, "--code", code, "-o", str(enrolment))
        desk.ok(code, "init", "--enrollment", str(enrolment))
        desk.ok(code, "demo", "--members", str(members), "--seed", str(seed))
        [bundle] = desk.export(code)[:1]
        fingerprint = desk.ok(code, "fingerprint").strip()
        desk.ok("committee", "bundle", "import", bundle, "--confirm-fingerprint", fingerprint)
    return desk


def test_the_committee_and_three_cells_through_the_command_line(desk):
    today = date.today().isoformat()
    held = {row["code"]: row["members"] for row in desk.json("committee", "cells", "list")}
    assert sorted(held) == sorted(CELLS) and all(held.values())

    # 1. decisions and a notice go down and are applied
    [(member,)] = query(desk.dir("CBA"), "SELECT id FROM members WHERE status = 'official' "
                        "ORDER BY id LIMIT 1")
    desk.ok("committee", "decisions", "record", "--cell", "CBA", "--member", member,
            "--kind", "discipline", "--number", "15-QĐ/ĐU", "--date", today,
            "--level", "reprimand")
    desk.ok("committee", "notices", "add", "--all", "--title", "Hướng dẫn đại hội chi bộ",
            "--text", "Các chi bộ đọc kỹ và triển khai.")
    sent = desk.export("committee")
    assert len(sent) == 3
    for path in sent:
        cell = path.split("-to-")[1].split("-")[0]
        shown = desk.ok(cell, "bundle", "import", path)
        assert "Imported." in shown
        [notice] = desk.json(cell, "notices", "list")
        assert notice["title"] == "Hướng dẫn đại hội chi bộ"
    [decision] = desk.json("CBA", "decisions", "list")
    assert decision["applied"] and decision["member_id"] == member
    assert query(desk.dir("CBA"), "SELECT kind, occurred_on, json_extract(details, "
                 "'$.decision_number') FROM member_events WHERE member_id = ? "
                 "AND kind = 'discipline'", [member]) == [("discipline", today, "15-QĐ/ĐU")]
    desk.send_up("CBA")
    assert query(desk.dir("committee"), "SELECT count(*) FROM cell_member_events WHERE "
                 "cell_code = 'CBA' AND member_id = ? AND kind = 'discipline'",
                 [member]) == [(1,)]

    # 2. a member moves from A to B, counted once at every step
    [(moving,)] = query(desk.dir("CBA"), "SELECT id FROM members WHERE status = 'official' "
                        "AND id <> ? ORDER BY id LIMIT 1", [member])
    assert counted_once(desk, moving) == "CBA"
    desk.ok("CBA", "members", "event", moving, "transfer_out_official", "--date", today,
            "--to", "Chi bộ thôn Tây")
    assert counted_once(desk, moving) == "CBA"           # the committee has not heard yet
    desk.send_up("CBA")
    assert counted_once(desk, moving) == "transit"
    desk.ok("committee", "transfers", "forward", moving, "--to-cell", "CBB")
    assert counted_once(desk, moving) == "transit"
    [down] = desk.export("committee", "--cell", "CBB")
    assert "waiting to be accepted" in desk.ok("CBB", "bundle", "import", down)
    assert counted_once(desk, moving) == "transit"
    desk.ok("CBB", "transfers", "accept", moving, "--date", today)
    assert counted_once(desk, moving) == "transit"       # until B's next bundle
    desk.send_up("CBB")
    assert counted_once(desk, moving) == "CBB"
    assert query(desk.dir("CBB"), "SELECT status FROM members WHERE id = ?",
                 [moving]) == [("official",)]
    assert query(desk.dir("CBA"), "SELECT status FROM members WHERE id = ?",
                 [moving]) == [("transferred_out",)]
    desk_view = desk.json("committee", "desk")
    assert moving not in {t["member_id"] for t in desk_view["in_transit"]}

    # 3. cell C's last bundle, then its laptop dies
    desk.send_up("CBC")
    at_last_bundle = logical(desk.dir("CBC"))
    shutil.rmtree(desk.dir("CBC"))
    renewed = desk.stick / "CBC-renewed.json"
    desk.ok("committee", "enroll", "--code", "CBC", "--renew", "-o", str(renewed))
    [restore] = desk.export("committee", "--cell", "CBC", "--restore")
    desk.ok("CBC", "init", "--enrollment", str(renewed))
    assert "Restore bundle" in desk.ok("CBC", "bundle", "import", restore)
    assert logical(desk.dir("CBC")) == at_last_bundle
    assert query(desk.dir("CBC"), "PRAGMA integrity_check") == [("ok",)]
