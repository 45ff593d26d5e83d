"""A roll-up written before streaming (format 2: the cells' format 1 bundles base64
inside one sealed JSON) is still read by the province, and the commune's next roll-up
(format 3) carries those format 1 cell bundles with the key of their sealed boxes."""

from __future__ import annotations

from pathlib import Path

from partydesk.paths import resolve_paths
from partydesk.services.bundles.stream_container import is_streamed
from partydesk.services.setup.installation import Installation
from tests.bundles.legacy import cell_bundle_v1, rollup_v2
from tests.bundles.world import cli, copy_dir, ok, query
from tests.rollup.province import CELLS, export_up


def _opened(folder: Path) -> Installation:
    installation = Installation.acquire(resolve_paths(folder))
    installation.open_register()
    return installation


def _held(province: Path) -> list[tuple]:
    return query(province, "SELECT cell_code, id, full_name, status FROM cell_members "
                 "WHERE cell_code LIKE 'DUX1/%' ORDER BY cell_code, id")


def test_a_format_2_roll_up_of_format_1_cells_still_imports(province, tmp_path):
    commune_dir = copy_dir(province.communes["DUX1"], tmp_path / "commune")
    for code in CELLS:              # each cell sends a format 1 bundle, as before
        cell = _opened(copy_dir(province.cells["DUX1", code], tmp_path / code))
        try:
            old = cell_bundle_v1(cell.db, cell.organisation, cell.paths.keys_dir,
                                 tmp_path / "stick" / code)
        finally:
            cell.release()
        ok(cli(commune_dir, "bundle", "import", str(old)))
    commune = _opened(commune_dir)
    try:
        old_rollup = rollup_v2(commune.db, commune.organisation, commune.paths.keys_dir,
                               tmp_path / "up")
    finally:
        commune.release()
    assert not is_streamed(old_rollup)
    target = copy_dir(province.pinned, tmp_path / "p")
    ok(cli(target, "bundle", "import", str(old_rollup)))
    assert query(target, "SELECT last_sequence FROM cells WHERE code = 'DUX1'") == [(3,)]
    held = _held(target)
    assert {row[0] for row in held} == {f"DUX1/{code}" for code in CELLS}
    new_rollup = export_up(commune_dir, tmp_path / "up3")      # format 3, same cells
    assert is_streamed(new_rollup)
    ok(cli(target, "bundle", "import", str(new_rollup)))
    assert query(target, "SELECT last_sequence FROM cells WHERE code = 'DUX1'") == [(4,)]
    assert _held(target) == held
