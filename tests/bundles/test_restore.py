"""A cell's laptop dies: the committee renews its enrolment and writes a restore bundle;
the new installation, set up from the renewed file, gets back the register exactly as
the committee last received it, and numbers its next bundle after that one."""

from __future__ import annotations

from pathlib import Path

import pytest

from partydesk.storage.partition_store import PARTITION_TABLES
from tests.bundles.test_crashes import run_until_paused
from tests.bundles.world import EN, cli, copy_dir, dump, ok, query, refused

pytestmark = pytest.mark.slow
RESTORED = [t for t in PARTITION_TABLES if t != "organisation"]
SCHEMA = "SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name"


def logical(data_dir: Path) -> dict[str, list]:
    tables = dump(data_dir)
    return {table: tables[table] for table in RESTORED}


@pytest.fixture
def renewed(world, tmp_path):
    committee = copy_dir(world.imported, tmp_path / "committee")
    stick = tmp_path / "stick"
    stick.mkdir()
    enrolment = stick / "CB03-renewed.json"
    ok(cli(committee, "enroll", "--code", "CB03", "--renew", "-o", str(enrolment)))
    [restore] = ok(cli(committee, "bundle", "export", "--to", str(stick), "--cell", "CB03",
                       "--restore")).split()
    fresh = tmp_path / "CB03-new"
    ok(cli(fresh, "init", "--enrollment", str(enrolment)))
    return committee, Path(restore), fresh, stick


def test_a_wiped_cell_gets_back_its_register_as_of_its_last_bundle(world, renewed):
    committee, restore, fresh, stick = renewed
    schema = query(fresh, SCHEMA)
    shown = ok(cli(fresh, "bundle", "import", str(restore), lang=EN))
    # the indexes and insert guards dropped for the load are all back, as they were
    assert query(fresh, SCHEMA) == schema
    assert "Restore bundle" in shown
    assert logical(fresh) == logical(world.cells["CB03"])
    assert query(fresh, "PRAGMA integrity_check") == [("ok",)]
    # its next bundle continues the numbering, and the committee takes it
    [last] = query(world.imported, "SELECT last_sequence FROM cells WHERE code = 'CB03'")
    bundle = ok(cli(fresh, "bundle", "export", "--to", str(stick))).splitlines()[0]
    assert bundle.endswith(f"-{last[0] + 1:06d}.pdbundle.zip")
    first = cli(committee, "bundle", "import", bundle, lang=EN)
    assert first.returncode == 3                       # confirmed first contact (trust)
    fingerprint = first.stdout.split("--confirm-fingerprint ")[1].split('"')[1]
    ok(cli(committee, "bundle", "import", bundle, "--confirm-fingerprint", fingerprint))
    assert query(committee, "SELECT count(*) FROM cell_members WHERE cell_code = 'CB03'") == \
        query(world.imported, "SELECT count(*) FROM cell_members WHERE cell_code = 'CB03'")


def test_restore_goes_only_into_an_empty_register_and_only_with_the_renewed_file(
        world, renewed, tmp_path):
    committee, restore, fresh, _ = renewed
    ok(cli(fresh, "demo", "--members", "3"))
    before = dump(fresh)
    refused(cli(fresh, "bundle", "import", str(restore), lang=EN), "empty register")
    assert dump(fresh) == before
    # the old laptop's copy (its own key, the old enrolment) cannot open it
    old = copy_dir(world.cells["CB03"], tmp_path / "old")
    refused(cli(old, "bundle", "import", str(restore), lang=EN), "damaged")
    refused(cli(committee, "bundle", "export", "--to", str(tmp_path), "--restore", lang=EN),
            "--cell")


def test_a_restore_killed_in_its_transaction_leaves_the_new_register_empty(renewed,
                                                                          tmp_path):
    _, restore, fresh, _ = renewed
    before = dump(fresh)
    run_until_paused("restore-in-transaction", tmp_path / "paused", "--data-dir",
                     str(fresh), "bundle", "import", str(restore))
    assert query(fresh, "PRAGMA integrity_check") == [("ok",)]
    after = dump(fresh)
    assert {t: after[t] for t in RESTORED} == {t: before[t] for t in RESTORED}
    ok(cli(fresh, "bundle", "import", str(restore)))
    assert query(fresh, "SELECT count(*) FROM members")[0][0] > 0
