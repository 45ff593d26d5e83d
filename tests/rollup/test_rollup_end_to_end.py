"""Issue 15 end to end, through the command line: a province, three communes, three
cells each. Roll-ups imported in any order, any number of times, converge; a nested
cell bundle altered after its cell signed it is refused with the cell named, even
though the commune signed the roll-up; the province says where each member's record
came from; kill -9 inside the import's transaction leaves all or nothing."""

from __future__ import annotations

import json
import random
import zlib
from pathlib import Path

import pytest

from tests.bundles.test_crashes import run_until_paused
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
from tests.helpers import connect_register
from tests.rollup.province import CELLS, COMMUNES, export_up

STATE_TABLES = ("cell_members", "cell_member_events", "cell_meetings", "rollup_cells",
                "commune_committee_decisions", "commune_admission_targets")


def state(province: Path) -> dict:
    """What the province holds, without the times of the imports."""
    held = {t: rows for t, rows in dump(province).items() if t in STATE_TABLES}
    held["cells"] = query(province, "SELECT code, level, status, fingerprint, "
                          "last_sequence, last_bundle_sha256, member_count FROM cells "
                          "ORDER BY code")
    return held


def test_first_roll_up_is_held_until_the_fingerprint_is_confirmed(province, tmp_path):
    target = copy_dir(province.province, tmp_path / "p")
    before = dump(target)
    result = cli(target, "bundle", "import", str(province.first["DUX1"]), lang=EN)
    assert result.returncode == 3, result.stderr
    assert result.stdout.splitlines()[0] == cell_fingerprint(province.communes["DUX1"])
    assert dump(target) == before
    wrong = cli(target, "bundle", "import", str(province.first["DUX1"]),
                "--confirm-fingerprint", cell_fingerprint(province.cells["DUX1", "CB01"]),
                lang=EN)
    refused(wrong, "DUX1")
    assert dump(target) == before


def test_the_province_holds_every_cell_of_every_commune_apart(province):
    codes = {row[0] for row in query(province.pinned,
                                     "SELECT DISTINCT cell_code FROM cell_members")}
    assert codes == {f"{c}/{cell}" for c in COMMUNES for cell in CELLS}
    vouched = query(province.pinned, "SELECT commune_code, cell_code, fingerprint "
                    "FROM rollup_cells ORDER BY 1, 2")
    assert vouched == [(c, cell, cell_fingerprint(province.cells[c, cell]))
                       for c in COMMUNES for cell in CELLS]
    levels = dict(query(province.pinned, "SELECT code, level FROM cells"))
    assert levels == dict.fromkeys(COMMUNES, "committee")


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_roll_ups_in_any_order_with_duplicates_converge(province, tmp_path, seed):
    files = [*province.first.values(), *province.second.values()] * 2
    random.Random(seed).shuffle(files)
    one_by_one = copy_dir(province.pinned, tmp_path / "one")
    for path in files:
        result = cli(one_by_one, "bundle", "import", str(path), lang=EN)
        assert result.returncode == 0 or "older" in result.stderr, result.stderr
    batch = copy_dir(province.pinned, tmp_path / "batch")
    ok(cli(batch, "bundle", "import", *map(str, files)))
    newest = copy_dir(province.pinned, tmp_path / "newest")
    ok(cli(newest, "bundle", "import", *map(str, province.second.values())))
    assert state(one_by_one) == state(batch) == state(newest)
    assert state(newest) != state(province.pinned)      # the second roll-ups did change it


