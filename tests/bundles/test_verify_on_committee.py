"""A code printed on a cell's signed document is found on the committee once the
cell's bundle is imported there (issue 13), and not before."""

from __future__ import annotations

import json
import re
import subprocess

from tests.bundles.world import cli


def test_committee_verifies_a_cell_resolution_after_import(world, tmp_path):
    cell = world.cells["CB01"]
    listed = json.loads(cli(cell, "resolutions", "list", "--format", "json").stdout)
    out = tmp_path / "nq.pdf"
    printed = cli(cell, "print", "resolution", listed[-1]["id"], "-o", str(out),
                  "--signer", "Nguyễn Văn An")
    assert printed.returncode == 0, printed.stderr
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True,
                          check=True).stdout
    [code] = set(re.findall(r"Mã xác thực: ([0-9A-Z]{5}-[0-9A-Z]{5})", text))
    found = cli(world.imported, "verify", code)
    assert found.returncode == 0, found.stderr
    assert f"Nghị quyết số {listed[-1]['number']}" in found.stdout
    assert "Chi bộ: CB01" in found.stdout
    before = cli(world.committee, "verify", code)
    assert before.returncode == 1 and before.stderr.startswith("error: ")


def test_committee_verifies_a_cell_transfer_letter_after_import(world, tmp_path):
    """The letter's row and the transfer event travel in the next bundle."""
    from datetime import date

    from partydesk.domain.events import EventKind, MemberEvent
    from partydesk.paths import resolve_paths
    from partydesk.services.members.lifecycle import record_event
    from partydesk.storage.database import open_database
    from tests.bundles.world import confirmed_import, copy_dir, export, ok

    cell = copy_dir(world.cells["CB01"], tmp_path / "CB01")
    committee = copy_dir(world.imported, tmp_path / "committee")
    db = open_database(resolve_paths(str(cell)).database)
    try:
        member = db.execute("SELECT id FROM members WHERE status = 'official' "
                            "ORDER BY id LIMIT 1").fetchone()[0]
        record_event(db, member, MemberEvent(EventKind.TRANSFER_OUT_OFFICIAL,
                                             date(2026, 2, 2), {"place": "Chi bộ thôn Tân Lập"}),
                     date(2026, 2, 2))
    finally:
        db.close()
    out = tmp_path / "gt.pdf"
    ok(cli(cell, "print", "transfer-letter", member, "-o", str(out), "--date", "2026-02-03",
           "--signer", "Nguyễn Văn An"))
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True,
                          check=True).stdout
    [code] = set(re.findall(r"Mã xác thực: ([0-9A-Z]{5}-[0-9A-Z]{5})", text))
    assert cli(committee, "verify", code).returncode == 1  # not imported yet
    bundle = export(cell, tmp_path / "stick")
    confirmed_import(committee, bundle, cell)
    found = cli(committee, "verify", code)
    assert found.returncode == 0, found.stderr
    assert "Giấy giới thiệu sinh hoạt đảng số " in found.stdout
    assert "Chi bộ: CB01" in found.stdout and "Nơi đến: Chi bộ thôn Tân Lập" in found.stdout


def _code(pdf) -> str:
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout
    [code] = set(re.findall(r"Mã xác thực: ([0-9A-Z]{5}-[0-9A-Z]{5})", text))
    return code


def test_committee_verifies_a_cell_member_list_after_import(world, tmp_path):
    """A snapshot's issued_records row travels in the next bundle; verify prints its
    figures (counts, no names), the same on the cell and on the committee."""
    from tests.bundles.world import confirmed_import, copy_dir, export, ok

    cell = copy_dir(world.cells["CB01"], tmp_path / "CB01")
    committee = copy_dir(world.imported, tmp_path / "committee")
    out = tmp_path / "ds.pdf"
    ok(cli(cell, "print", "members", "-o", str(out), "--as-of", "2026-02-20",
           "--signer", "Nguyễn Văn An"))
    code = _code(out)
    on_cell = cli(cell, "verify", code)
    assert on_cell.returncode == 0, on_cell.stderr
    assert "Danh sách đảng viên, ngày 20/02/2026" in on_cell.stdout
    listed = json.loads(cli(cell, "members", "list", "--format", "json").stdout)
    active = [m for m in listed if m.get("status") in ("official", "probationary")]
    assert f"Số đảng viên: {len(active)}" in on_cell.stdout
    assert not any(m["full_name"] in on_cell.stdout for m in listed)
    assert cli(committee, "verify", code).returncode == 1  # not imported yet
    confirmed_import(committee, export(cell, tmp_path / "stick"), cell)
    found = cli(committee, "verify", code)
    assert found.returncode == 0, found.stderr
    assert "Chi bộ: CB01" in found.stdout
    assert found.stdout.splitlines()[2:] == on_cell.stdout.splitlines()[1:]
