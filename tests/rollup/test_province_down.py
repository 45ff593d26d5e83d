"""Issue 15 item 1, through the command line: the province writes down to its communes
what a committee writes to its cells (receipts for their roll-ups, notices, settings),
verified on the commune against the province key pinned from its enrolment file; a
commune (and the province) changes its signing key and those who pinned the old one —
the province, the commune's cells, the communes — follow the certified new key, while a
key the old one did not certify is refused."""

from __future__ import annotations

import json
from pathlib import Path

from tests.bundles.craft import flipped, rebagged, stranger_key
from tests.bundles.world import (
    EN,
    cell_fingerprint,
    cli,
    copy_dir,
    dump,
    execute,
    ok,
    query,
    refused,
)
from tests.rollup.province import export_up


def paths(output: str) -> list[Path]:
    return [Path(line) for line in output.splitlines() if line.strip()]


def received(data_dir: Path) -> dict:
    """What came down, without the times it was received."""
    held = dump(data_dir)
    return {
        "notices": query(data_dir, "SELECT id, title, text FROM received_notices ORDER BY id"),
        "settings": query(data_dir, "SELECT id, kind, key, value, since FROM "
                          "received_settings ORDER BY id"),
        "targets": query(data_dir, "SELECT year, cell_code, admissions FROM "
                         "admission_targets ORDER BY year"),
        "dues": query(data_dir, "SELECT id, key, value, from_month FROM dues_settings "
                      "ORDER BY id"),
        "higher": held["higher_committee"]}


def down_to(committee: Path, stick: Path, code: str) -> Path:
    """The downward bundle a committee (a province, a commune) writes for one of its
    communes or cells."""
    stick.mkdir(parents=True, exist_ok=True)
    return paths(ok(cli(committee, "bundle", "export", "--to", str(stick), "--cell", code)))[0]


def test_province_sends_receipts_notices_and_settings_down_in_any_order(province, tmp_path):
    top = copy_dir(province.pinned, tmp_path / "province")
    commune = copy_dir(province.communes["DUX1"], tmp_path / "DUX1")
    stick = tmp_path / "down"
    stick.mkdir()
    written = paths(ok(cli(top, "bundle", "export", "--to", str(stick))))
    assert sorted(p.name for p in written) == [       # every commune: its receipt
        f"partydesk-TUNT-to-{code}-000001.pdbundle.zip" for code in ("DUX1", "DUX2", "DUX3")]
    ok(cli(top, "notices", "add", "--cell", "DUX1", "--title", "Hướng dẫn đại hội cấp xã",
           "--text", "Tổ chức đại hội trước quý II."))
    ok(cli(top, "targets", "set", "--year", "2027", "--cell", "DUX1", "--admissions", "12"))
    ok(cli(top, "dues", "settings", "dues.retained_percent", "40", "--from-month", "2027-01",
           "--cell", "DUX1"))
    second = down_to(top, stick, "DUX1")
    ok(cli(top, "notices", "add", "--all", "--title", "Lịch giao ban tháng 1"))
    third = down_to(top, stick, "DUX1")
    first = next(p for p in written if "-to-DUX1-" in p.name)

    only_newest = copy_dir(commune, tmp_path / "only-newest")
    batch = copy_dir(commune, tmp_path / "batch")
    out = ok(cli(only_newest, "bundle", "import", str(third), lang=EN))
    assert "2 new notices" in out and "TUNT has received roll-up number 1" in out
    assert "dues.retained_percent = 40 from 2027-01" in out

    ok(cli(commune, "bundle", "import", str(second)))
    refused(cli(commune, "bundle", "import", str(first), lang=EN), "older")
    ok(cli(commune, "bundle", "import", str(third)))
    assert "already imported" in ok(cli(commune, "bundle", "import", str(third), lang=EN))
    assert received(commune) == received(only_newest)
    ok(cli(batch, "bundle", "import", str(third), str(first), str(second)))  # any order
    assert received(batch) == received(only_newest)
    notices = json.loads(ok(cli(commune, "notices", "list", "--format", "json")))
    assert [n["title"] for n in notices] == ["Hướng dẫn đại hội cấp xã",
                                             "Lịch giao ban tháng 1"]
    assert received(commune)["targets"] == [(2027, "", 12)]    # the commune's own target
    listed = json.loads(ok(cli(commune, "settings", "list", "--format", "json")))
    assert sorted((r["key"], r["value"], r["since"], r["cell_code"]) for r in listed) == [
        ("admissions", 12, "2027", None), ("dues.retained_percent", 40, "2027-01", None)]
    assert {r["from"] for r in listed} == {"Tỉnh ủy Ninh Thuận"}
    # the commune's next roll-up carries the target the province set back up
    ok(cli(top, "bundle", "import", str(export_up(commune, tmp_path / "up"))))
    assert query(top, "SELECT year, admissions FROM commune_admission_targets WHERE "
                 "commune_code = 'DUX1' AND cell_code = ''") == [(2027, 12)]


