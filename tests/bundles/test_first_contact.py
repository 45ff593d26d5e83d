"""First contact is confirmed by the fingerprint the cell reads out: an impostor
holding a copy of a cell's enrolment file gets its bundle held, then refused; the
real cell's bundle is applied once its fingerprint is confirmed."""

from __future__ import annotations

import pytest

from tests.bundles.world import EN, cell_fingerprint, cli, copy_dir, dump, ok, query, refused

pytestmark = pytest.mark.slow
WAITING = 3


def test_fingerprint_prints_the_installations_own_key(world):
    printed = cell_fingerprint(world.cells["CB02"])
    assert query(world.imported, "SELECT fingerprint FROM cells WHERE code = 'CB02'"
                 ) == [(printed,)]
    assert len(printed.split()) == 5


def test_a_hijack_is_held_then_refused_and_the_real_cell_is_confirmed(world, extras,
                                                                      tmp_path):
    committee = copy_dir(world.committee, tmp_path / "committee")
    before = dump(committee)
    impostor_fp = cell_fingerprint(extras.impostor_cell)
    real_fp = cell_fingerprint(world.cells["CB01"])
    assert impostor_fp != real_fp

    waiting = cli(committee, "bundle", "import", str(extras.impostor), lang=EN)
    assert waiting.returncode == WAITING, (waiting.stdout, waiting.stderr)
    assert waiting.stdout.splitlines()[0] == impostor_fp
    assert "Waiting for confirmation" in waiting.stdout and waiting.stderr == ""
    assert dump(committee) == before

    # the operator rings the real cell, which reads out its own fingerprint
    refused(cli(committee, "bundle", "import", str(extras.impostor),
                "--confirm-fingerprint", real_fp, lang=EN), "fingerprint", "CB01")
    assert dump(committee) == before

    typed = real_fp.lower().replace(" ", "-")          # dashes and case do not matter
    out = ok(cli(committee, "bundle", "import", str(world.bundles["CB01"][0]),
                 "--confirm-fingerprint", typed, lang=EN))
    assert "Imported." in out
    assert query(committee, "SELECT status, fingerprint FROM cells WHERE code = 'CB01'"
                 ) == [("active", real_fp)]
    refused(cli(committee, "bundle", "import", str(extras.impostor), "--confirm-fingerprint",
                impostor_fp, lang=EN), "not signed by the key")


def test_a_batch_holds_unconfirmed_first_bundles_and_applies_the_rest(world, tmp_path):
    committee = copy_dir(world.committee, tmp_path / "committee")
    files = [str(world.bundles[code][0]) for code in ("CB01", "CB02")]
    result = cli(committee, "bundle", "import", *files, "--confirm-fingerprint",
                 cell_fingerprint(world.cells["CB02"]), lang=EN)
    assert result.returncode == WAITING, (result.stdout, result.stderr)
    assert cell_fingerprint(world.cells["CB01"]) in result.stdout.splitlines()
    assert query(committee, "SELECT code, status FROM cells ORDER BY code") == [
        ("CB01", "enrolled"), ("CB02", "active"), ("CB03", "enrolled")]


def test_a_wrong_fingerprint_in_a_batch_changes_nothing(world, tmp_path):
    committee = copy_dir(world.committee, tmp_path / "committee")
    before = dump(committee)
    refused(cli(committee, "bundle", "import", str(world.bundles["CB01"][0]),
                str(world.bundles["CB02"][0]), "--confirm-fingerprint", "0000 1111 2222 "
                "3333 4444", lang=EN), "fingerprint")
    assert dump(committee) == before
