"""Bundles written before streaming (format 1) are still read: a committee imports a
cell's format 1 bundle as before, and the cell's next bundle (format 3) follows it."""

from __future__ import annotations

from partydesk.services.bundles.importer import import_bundle
from partydesk.services.bundles.stream_container import is_streamed
from partydesk.services.setup.keys import fingerprint
from tests.bundles.legacy import cell_bundle_v1
from tests.ui.sync_world import export, make_cell, make_committee


def _held(committee, code: str) -> list[tuple]:
    return committee.db.execute("SELECT id, full_name, status FROM cell_members "
                                "WHERE cell_code = ? ORDER BY id", [code]).fetchall()


def test_a_format_1_bundle_still_imports_and_format_3_follows_it(tmp_path):
    committee = make_committee(tmp_path / "committee")
    cell = make_cell(committee, tmp_path, "CB01")
    try:
        old = cell_bundle_v1(cell.db, cell.organisation, cell.paths.keys_dir,
                             tmp_path / "stick")
        assert not is_streamed(old)
        printed = fingerprint(bytes.fromhex(cell.organisation.signing_public_key))
        first = import_bundle(committee.db, committee.organisation,
                              committee.paths.keys_dir, old, confirmed=[printed])
        assert first.applied and first.bundle.header.format_version == 1
        members = cell.db.execute("SELECT id, full_name, status FROM members ORDER BY id"
                                  ).fetchall()
        assert _held(committee, "CB01") == members
        new = export(cell, tmp_path / "stick")
        assert is_streamed(new)
        second = import_bundle(committee.db, committee.organisation,
                               committee.paths.keys_dir, new)
        assert second.applied and second.bundle.header.format_version == 3
        assert second.changes.added == second.changes.changed == 0
        assert _held(committee, "CB01") == members
        # the commune keeps each file byte for byte (to carry it up)
        kept = committee.db.execute("SELECT content FROM received_cell_bundles "
                                    "WHERE cell_code = 'CB01'").fetchone()[0]
        assert kept == new.read_bytes()
    finally:
        cell.release()
        committee.release()