def _tampered(bundle: bytes, commune: Path) -> bytes:
    """The cell's bundle with one member renamed inside its payload, re-sealed to the
    commune (which can), the manifests and the trailer made right again; only the
    cell's signature cannot be made again."""
    from partydesk.services.bundles.bag import PAYLOAD, build_bag, parse_header
    from partydesk.services.bundles.container import build_container, open_container
    from partydesk.services.bundles.crypto import seal, unseal
    from partydesk.services.setup.keys import BOX_KEY_FILE, read_private_key
    from tests.bundles import streamed

    box_private = read_private_key(commune / "keys", BOX_KEY_FILE)
    from nacl.public import PrivateKey

    box_public = bytes(PrivateKey(box_private).public_key)
    if streamed.is_streamed_bytes(bundle):          # format 3: the lines re-encrypted
        files = streamed.entries(bundle)
        document = streamed.document_of(files[PAYLOAD], box_private)
    else:
        files = open_container(bundle)
        document = json.loads(zlib.decompress(unseal(box_private, files[PAYLOAD])))
    members = document["tables"]["members"]
    members["rows"][0][members["columns"].index("full_name")] = "Nguyễn Văn Giả"
    if streamed.is_streamed_bytes(bundle):
        header = parse_header(files, streamed=True)
        rebuilt = build_bag(header, streamed.payload_of(document, box_public), bytes(32),
                            "PartyDesk")
        rebuilt["signature.ed25519"] = files["signature.ed25519"]
        return streamed.streamed_bytes("partydesk-tampered", rebuilt)
    sealed = seal(box_public,
                  zlib.compress(json.dumps(document, ensure_ascii=False).encode()))
    header = parse_header(files)
    rebuilt = build_bag(header, sealed, bytes(32), "PartyDesk")   # any key: signature kept
    rebuilt["signature.ed25519"] = files["signature.ed25519"]
    return build_container("partydesk-tampered", rebuilt, (2026, 12, 1, 0, 0, 0))


def test_a_nested_cell_bundle_altered_after_signing_is_refused_naming_the_cell(province,
                                                                              tmp_path):
    commune = copy_dir(province.communes["DUX2"], tmp_path / "commune")
    (content,) = query(commune, "SELECT content FROM received_cell_bundles "
                       "WHERE cell_code = 'CB03'")[0]
    execute(commune, "UPDATE received_cell_bundles SET content = ? WHERE cell_code = 'CB03'",
            [_tampered(content, commune)])
    forged = export_up(commune, tmp_path / "stick")        # signed by the commune itself
    target = copy_dir(province.pinned, tmp_path / "p")
    before = dump(target)
    line = refused(cli(target, "bundle", "import", str(forged), lang=EN), "DUX2", "CB03")
    assert "not signed by the key on record" in line
    assert dump(target) == before
    # the batch refuses that file and applies the others
    result = cli(target, "bundle", "import", str(forged), str(province.second["DUX1"]),
                 lang=EN)
    assert result.returncode == 1 and "CB03" in result.stderr
    assert query(target, "SELECT last_sequence FROM cells WHERE code = 'DUX1'") == [(2,)]
    assert query(target, "SELECT last_sequence FROM cells WHERE code = 'DUX2'") == [(1,)]


def test_a_cell_bundle_vouched_for_with_another_key_is_refused(province, tmp_path):
    commune = copy_dir(province.communes["DUX3"], tmp_path / "commune")
    other = cell_fingerprint(province.cells["DUX1", "CB01"])
    key = query(province.cells["DUX1", "CB01"], "SELECT signing_public_key "
                "FROM organisation")[0][0]
    execute(commune, "UPDATE cells SET signing_public_key = ?, fingerprint = ? "
            "WHERE code = 'CB01'", [key, other])
    forged = export_up(commune, tmp_path / "stick")
    target = copy_dir(province.pinned, tmp_path / "p")
    refused(cli(target, "bundle", "import", str(forged), lang=EN), "DUX3", "CB01")


def test_members_show_says_which_cell_bundle_and_roll_up_wrote_the_record(province):
    (member_id,) = query(province.pinned, "SELECT id FROM cell_members "
                         "WHERE cell_code = 'DUX2/CB03' ORDER BY id LIMIT 1")[0]
    shown = json.loads(ok(cli(province.pinned, "members", "show", member_id,
                              "--format", "json")))
    assert shown["id"] == member_id and shown["full_name"]
    origin = shown["provenance"]
    assert origin["cell"]["code"] == "CB03"
    assert origin["bundle"]["sequence"] == 1
    assert origin["bundle"]["fingerprint"] == cell_fingerprint(province.cells["DUX2", "CB03"])
    assert origin["bundle"]["created_at"]
    assert origin["rollup"]["commune"] == {"code": "DUX2", "name": COMMUNES["DUX2"]}
    assert origin["rollup"]["sequence"] == 1
    assert origin["rollup"]["fingerprint"] == cell_fingerprint(province.communes["DUX2"])
    text = ok(cli(province.pinned, "members", "show", member_id, lang=EN))
    assert "CB03" in text and "DUX2" in text


