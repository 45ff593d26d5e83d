"""A cell's key over its life, end to end through the command line: enrolled, a
hijack attempt held and refused, the real cell confirmed, its key changed by the cell,
then lost and renewed by the committee."""

from __future__ import annotations

import json

import pytest

from tests.bundles.world import (
    EN,
    cell_fingerprint,
    cli,
    confirmed_import,
    copy_dir,
    dump,
    export,
    ok,
    query,
    refused,
)

pytestmark = pytest.mark.slow
WAITING = 3


def test_a_cells_key_from_enrolment_to_renewal(world, extras, tmp_path):
    committee = copy_dir(world.committee, tmp_path / "committee")
    cell = copy_dir(world.cells["CB01"], tmp_path / "cell")
    stick = tmp_path / "stick"
    # hijack attempt: held, then refused on the fingerprint the real cell reads out
    before = dump(committee)
    held = cli(committee, "bundle", "import", str(extras.impostor), lang=EN)
    assert held.returncode == WAITING and dump(committee) == before
    refused(cli(committee, "bundle", "import", str(extras.impostor), "--confirm-fingerprint",
                cell_fingerprint(cell), lang=EN), "fingerprint")
    assert dump(committee) == before
    # the real cell is confirmed
    first = cell_fingerprint(cell)
    confirmed_import(committee, world.bundles["CB01"][0], cell)
    # the cell changes its key; the committee follows the certified chain
    before_change = copy_dir(cell, tmp_path / "before-change")
    out = ok(cli(cell, "key", "change", lang=EN))
    second = cell_fingerprint(cell)
    assert second != first and second in out and first in out
    changed = export(cell, stick)
    ok(cli(committee, "bundle", "import", str(changed), lang=EN))
    assert query(committee, "SELECT fingerprint FROM cells WHERE code = 'CB01'"
                 ) == [(second,)]
    assert query(committee, "SELECT fingerprint, retired_because FROM cell_keys WHERE "
                 "cell_code = 'CB01' ORDER BY id") == [(first, "changed"), (second, None)]
    # a bundle still signed by the old key is refused now
    stale = export(before_change, tmp_path / "stale")
    refused(cli(committee, "bundle", "import", str(stale), lang=EN), "no longer")
    # the laptop is lost: the committee revokes the key and enrols the code again
    renewal = tmp_path / "renewal.json"
    ok(cli(committee, "enroll", "--code", "CB01", "--renew", "-o", str(renewal), lang=EN))
    kept = query(committee, "SELECT count(*) FROM cell_members WHERE cell_code = 'CB01'")
    assert kept[0][0] > 0
    later = export(copy_dir(cell, tmp_path / "old-laptop-copy"), stick)
    refused(cli(committee, "bundle", "import", str(later), lang=EN), "no longer")
    fresh = tmp_path / "new-laptop"
    ok(cli(fresh, "init", "--enrollment", str(renewal)))
    ok(cli(fresh, "demo", "--members", "4", "--seed", "3"))
    renewed = export(fresh, stick)
    assert renewed.name.endswith("-000001.pdbundle.zip")
    assert cli(committee, "bundle", "import", str(renewed)).returncode == WAITING
    confirmed_import(committee, renewed, fresh)
    history = query(committee, "SELECT sequence, signing_fingerprint FROM imported_bundles "
                    "WHERE cell_code = 'CB01' ORDER BY id")
    assert history == [(1, first), (2, second), (1, cell_fingerprint(fresh))]
    assert query(committee, "SELECT retired_because FROM cell_keys WHERE cell_code = 'CB01' "
                 "ORDER BY id") == [("changed",), ("revoked",), (None,)]


def test_the_enrolment_secret_is_erased_after_the_first_export(world, tmp_path):
    cell = world.cells["CB02"]
    assert query(cell, "SELECT enrolment_secret FROM higher_committee") == [("",)]
    secret = json.loads((world.stick / "CB02.enrolment.json").read_text())["secret"]
    assert secret not in repr(dump(cell))
    fresh = tmp_path / "cell"
    enrolment = tmp_path / "CB07.json"
    ok(cli(copy_dir(world.committee, tmp_path / "c"),
           "enroll", "--name", "Chi bộ bảy", "--code", "CB07", "-o", str(enrolment)))
    ok(cli(fresh, "init", "--enrollment", str(enrolment)))
    (tmp_path / "stick").mkdir()
    out = ok(cli(fresh, "bundle", "export", "--to", str(tmp_path / "stick"), lang=EN))
    assert "Delete the enrolment file" in out
    out = ok(cli(fresh, "bundle", "export", "--to", str(tmp_path / "stick"), lang=EN))
    assert "Delete the enrolment file" not in out


def test_renewing_an_unknown_cell_is_refused(world, tmp_path):
    committee = copy_dir(world.committee, tmp_path / "committee")
    before = dump(committee)
    refused(cli(committee, "enroll", "--code", "CB99", "--renew", "-o",
                str(tmp_path / "x.json"), lang=EN), "CB99")
    assert dump(committee) == before and not (tmp_path / "x.json").exists()
