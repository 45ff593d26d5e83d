"""Enrol, set up from the enrolment, export, import: one committee and three cells,
each in its own data folder, all through the command line."""

from __future__ import annotations

import json
import subprocess
import unicodedata
import zipfile
from datetime import date

import bagit
import pytest

from partydesk.services.demo.register import DemoGenerator
from partydesk.services.setup.keys import fingerprint
from partydesk.storage.database import open_memory_database
from partydesk.storage.partition_store import committee_columns, table_columns
from tests.bundles.world import (
    CELLS,
    EN,
    cell_fingerprint,
    cli,
    copy_dir,
    dump,
    execute,
    export,
    ok,
    query,
    refused,
)
from tests.helpers import add_lives, connect_register, open_register

pytestmark = pytest.mark.slow


def cell_members(cell_dir):
    return query(cell_dir, "SELECT id, full_name, birth_date, status FROM members")


def committee_members(committee):
    return json.loads(ok(cli(committee, "members", "list", "--format", "json")))


def test_cells_are_set_up_from_their_enrolment(world):
    for code, (name, _, _) in CELLS.items():
        assert query(world.cells[code], "SELECT role, name, code, higher_name FROM "
                     "organisation") == [("cell", name, code, "Đảng ủy xã Hòa Bình")]
        assert query(world.cells[code], "SELECT code, last_sequence FROM higher_committee"
                     ) == [("DUHB", 1)]
    rows = query(world.committee, "SELECT code, status, secret_hash IS NOT NULL FROM cells")
    assert sorted(rows) == [(code, "enrolled", 1) for code in CELLS]


def test_enrolment_file_holds_no_unhashed_copy_in_the_committee(world):
    secret = json.loads((world.stick / "CB01.enrolment.json").read_text())["secret"]
    assert secret not in repr(dump(world.committee))


def test_committee_holds_every_member_of_every_cell_exactly_once(world):
    listed = committee_members(world.imported)
    pairs = [(m["cell_code"], m["id"]) for m in listed]
    assert len(pairs) == len(set(pairs))
    expected = {(code, row[0]) for code, folder in world.cells.items()
                for row in cell_members(folder)}
    assert set(pairs) == expected
    assert len(listed) == sum(members for _, members, _ in CELLS.values())


def current_members(cell_dir) -> int:
    """Members still in the party (the demo has a few transferred out, removed, dead)."""
    return len([row for row in cell_members(cell_dir)
                if row[3] in ("probationary", "official")])


def test_cells_list_shows_each_cells_last_bundle(world):
    cells = json.loads(ok(cli(world.imported, "cells", "list", "--format", "json")))
    assert [(c["code"], c["name"], c["last_sequence"], c["members"]) for c in cells] == [
        (code, name, 1, current_members(world.cells[code]))
        for code, (name, _, _) in CELLS.items()]
    assert all(0.9 * members <= current_members(world.cells[code]) <= members
               for code, (_, members, _) in CELLS.items())
    table = ok(cli(world.imported, "cells", "list", "--format", "table", lang=EN))
    assert "Last bundle" in table and "CB02" in table


def test_a_cells_changes_reach_the_committee(world, tmp_path):
    committee = copy_dir(world.imported, tmp_path / "committee")
    cell = copy_dir(world.cells["CB02"], tmp_path / "CB02")
    db = open_register(cell / "partydesk.sqlite3")
    try:
        generator = DemoGenerator(seed=99, as_of=date(2026, 1, 1))
        batch = [generator.member() for _ in range(5)]
        add_lives(db, batch, generator.as_of)
    finally:
        db.close()
    renamed, gone = [row[0] for row in cell_members(cell)[:2]]
    execute(cell, "UPDATE members SET full_name = 'Hà Thị Mới' WHERE id = ?", [renamed])
    execute(cell, "UPDATE members SET status = 'deceased' WHERE id = ?", [gone])
    bundle = export(cell, tmp_path / "stick")
    assert bundle.name == "partydesk-CB02-to-DUHB-000002.pdbundle.zip"
    dry = ok(cli(committee, "bundle", "import", "--dry-run", str(bundle), lang=EN))
    assert "5 members added, 1 changed, 1 leaving" in dry
    assert "Dry run" in dry
    out = ok(cli(committee, "bundle", "import", str(bundle), lang=EN))
    assert "5 members added, 1 changed, 1 leaving" in out and "Imported." in out
    listed = {m["id"]: m for m in committee_members(committee) if m["cell_code"] == "CB02"}
    assert listed[renamed]["full_name"] == "Hà Thị Mới"
    assert listed[gone]["status"] == "deceased"
    assert set(listed) == {row[0] for row in cell_members(cell)}
    cells = json.loads(ok(cli(committee, "cells", "list", "--format", "json")))
    assert {c["code"]: (c["last_sequence"], c["members"]) for c in cells}["CB02"] == (
        2, current_members(cell))


