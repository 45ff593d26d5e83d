"""A batch keeps the parsed rows of its first bundles only (ROWS_HELD); the others
are read again from their verified bytes at the apply. Either way the committee ends
in the same state, and what the commune keeps of each cell is the file itself."""

from __future__ import annotations

import pytest

from partydesk.paths import resolve_paths
from partydesk.services.bundles import importer
from partydesk.services.setup.installation import Installation
from tests.bundles.world import cell_fingerprint, copy_dir, dump


def _import_all(world, folder, monkeypatch, rows_held: int) -> dict:
    monkeypatch.setattr(importer, "ROWS_HELD", rows_held)
    with Installation.acquire(resolve_paths(folder)) as inst:
        inst.open_register()
        batch = importer.import_bundles(
            inst.db, inst.organisation, inst.paths.keys_dir,
            [paths[0] for paths in world.bundles.values()],
            confirmed=[cell_fingerprint(world.cells[code]) for code in world.bundles])
        assert len(batch.applied) == len(world.bundles) and not batch.refused
    state = dump(folder)
    for volatile in ("imported_bundles", "cells", "cell_keys", "_sqlite_migrations"):
        state.pop(volatile, None)
    return state


@pytest.mark.parametrize("rows_held", [0, 150])
def test_rows_read_again_give_the_same_register(world, tmp_path, monkeypatch, rows_held):
    kept = _import_all(world, copy_dir(world.committee, tmp_path / "kept"), monkeypatch,
                       importer.ROWS_HELD)
    again = _import_all(world, copy_dir(world.committee, tmp_path / "again"), monkeypatch,
                        rows_held)
    assert again == kept
    received = {code: content for code, *_, content in kept["received_cell_bundles"]}
    assert received == {code: paths[0].read_bytes()
                        for code, paths in world.bundles.items()}