def test_commune_refuses_a_tampered_or_foreign_bundle_and_changes_nothing(province,
                                                                          tmp_path):
    top = copy_dir(province.pinned, tmp_path / "province")
    commune = copy_dir(province.communes["DUX2"], tmp_path / "DUX2")
    ok(cli(top, "notices", "add", "--cell", "DUX2", "--title", "Thông báo"))
    bundle = down_to(top, tmp_path / "down", "DUX2")
    before = dump(commune)
    refused(cli(commune, "bundle", "import", str(flipped(bundle, tmp_path / "f.zip", 0.5)),
                lang=EN), "damaged")
    private, public = stranger_key()
    forged = rebagged(bundle, tmp_path / "forged.zip", private, public)
    refused(cli(commune, "bundle", "import", str(forged), lang=EN),
            "not signed by the key on record for that committee")
    for_other = down_to(top, tmp_path / "other", "DUX3")
    refused(cli(commune, "bundle", "import", str(for_other), lang=EN), "addressed to DUX3")
    assert dump(commune) == before


def test_what_goes_only_to_a_cell_is_refused_for_a_commune(province, tmp_path):
    top = copy_dir(province.pinned, tmp_path / "province")
    before = dump(top)
    refused(cli(top, "decisions", "record", "--cell", "DUX1", "--member", "x", "--kind",
                "badge", "--number", "12/QĐ", "--date", "2026-11-01", lang=EN),
            "DUX1 is a commune committee")
    refused(cli(top, "bundle", "export", "--to", str(tmp_path), "--restore", "--cell",
                "DUX1", lang=EN), "DUX1 is a commune committee")
    assert dump(top) == before


def _signing_key(data_dir: Path) -> str:
    return query(data_dir, "SELECT signing_public_key FROM organisation")[0][0]