def test_reimporting_the_same_bundle_changes_nothing_and_says_so(world, tmp_path):
    committee = copy_dir(world.imported, tmp_path / "committee")
    before = dump(committee)
    out = ok(cli(committee, "bundle", "import", str(world.bundles["CB01"][0]), lang=EN))
    assert "already imported" in out
    assert dump(committee) == before


def test_verify_and_dry_run_write_nothing(world, tmp_path):
    committee = copy_dir(world.committee, tmp_path / "committee")
    before = dump(committee)
    out = ok(cli(committee, "bundle", "verify", str(world.bundles["CB03"][0]), lang=EN))
    assert "valid" in out and "First bundle from CB03" in out
    ok(cli(committee, "bundle", "import", "--dry-run", str(world.bundles["CB03"][0])))
    assert dump(committee) == before


def test_first_import_pins_the_key_printed_at_the_cells_setup(world):
    fingerprints = dict(query(world.imported, "SELECT code, fingerprint FROM cells"))
    for code, folder in world.cells.items():
        key = query(folder, "SELECT signing_public_key FROM organisation")[0][0]
        assert fingerprints[code] == fingerprint(bytes.fromhex(key))
    assert query(world.imported, "SELECT count(*) FROM cells WHERE secret_hash IS NOT NULL"
                 ) == [(0,)]


def test_bundle_holds_no_member_name_or_birth_date(world):
    data = world.bundles["CB03"][0].read_bytes()
    rows = cell_members(world.cells["CB03"])
    assert rows
    for _, name, birth, _ in rows:
        for form in ("NFC", "NFD"):
            assert unicodedata.normalize(form, name).encode("utf-8") not in data
        assert birth.encode() not in data
        assert "/".join(reversed(birth.split("-"))).encode() not in data


def test_bag_inside_the_bundle_passes_bagit_validation(world, tmp_path):
    with zipfile.ZipFile(world.bundles["CB01"][0]) as archive:
        archive.extractall(tmp_path)
    (bag_dir,) = list(tmp_path.iterdir())
    bag = bagit.Bag(str(bag_dir))
    assert bag.validate()
    assert bag.info["Source-Organization"] == "CB01"
    assert bag.info["PartyDesk-Recipient"] == "DUHB"
    assert bag.info["PartyDesk-Sequence"] == "1"
    assert (bag_dir / "signature.ed25519").is_file()


def test_cover_sheet_shows_sequence_and_fingerprint(world, tmp_path):
    cell = copy_dir(world.cells["CB01"], tmp_path / "CB01")
    pdf = tmp_path / "cover.pdf"
    bundle = export(cell, tmp_path / "stick", "--cover", str(pdf))
    key = query(cell, "SELECT signing_public_key FROM organisation")[0][0]
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert fingerprint(bytes.fromhex(key)) in text
    assert bundle.name in text and "Đảng ủy xã Hòa Bình" in text
    assert "PHIẾU KÈM GÓI" in text


