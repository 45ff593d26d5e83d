"""A member moves from cell CB01 to cell CB02 of the same committee, all through the
command line, and is counted once at every step: in transit on the committee, then in
CB02 alone — with the whole history and a dated "transferred in" event."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.bundles.world import EN, cli, copy_dir, export, ok, query, refused

pytestmark = pytest.mark.slow


def counted(committee: Path, member: str) -> dict:
    """Where the committee counts the member: current in a cell, or in transit."""
    current = query(committee, "SELECT cell_code FROM cell_members WHERE id = ? AND status "
                    "IN ('probationary', 'official')", [member])
    transit = [row for row in json.loads(ok(cli(committee, "transfers", "list", "--format",
                                                "json")))
               if row["member_id"] == member]
    return {"current": [c for (c,) in current], "transit": transit}


def once(committee: Path, member: str) -> dict:
    where = counted(committee, member)
    assert len(where["current"]) + len(where["transit"]) == 1, where
    return where


def test_a_member_moves_between_two_cells_and_is_counted_once_at_every_step(world, tmp_path):
    committee = copy_dir(world.imported, tmp_path / "committee")
    a = copy_dir(world.cells["CB01"], tmp_path / "CB01")
    b = copy_dir(world.cells["CB02"], tmp_path / "CB02")
    stick = tmp_path / "stick"
    member = query(a, "SELECT id FROM members WHERE status = 'official' ORDER BY id")[0][0]
    history = query(a, "SELECT kind, occurred_on FROM member_events WHERE member_id = ? "
                    "ORDER BY occurred_on, rowid", [member])
    assert once(committee, member)["current"] == ["CB01"]

    ok(cli(a, "members", "event", member, "transfer_out_official", "--date", "2026-03-02",
           "--to", "Chi bộ bản Pá Vệt"))
    ok(cli(committee, "bundle", "import", str(export(a, stick))))
    [moving] = once(committee, member)["transit"]
    assert (moving["from_cell"], moving["state"], moving["left_on"]) == (
        "CB01", "waiting", "2026-03-02")
    assert moving["to_place"] == "Chi bộ bản Pá Vệt"

    ok(cli(committee, "transfers", "forward", member, "--to-cell", "CB02"))
    assert once(committee, member)["transit"][0]["state"] == "forwarded"
    down = [Path(p) for p in ok(cli(committee, "bundle", "export", "--to", str(stick),
                                    "--cell", "CB02")).split()]
    shown = ok(cli(b, "bundle", "import", str(down[0]), lang=EN))
    assert "waiting to be accepted" in shown and member in shown
    [waiting] = json.loads(ok(cli(b, "transfers", "list", "--format", "json")))
    assert (waiting["member_id"], waiting["state"]) == (member, "waiting")
    refused(cli(b, "transfers", "accept", member, "--date", "2026-02-01", lang=EN), "before")
    ok(cli(b, "transfers", "accept", member, "--date", "2026-03-20"))
    arrived = query(b, "SELECT kind, occurred_on FROM member_events WHERE member_id = ? "
                    "ORDER BY occurred_on, rowid", [member])
    assert arrived[:len(history)] == history
    assert arrived[-2:] == [("transfer_out_official", "2026-03-02"),
                            ("transfer_in_official", "2026-03-20")]
    assert query(b, "SELECT status FROM members WHERE id = ?", [member]) == [("official",)]
    assert once(committee, member)["transit"]          # until CB02's next bundle

    ok(cli(committee, "bundle", "import", str(export(b, stick))))
    assert once(committee, member)["current"] == ["CB02"]
    listed = [row for row in json.loads(ok(cli(committee, "members", "list", "--format",
                                               "json"))) if row["id"] == member]
    assert [row["cell_code"] for row in listed] == ["CB02"]
    # a second acceptance, or a member not in transit, is refused
    refused(cli(b, "transfers", "accept", member, "--date", "2026-03-21", lang=EN))
    refused(cli(committee, "transfers", "forward", member, "--to-cell", "CB03", lang=EN),
            "not in transit")
