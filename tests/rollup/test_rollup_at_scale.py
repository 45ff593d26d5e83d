"""Issue 15 at scale: what keeps a province's import fast and whole.

- A nested cell bundle the province already holds byte for byte is not written again
  (its rows keep their places), while a changed cell's rows are replaced (that the
  state is the same in any order is tests/rollup/test_rollup_end_to_end's converge
  test, which runs through this skip).
- kill -9 in the middle of a roll-up's cells (some written, some not), and at random
  moments of the whole import, leaves the province's register exactly as before or
  exactly as after."""

from __future__ import annotations

import pytest

from tests.bundles.test_crashes import run_until_paused
from tests.bundles.test_random_kills import all_or_nothing
from tests.bundles.world import cell_fingerprint, cli, copy_dir, dump, ok, query
from tests.helpers import connect_register
from tests.rollup.province import CELLS, COMMUNES


def placed_rows(province) -> dict[str, list[tuple]]:
    """Each nested cell's member rows with their rowids: a rewritten row moves."""
    held: dict[str, list[tuple]] = {}
    for row in query(province, "SELECT cell_code, rowid, id, full_name FROM cell_members "
                     "ORDER BY cell_code, id"):
        held.setdefault(row[0], []).append(row[1:])
    return held


def test_unchanged_cells_are_not_written_again_and_changed_ones_are(province, tmp_path):
    target = copy_dir(province.pinned, tmp_path / "p")
    before = placed_rows(target)
    ok(cli(target, "bundle", "import", *map(str, province.second.values())))
    after = placed_rows(target)
    for commune in COMMUNES:
        for cell in CELLS:
            code = f"{commune}/{cell}"
            if cell == "CB02":        # the cell whose register changed (tests/rollup/province)
                assert after[code] != before[code]
                assert "Hà Thị Mới" in {row[2] for row in after[code]}
                assert {row[1] for row in after[code]} == {row[1] for row in before[code]}
            else:
                assert after[code] == before[code]
    # importing the same roll-ups again changes nothing at all
    held = dump(target)
    ok(cli(target, "bundle", "import", *map(str, province.second.values())))
    assert {t: r for t, r in dump(target).items() if t not in ("imported_bundles", "cells")} \
        == {t: r for t, r in held.items() if t not in ("imported_bundles", "cells")}


@pytest.mark.slow
def test_kill_after_some_cells_of_a_roll_up_were_written_leaves_nothing(province, tmp_path):
    target = copy_dir(province.province, tmp_path / "p")
    before = dump(target)
    commune = "DUX2"
    run_until_paused("rollup-cell-written", tmp_path / "paused", "--data-dir",
                     str(target), "bundle", "import", str(province.first[commune]),
                     "--confirm-fingerprint", cell_fingerprint(province.communes[commune]))
    conn = connect_register(target / "partydesk.sqlite3")
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    finally:
        conn.close()
    assert dump(target) == before         # the first cell's rows went with the kill
    ok(cli(target, "bundle", "import", str(province.first[commune]),
           "--confirm-fingerprint", cell_fingerprint(province.communes[commune])))
    held = {row[0] for row in query(target, "SELECT DISTINCT cell_code FROM cell_members")}
    assert held == {f"{commune}/{cell}" for cell in CELLS}


@pytest.mark.slow
def test_a_batch_of_roll_ups_killed_after_a_cell_was_written_leaves_nothing(province,
                                                                            tmp_path):
    target = copy_dir(province.pinned, tmp_path / "p")
    before = dump(target)
    run_until_paused("rollup-cell-written", tmp_path / "paused", "--data-dir",
                     str(target), "bundle", "import", *map(str, province.second.values()))
    assert dump(target) == before
    ok(cli(target, "bundle", "import", *map(str, province.second.values())))
    assert query(target, "SELECT DISTINCT last_sequence FROM cells") == [(2,)]


@pytest.mark.slow
def test_a_province_import_is_all_or_nothing_under_kill_9_at_random_moments(province,
                                                                            tmp_path):
    target = copy_dir(province.province, tmp_path / "p")     # all three cells written
    all_or_nothing(target, tmp_path, "bundle", "import", str(province.first["DUX1"]),
                   "--confirm-fingerprint", cell_fingerprint(province.communes["DUX1"]))
