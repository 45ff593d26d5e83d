"""Insider payloads: signed by the cell's own pinned key, hostile inside. Each is
refused with one line naming table, row and column; the committee is unchanged."""

from __future__ import annotations

import copy

import pytest

from tests.bundles import craft
from tests.bundles.insiders import CORPUS, table
from tests.bundles.world import EN, cli, copy_dir, dump, ok, query, refused

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def committee_and_document(world, extras, tmp_path_factory):
    committee = copy_dir(world.imported, tmp_path_factory.mktemp("insiders") / "committee")
    return committee, craft.open_document(extras.cb01_second, committee), dump(committee)


@pytest.mark.parametrize("name, mutate, words", CORPUS, ids=[c[0] for c in CORPUS])
def test_an_insider_payload_is_refused_naming_where(world, extras, committee_and_document,
                                                    tmp_path, name, mutate, words):
    committee, document, before = committee_and_document
    hostile = copy.deepcopy(document)
    mutate(hostile)
    bundle = craft.insider(extras.cb01_second, committee, world.cells["CB01"],
                           tmp_path / "insider.zip", hostile)
    line = refused(cli(committee, "bundle", "import", str(bundle), lang=EN), *words)
    assert "unexpected" not in line
    assert dump(committee) == before


def test_a_snapshot_wiping_the_cell_needs_confirmed_removals(world, extras, tmp_path):
    committee = copy_dir(world.imported, tmp_path / "committee")
    document = craft.open_document(extras.cb01_second, committee)
    for held in document["tables"].values():
        held["rows"] = []
    document["tables"]["organisation"] = craft.open_document(
        extras.cb01_second, committee)["tables"]["organisation"]
    bundle = craft.insider(extras.cb01_second, committee, world.cells["CB01"],
                           tmp_path / "empty.zip", document)
    before = dump(committee)
    dry = ok(cli(committee, "bundle", "import", "--dry-run", str(bundle), lang=EN))
    assert "--confirm-removals" in dry
    refused(cli(committee, "bundle", "import", str(bundle), lang=EN), "remove",
            "--confirm-removals")
    assert dump(committee) == before
    ok(cli(committee, "bundle", "import", str(bundle), "--confirm-removals", lang=EN))
    assert query(committee, "SELECT count(*) FROM cell_members WHERE cell_code = 'CB01'"
                 ) == [(0,)]


def test_a_few_leaving_members_need_no_confirmation(world, extras, tmp_path):
    committee = copy_dir(world.imported, tmp_path / "committee")
    document = craft.open_document(extras.cb01_second, committee)
    columns, rows = table(document, "members")
    status = columns.index("status")
    official = [r for r in rows if r[status] == "official"]
    official[0][status] = "deceased"
    bundle = craft.insider(extras.cb01_second, committee, world.cells["CB01"],
                           tmp_path / "one.zip", document)
    ok(cli(committee, "bundle", "import", str(bundle), lang=EN))
