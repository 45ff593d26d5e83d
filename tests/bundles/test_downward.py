"""Downward bundles through the command line: the committee writes back to its cells —
a receipt for each cell's newest bundle, decisions applied as dated events, notices
with a PDF — and each cell verifies them against the committee key from its enrolment."""

from __future__ import annotations

import json
import zipfile
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.bundles.world import CELLS, EN, cli, copy_dir, dump, ok, query, refused

pytestmark = pytest.mark.slow


@dataclass
class Down:
    committee: Path
    cells: dict[str, Path]
    stick: Path


@pytest.fixture
def down(world, tmp_path) -> Down:
    cells = {code: copy_dir(path, tmp_path / code) for code, path in world.cells.items()}
    stick = tmp_path / "stick"
    stick.mkdir()
    return Down(copy_dir(world.imported, tmp_path / "committee"), cells, stick)


def paths(output: str) -> list[Path]:
    return [Path(line) for line in output.split()]


def official_member(cell: Path) -> str:
    return query(cell, "SELECT id FROM members WHERE status = 'official' ORDER BY id")[0][0]


def test_committee_writes_one_bundle_per_cell_then_only_what_is_new(down):
    first = paths(ok(cli(down.committee, "bundle", "export", "--to", str(down.stick))))
    assert sorted(p.name for p in first) == [
        f"partydesk-DUHB-to-{code}-000001.pdbundle.zip" for code in CELLS]
    again = cli(down.committee, "bundle", "export", "--to", str(down.stick), lang=EN)
    assert again.returncode == 0 and again.stdout == ""
    assert "anything new" in again.stderr
    forced = paths(ok(cli(down.committee, "bundle", "export", "--to", str(down.stick),
                          "--cell", "CB02")))
    assert [p.name for p in forced] == ["partydesk-DUHB-to-CB02-000002.pdbundle.zip"]


def test_receipt_decisions_and_notice_reach_the_cell_in_one_import(down, tmp_path):
    cell = down.cells["CB01"]
    member = official_member(cell)
    ok(cli(down.committee, "decisions", "record", "--cell", "CB01", "--member", member,
           "--kind", "discipline", "--number", "12-QĐ/ĐU", "--date", "2026-01-20",
           "--level", "warning"))
    pdf = tmp_path / "huong-dan.pdf"
    pdf.write_bytes(b"%PDF-1.4\n% a notice\n")
    ok(cli(down.committee, "notices", "add", "--all", "--title", "Hướng dẫn đại hội",
           "--text", "Đọc kỹ", "--attach", str(pdf)))
    [bundle] = paths(ok(cli(down.committee, "bundle", "export", "--to", str(down.stick),
                            "--cell", "CB01")))
    before = query(cell, "SELECT count(*) FROM member_events WHERE member_id = ?", [member])
    shown = ok(cli(cell, "bundle", "import", str(bundle), lang=EN))
    assert "1 new decisions, 1 new notices" in shown and "12-QĐ/ĐU" in shown
    assert "has received bundle number 1" in shown
    events = query(cell, "SELECT kind, occurred_on, details FROM member_events WHERE "
                   "member_id = ? ORDER BY rowid", [member])
    assert len(events) == before[0][0] + 1
    kind, on, details = events[-1]
    assert (kind, on) == ("discipline", "2026-01-20")
    assert json.loads(details)["decision_number"] == "12-QĐ/ĐU"
    notices = json.loads(ok(cli(cell, "notices", "list", "--format", "json")))
    assert [(n["title"], n["attachment_name"], n["attachment_size"]) for n in notices] == [
        ("Hướng dẫn đại hội", "huong-dan.pdf", pdf.stat().st_size)]
    assert query(cell, "SELECT receipt_sequence FROM downward_received") == [(1,)]
    # the same file again changes nothing and says so
    twice = ok(cli(cell, "bundle", "import", str(bundle), lang=EN))
    assert "already imported" in twice
    assert len(query(cell, "SELECT 1 FROM member_events WHERE member_id = ?",
                     [member])) == len(events)


def test_decision_the_rules_refuse_is_kept_with_its_reason(down):
    cell = down.cells["CB02"]
    member = official_member(cell)
    ok(cli(down.committee, "decisions", "record", "--cell", "CB02", "--member", member,
           "--kind", "conversion", "--number", "5-QĐ", "--date", "2026-02-01"))
    [bundle] = paths(ok(cli(down.committee, "bundle", "export", "--to", str(down.stick),
                            "--cell", "CB02")))
    ok(cli(cell, "bundle", "import", str(bundle)))
    [row] = json.loads(ok(cli(cell, "decisions", "list", "--format", "json")))
    assert row["applied"] is False and row["refusal"]


def test_newest_bundle_alone_brings_what_a_lost_one_carried(down):
    cell = down.cells["CB03"]
    member = official_member(cell)
    ok(cli(down.committee, "notices", "add", "--cell", "CB03", "--title", "Thông báo 1"))
    lost = paths(ok(cli(down.committee, "bundle", "export", "--to", str(down.stick),
                        "--cell", "CB03")))
    ok(cli(down.committee, "decisions", "record", "--cell", "CB03", "--member", member,
           "--kind", "badge", "--number", "7", "--date", "2026-03-01", "--years", "40"))
    written = paths(ok(cli(down.committee, "bundle", "export", "--to", str(down.stick))))
    [newest] = [p for p in written if "-to-CB03-" in p.name]   # CB01, CB02: their receipts
    assert len(lost) == 1 and newest.name.endswith("000002.pdbundle.zip")
    ok(cli(cell, "bundle", "import", str(newest)))
    assert len(json.loads(ok(cli(cell, "notices", "list", "--format", "json")))) == 1
    refused(cli(cell, "bundle", "import", str(lost[0]), lang=EN), "older")