@pytest.mark.slow
def test_province_import_killed_inside_its_transaction_leaves_all_or_nothing(province,
                                                                              tmp_path):
    target = copy_dir(province.pinned, tmp_path / "p")
    before = dump(target)
    run_until_paused("import-in-transaction", tmp_path / "paused", "--data-dir",
                     str(target), "bundle", "import", *map(str, province.second.values()))
    conn = connect_register(target / "partydesk.sqlite3")
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    finally:
        conn.close()
    assert dump(target) == before
    ok(cli(target, "bundle", "import", *map(str, province.second.values())))
    assert query(target, "SELECT DISTINCT last_sequence FROM cells") == [(2,)]


def test_province_views_by_commune_and_cell(province, tmp_path):
    nothing_yet = json.loads(ok(cli(province.province, "province", "communes",
                                    "--format", "json")))
    assert nothing_yet["communes_not_reported"] == list(COMMUNES)
    target = copy_dir(province.pinned, tmp_path / "p")
    # a commune whose cell's bundle is 40 days old: that cell has not reported
    execute(target, "UPDATE rollup_cells SET created_at = '2000-01-01T00:00:00+00:00' "
            "WHERE commune_code = 'DUX3' AND cell_code = 'CB02'")
    shown = json.loads(ok(cli(target, "province", "communes", "--format", "json")))
    assert [c["code"] for c in shown["communes"]] == list(COMMUNES)
    assert all(len(c["cells"]) == 3 for c in shown["communes"])
    assert shown["communes_not_reported"] == []
    assert shown["cells_not_reported"] == ["DUX3/CB02"]

    total = query(target, "SELECT count(*) FROM cell_members WHERE status IN "
                  "('official', 'probationary')")[0][0]
    stats = json.loads(ok(cli(target, "province", "statistics", "--format", "json")))
    assert stats["members"] == total
    assert sum(c["members"] for c in stats["communes"]) == total
    for commune in stats["communes"]:
        assert commune["members"] == sum(cell["members"] for cell in commune["cells"])
    grading = json.loads(ok(cli(target, "province", "grading", "--year", "2026",
                                "--format", "json")))
    assert [c["code"] for c in grading["communes"]] == list(COMMUNES)

    first = json.loads(ok(cli(target, "province", "members", "--per-page", "5",
                              "--format", "json")))
    second = json.loads(ok(cli(target, "province", "members", "--per-page", "5",
                               "--page", "2", "--format", "json")))
    assert first["more"] and len(first["members"]) == 5 == len(second["members"])
    assert not {m["id"] for m in first["members"]} & {m["id"] for m in second["members"]}
    name = first["members"][0]["full_name"]
    found = json.loads(ok(cli(target, "province", "members", "--search",
                              name.split()[-1].upper(), "--commune",
                              first["members"][0]["commune_code"], "--format", "json")))
    assert name in [m["full_name"] for m in found["members"]]
    assert {m["commune_code"] for m in found["members"]} == {
        first["members"][0]["commune_code"]}


def test_the_province_sends_its_communes_receipts_and_notices(province, tmp_path):
    target = copy_dir(province.pinned, tmp_path / "p")
    commune = copy_dir(province.communes["DUX1"], tmp_path / "commune")
    ok(cli(target, "notices", "add", "--all", "--title", "Hướng dẫn đại hội cấp xã"))
    stick = tmp_path / "down"
    stick.mkdir()
    written = ok(cli(target, "bundle", "export", "--to", str(stick))).split()
    assert sorted(Path(p).name for p in written) == [
        f"partydesk-TUNT-to-{code}-000001.pdbundle.zip" for code in COMMUNES]
    mine = next(p for p in written if "-to-DUX1-" in p)
    ok(cli(commune, "bundle", "import", mine))
    assert query(commune, "SELECT title FROM received_notices") == [
        ("Hướng dẫn đại hội cấp xã",)]
    assert query(commune, "SELECT receipt_sequence FROM downward_received") == [(1,)]
    other = next(p for p in written if "-to-DUX2-" in p)
    refused(cli(commune, "bundle", "import", other, lang=EN), "DUX2")
