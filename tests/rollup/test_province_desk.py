"""The desk and the duplicates on a province: its communes' figures are the sums of
their cells' (not the zeros of codes nobody sends under), and the same member held in
two communes' cells is flagged like two cells of one commune."""

from __future__ import annotations

import json

from tests.bundles.world import cli, copy_dir, execute, export, ok, query
from tests.rollup.province import COMMUNES, export_up


def desk_rows(province) -> dict[str, dict]:
    desk = json.loads(ok(cli(province, "desk", "--format", "json")))
    return {row["code"]: row for row in desk["cells"]}


def test_a_communes_row_adds_up_its_cells(province):
    rows = desk_rows(province.pinned)
    assert sorted(rows) == sorted(COMMUNES)
    for code, row in rows.items():
        members = query(province.pinned, "SELECT count(*) FROM cell_members WHERE cell_code "
                        "LIKE ? AND status IN ('probationary', 'official')", [f"{code}/%"])
        assert row["members"] == members[0][0] > 0
        held = query(province.pinned, "SELECT count(*) FROM cell_meetings WHERE cell_code "
                     "LIKE ? AND substr(held_on, 1, 7) = ?",
                     [f"{code}/%", json.loads(ok(cli(province.pinned, "desk", "--format",
                                                     "json")))["meeting_month"]])
        assert row["meetings_last_month"] == held[0][0]
        assert isinstance(row["cells_without_meeting"], list)


def test_the_same_member_in_two_communes_is_flagged_at_the_province(province, tmp_path):
    target = copy_dir(province.pinned, tmp_path / "p")
    first_commune, cell = province.communes["DUX1"], province.cells["DUX1", "CB01"]
    other_cell = province.cells["DUX3", "CB02"]
    card, = query(other_cell, "SELECT card_number FROM members WHERE card_number IS NOT "
                  "NULL AND card_number <> '' AND status = 'official' ORDER BY id LIMIT 1")[0]
    commune = copy_dir(first_commune, tmp_path / "DUX1")
    cell = copy_dir(cell, tmp_path / "CB01")
    execute(cell, "UPDATE members SET card_number = ? WHERE id = (SELECT min(id) FROM "
            "members WHERE status = 'official')", [card])
    ok(cli(commune, "bundle", "import", str(export(cell, tmp_path / "stick"))))
    ok(cli(target, "bundle", "import", str(export_up(commune, tmp_path / "up"))))

    pairs = json.loads(ok(cli(target, "duplicates", "list", "--format", "json")))
    assert [(p["cell_a"], p["cell_b"], p["reason"]) for p in pairs] == [
        ("DUX1/CB01", "DUX3/CB02", "card_number")]