def test_a_commune_changes_its_key_and_province_and_cell_follow(province, tmp_path):
    top = copy_dir(province.pinned, tmp_path / "province")
    commune = copy_dir(province.communes["DUX2"], tmp_path / "DUX2")
    cell = copy_dir(province.cells["DUX2", "CB01"], tmp_path / "CB01")
    ok(cli(commune, "notices", "add", "--cell", "CB01", "--title", "Trước khi đổi khóa"))
    early = down_to(commune, tmp_path / "early", "CB01")          # signed by the old key
    old_commune = copy_dir(commune, tmp_path / "DUX2-old-key")     # still has the old key
    old_key = _signing_key(commune)

    out = ok(cli(commune, "key", "change", lang=EN))
    assert "the province at the next roll-up" in out
    new_key, new_fingerprint = _signing_key(commune), cell_fingerprint(commune)
    assert new_key != old_key

    ok(cli(commune, "notices", "add", "--cell", "CB01", "--title", "Sau khi đổi khóa"))
    down = down_to(commune, tmp_path / "down", "CB01")
    in_order = copy_dir(cell, tmp_path / "CB01-in-order")
    out = ok(cli(cell, "bundle", "import", str(down), lang=EN))
    assert f"DUX2 has a new signing key, {new_fingerprint}" in out
    assert query(cell, "SELECT signing_public_key FROM higher_committee") == [(new_key,)]
    refused(cli(cell, "bundle", "import", str(early), lang=EN), "older")
    ok(cli(in_order, "bundle", "import", str(early)))      # old key, then the new one
    ok(cli(in_order, "bundle", "import", str(down)))
    assert "already imported" in ok(cli(in_order, "bundle", "import", str(down), lang=EN))
    assert received(in_order) == received(cell)
    assert query(in_order, "SELECT value FROM settings WHERE key = "
                 "'bundles.higher_retired_keys'") == [(json.dumps([old_key]),)]

    up = export_up(commune, tmp_path / "up")
    out = ok(cli(top, "bundle", "import", str(up), lang=EN))
    assert f"DUX2 has a new signing key, {new_fingerprint}" in out
    assert query(top, "SELECT signing_public_key FROM cells WHERE code = 'DUX2'") == [
        (new_key,)]

    # the old key, once left behind, is no longer trusted for anything newer
    down_to(old_commune, tmp_path / "old", "CB01")
    stale = down_to(old_commune, tmp_path / "old", "CB01")
    before = dump(cell)
    refused(cli(cell, "bundle", "import", str(stale), lang=EN), "no longer trusted")
    refused(cli(top, "bundle", "import", str(export_up(old_commune, tmp_path / "old-up")),
                lang=EN))
    assert dump(cell) == before


def test_a_key_the_old_one_did_not_certify_is_refused(province, tmp_path):
    commune = copy_dir(province.communes["DUX3"], tmp_path / "DUX3")
    cell = copy_dir(province.cells["DUX3", "CB02"], tmp_path / "CB02")
    ok(cli(commune, "key", "change"))
    chain = json.loads(query(commune, "SELECT value FROM settings WHERE key = "
                             "'bundles.key_changes'")[0][0])
    old, new, certificate = chain[-1]
    forged = [old, new, certificate[:-2] + ("00" if certificate[-2:] != "00" else "11")]
    execute(commune, "UPDATE settings SET value = ? WHERE key = 'bundles.key_changes'",
            [json.dumps([forged])])
    bundle = down_to(commune, tmp_path / "down", "CB02")
    before = dump(cell)
    refused(cli(cell, "bundle", "import", str(bundle), lang=EN),
            "not signed by the key on record for that committee, nor by a key it certified")
    execute(commune, "DELETE FROM settings WHERE key = 'bundles.key_changes'")  # no chain
    bundle = down_to(commune, tmp_path / "down2", "CB02")
    refused(cli(cell, "bundle", "import", str(bundle), lang=EN), "nor by a key it certified")
    assert dump(cell) == before


def test_the_province_changes_its_key_and_its_communes_follow(province, tmp_path):
    top = copy_dir(province.pinned, tmp_path / "province")
    commune = copy_dir(province.communes["DUX3"], tmp_path / "DUX3")
    ok(cli(top, "key", "change"))
    ok(cli(top, "key", "change"))           # twice: the commune follows the whole chain
    bundle = down_to(top, tmp_path / "down", "DUX3")
    out = ok(cli(commune, "bundle", "import", str(bundle), lang=EN))
    assert f"TUNT has a new signing key, {cell_fingerprint(top)}" in out
    assert query(commune, "SELECT signing_public_key FROM higher_committee") == [
        (_signing_key(top),)]
    # the commune's roll-ups still reach the province (its box key did not change)
    ok(cli(top, "bundle", "import", str(export_up(commune, tmp_path / "up"))))
