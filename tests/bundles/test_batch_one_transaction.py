"""A batch verifies each chosen bundle inside its one transaction and applies it at
once, holding no other bundle's rows: the committee ends exactly as after importing
the same files one at a time, and keeps each cell's file byte for byte."""

from __future__ import annotations

from partydesk.paths import resolve_paths
from partydesk.services.bundles import importer
from partydesk.services.setup.installation import Installation
from tests.bundles.world import cell_fingerprint, copy_dir, dump

VOLATILE = ("imported_bundles", "cells", "cell_keys", "_sqlite_migrations")


def _state(folder) -> dict:
    state = dump(folder)
    for table in VOLATILE:
        state.pop(table)
    # the year's statistics counted ahead: the same counts, counted at another second
    state["statistics_counts_kept"] = sorted(
        (basis, cell, counts) for basis, cell, counts, _at in state["statistics_counts_kept"])
    return state


def test_one_transaction_ends_as_one_file_at_a_time(world, extras, tmp_path):
    files = [paths[0] for paths in world.bundles.values()] + [extras.cb01_second]
    confirmed = [cell_fingerprint(world.cells[code]) for code in world.bundles]
    batch_dir = copy_dir(world.committee, tmp_path / "batch")
    with Installation.acquire(resolve_paths(batch_dir)) as inst:
        inst.open_register()
        batch = importer.import_bundles(inst.db, inst.organisation, inst.paths.keys_dir,
                                        files, confirmed=confirmed)
    # CB01's second bundle waits for its first (which proves the enrolment), then follows
    assert sorted((b.header.sender, b.header.sequence) for b in batch.applied) == [
        ("CB01", 1), ("CB01", 2), ("CB02", 1), ("CB03", 1)]
    assert not batch.refused and not batch.held and not batch.superseded
    assert all(b.payload.tables == {} and b.data == b"" for b in batch.applied)

    single_dir = copy_dir(world.committee, tmp_path / "single")
    with Installation.acquire(resolve_paths(single_dir)) as inst:
        inst.open_register()
        for path in files:
            importer.import_bundle(inst.db, inst.organisation, inst.paths.keys_dir, path,
                                   confirmed=confirmed)
    assert _state(batch_dir) == _state(single_dir)
    received = {code: content for code, *_, content in
                dump(batch_dir)["received_cell_bundles"]}
    assert received["CB01"] == extras.cb01_second.read_bytes()
    assert received["CB02"] == world.bundles["CB02"][0].read_bytes()