def test_cell_refuses_what_is_not_its_committees_and_changes_nothing(down, world, tmp_path):
    bundles = paths(ok(cli(down.committee, "bundle", "export", "--to", str(down.stick))))
    by_cell = {p.name.split("-")[3]: p for p in bundles}
    cell = down.cells["CB01"]
    before = dump(cell)
    refused(cli(cell, "bundle", "import", str(by_cell["CB02"]), lang=EN), "addressed to CB02")
    flipped = tmp_path / by_cell["CB01"].name
    data = bytearray(by_cell["CB01"].read_bytes())
    data[len(data) // 2] ^= 1
    flipped.write_bytes(bytes(data))
    refused(cli(cell, "bundle", "import", str(flipped), lang=EN), "damaged")
    forged = _resigned(by_cell["CB01"], tmp_path)
    refused(cli(cell, "bundle", "import", str(forged), lang=EN), "not signed by the key")
    refused(cli(cell, "bundle", "import", str(world.bundles["CB01"][0]), lang=EN))
    assert dump(cell) == before


def _resigned(bundle: Path, tmp_path: Path) -> Path:
    """The same bag re-signed by a key that is not the committee's."""
    from nacl.signing import SigningKey

    from partydesk.services.bundles.bag import TAG_MANIFEST, parse_tags
    from partydesk.services.bundles.container import build_container, open_container
    from partydesk.services.bundles.crypto import SIGNATURE_CONTEXT, sha256_hex

    files = open_container(bundle.read_bytes())
    key = SigningKey.generate()
    info = parse_tags(files["bag-info.txt"])
    info["PartyDesk-Signing-Key"] = key.verify_key.encode().hex()
    files["bag-info.txt"] = "".join(f"{k}: {v}\n" for k, v in info.items()).encode()
    files[TAG_MANIFEST] = "".join(
        f"{sha256_hex(files[n])}  {n}\n"
        for n in ("bagit.txt", "bag-info.txt", "manifest-sha256.txt")).encode()
    files["signature.ed25519"] = key.sign(SIGNATURE_CONTEXT + files[TAG_MANIFEST]
                                          ).signature.hex().encode() + b"\n"
    out = tmp_path / ("forged-" + bundle.name)
    out.write_bytes(build_container(bundle.name.removesuffix(".pdbundle.zip"), files,
                                    (2026, 1, 1, 0, 0, 0)))
    return out


def test_decisions_and_notices_are_refused_on_bad_input(down):
    refused(cli(down.committee, "decisions", "record", "--cell", "CB01", "--member", "x",
                "--kind", "removal", "--number", "1", "--date", "2026-01-01", lang=EN),
            "no member")
    refused(cli(down.committee, "notices", "add", "--cell", "CB09", "--title", "T",
                lang=EN), "CB09")
    refused(cli(down.cells["CB01"], "decisions", "record", "--cell", "CB01", "--member", "x",
                "--kind", "removal", "--number", "1", "--date", "2026-01-01", lang=EN),
            "committee")


def test_bundle_is_a_bag_with_nothing_readable(down):
    [bundle] = paths(ok(cli(down.committee, "bundle", "export", "--to", str(down.stick),
                            "--cell", "CB01")))
    with zipfile.ZipFile(bundle) as archive:
        names = sorted(n.split("/", 1)[1] for n in archive.namelist())
    assert names == sorted(["bagit.txt", "bag-info.txt", "manifest-sha256.txt",
                            "tagmanifest-sha256.txt", "signature.ed25519",
                            "data/payload.sealed"])


def test_a_downward_import_killed_in_its_transaction_changes_nothing(down, tmp_path):
    from tests.bundles.test_crashes import run_until_paused

    cell = down.cells["CB01"]
    ok(cli(down.committee, "decisions", "record", "--cell", "CB01", "--member",
           official_member(cell), "--kind", "discipline", "--number", "3", "--date",
           "2026-01-20"))
    ok(cli(down.committee, "notices", "add", "--cell", "CB01", "--title", "Thông báo"))
    ok(cli(down.committee, "dues", "settings", "dues.rounding", "500", "--from-month",
           "2026-01", "--cell", "CB01"))
    [bundle] = paths(ok(cli(down.committee, "bundle", "export", "--to", str(down.stick),
                            "--cell", "CB01")))
    before = {t: rows for t, rows in dump(cell).items()}
    run_until_paused("downward-import-in-transaction", tmp_path / "paused", "--data-dir",
                     str(cell), "bundle", "import", str(bundle))
    assert query(cell, "PRAGMA integrity_check") == [("ok",)]
    assert dump(cell) == before
    shown = ok(cli(cell, "bundle", "import", str(bundle), lang=EN))
    assert "1 new decisions, 1 new notices" in shown
    assert query(cell, "SELECT key, value FROM dues_settings") == [("dues.rounding", 500)]
    assert any("before-import" in p.name for p in (cell / "backups").iterdir())