def test_export_on_a_committee_without_cells_keys_or_unenrolled_cell_writes_nothing(
        world, tmp_path):
    # a committee writes downward bundles, but only to cells whose key it holds
    nothing = cli(world.committee, "bundle", "export", "--to", str(tmp_path), lang=EN)
    assert nothing.returncode == 0 and nothing.stdout == ""
    assert "nothing was written" in nothing.stderr
    refused(cli(world.committee, "bundle", "export", "--to", str(tmp_path), "--cell", "CB01",
                lang=EN), "has not sent its first bundle")
    plain = tmp_path / "plain"
    ok(cli(plain, "init", "--role", "cell", "--name", "Chi bộ A", "--code", "CBA"))
    refused(cli(plain, "bundle", "export", "--to", str(tmp_path), lang=EN), "enrolment")
    assert list(tmp_path.glob("*.zip")) == []


def test_consolidated_tables_keep_each_row_under_its_cell(world):
    conn = connect_register(world.imported / "partydesk.sqlite3")
    try:
        counts = dict(conn.execute(
            "SELECT cell_code, count(*) FROM cell_member_events GROUP BY cell_code"))
        organisations = conn.execute("SELECT cell_code, code FROM cell_organisation").fetchall()
    finally:
        conn.close()
    assert set(counts) == set(CELLS)
    assert sorted(organisations) == [(c, c) for c in CELLS]


def test_member_record_fields_cover_the_committee_copy():
    # every column a cell writes has a place in the committee's copy
    db = open_memory_database()
    try:
        for table in ("organisation", "members", "member_events"):
            assert set(table_columns(db, table)) == set(committee_columns(db, table))
    finally:
        db.close()


def test_importing_a_whole_stick_keeps_the_newest_per_cell_and_reports_refusals(
        world, extras, tmp_path):
    committee = copy_dir(world.committee, tmp_path / "committee")
    junk = tmp_path / "junk.pdbundle.zip"
    junk.write_bytes(b"not a bundle at all" * 100)
    files = [str(p) for p in (world.bundles["CB01"][0], extras.cb01_second,
                              world.bundles["CB02"][0], junk, world.bundles["CB03"][0])]
    confirmations = [arg for code in CELLS for arg in (
        "--confirm-fingerprint", cell_fingerprint(world.cells[code]))]
    result = cli(committee, "bundle", "import", *files, *confirmations, lang=EN)
    assert result.returncode == 1
    assert result.stderr.strip().splitlines() == [
        f"error: {junk}: The bundle file is damaged or is not a PartyDesk bundle; "
        "nothing was changed."]
    # at first contact the first bundle (the only one proving the enrolment) goes first
    assert result.stdout.index("Bundle number 1 from CB01") < result.stdout.index(
        "Bundle number 2 from CB01")
    assert "Imported." in result.stdout
    cells = json.loads(ok(cli(committee, "cells", "list", "--format", "json")))
    assert [(c["code"], c["last_sequence"]) for c in cells] == [
        ("CB01", 2), ("CB02", 1), ("CB03", 1)]


def test_a_stick_with_several_bundles_of_a_pinned_cell_imports_the_newest(world, tmp_path):
    committee = copy_dir(world.imported, tmp_path / "committee")
    cell = copy_dir(world.cells["CB01"], tmp_path / "CB01")
    files = [str(export(cell, tmp_path / "stick")) for _ in range(2)]
    result = cli(committee, "bundle", "import", *files, lang=EN)
    assert result.returncode == 0, result.stderr
    assert "skipped, a newer bundle from CB01" in result.stdout
    cells = json.loads(ok(cli(committee, "cells", "list", "--format", "json")))
    assert (cells[0]["code"], cells[0]["last_sequence"]) == ("CB01", 3)


def test_the_committee_also_holds_each_cells_meetings_documents_and_candidates(world):
    committee = connect_register(world.imported / "partydesk.sqlite3")
    for code, folder in world.cells.items():
        cell = connect_register(folder / "partydesk.sqlite3")
        for table in ("meetings", "meeting_attendance", "documents", "document_tasks",
                      "candidates"):
            held = committee.execute(f"SELECT count(*) FROM cell_{table} WHERE cell_code = ?",
                                     [code]).fetchone()
            assert held == cell.execute(f"SELECT count(*) FROM {table}").fetchone(), table
        cell.close()
    assert committee.execute("SELECT count(*) FROM cell_meetings").fetchone()[0] > 0
    committee.close()
