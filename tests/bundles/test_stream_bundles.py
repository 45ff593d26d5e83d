"""Format 3 bundles refused the way format 1 ones are: a stream cut short or with
chunks swapped, even in a bag re-signed by the cell's own key, is damaged; a file
changed on the stick between the checks and the apply is refused and nothing is
written; the file is a valid BagIt bag."""

from __future__ import annotations

from pathlib import Path

import pytest

from partydesk.i18n import render
from partydesk.services.bundles.bag import PAYLOAD, build_bag, parse_header
from partydesk.services.bundles.errors import BundleError
from partydesk.services.bundles.importer import import_bundle
from partydesk.services.bundles.stream import ABYTES, CHUNK, HEADER_BYTES, SEALED_KEY_BYTES
from partydesk.services.setup.keys import SIGNING_KEY_FILE, fingerprint, read_private_key
from tests.bundles import streamed
from tests.ui.sync_world import CELLS, export, make_cell, make_committee

START = SEALED_KEY_BYTES + HEADER_BYTES
STEP = CHUNK + ABYTES


@pytest.fixture
def pair(tmp_path, monkeypatch):
    monkeypatch.setitem(CELLS, "CB01", ("Chi bộ thôn Đồng Tâm", 120, 11))   # > 2 chunks
    committee = make_committee(tmp_path / "committee")
    cell = make_cell(committee, tmp_path, "CB01")
    first = export(cell, tmp_path / "stick")
    printed = fingerprint(bytes.fromhex(cell.organisation.signing_public_key))
    import_bundle(committee.db, committee.organisation, committee.paths.keys_dir, first,
                  confirmed=[printed])
    yield committee, cell, export(cell, tmp_path / "stick2")
    cell.release()
    committee.release()


def _held(committee) -> list:
    return committee.db.execute("SELECT * FROM cell_members ORDER BY id").fetchall()


def _resigned(bundle: Path, cell, payload: bytes, out: Path) -> Path:
    """Another payload in the bundle's bag, signed by the cell's own key."""
    files = streamed.entries(bundle.read_bytes())
    header = parse_header(files, streamed=True)
    private = read_private_key(cell.paths.keys_dir, SIGNING_KEY_FILE, cell.db.passphrase)
    out.write_bytes(streamed.streamed_bytes("bag", build_bag(header, payload, private, "t")))
    return out


def _refused(committee, path: Path) -> str:
    before = _held(committee)
    with pytest.raises(BundleError) as refusal:
        import_bundle(committee.db, committee.organisation, committee.paths.keys_dir, path)
    assert _held(committee) == before
    return render(refusal.value.message, "en")


def test_a_cut_or_reordered_stream_signed_by_the_cell_is_damaged(pair, tmp_path):
    committee, cell, bundle = pair
    payload = streamed.entries(bundle.read_bytes())[PAYLOAD]
    assert len(payload) > START + 2 * STEP
    chunks = [payload[START + i * STEP:START + (i + 1) * STEP] for i in range(2)]
    cut = payload[:START + 2 * STEP]                       # the final chunk dropped
    swapped = payload[:START] + chunks[1] + chunks[0] + payload[START + 2 * STEP:]
    for n, bad in enumerate((cut, swapped)):
        text = _refused(committee, _resigned(bundle, cell, bad, tmp_path / f"bad{n}.zip"))
        assert "damaged" in text


def test_a_file_changed_between_the_checks_and_the_apply_is_refused(pair, tmp_path):
    committee, _cell, bundle = pair
    original = bundle.read_bytes()

    def swap():                   # the stick's file changes after it was verified
        bundle.write_bytes(original[:-1] + bytes([original[-1] ^ 1]))

    before = _held(committee)
    with pytest.raises(BundleError) as refusal:
        import_bundle(committee.db, committee.organisation, committee.paths.keys_dir, bundle,
                      before_apply=swap)
    assert "damaged" in render(refusal.value.message, "en")
    assert _held(committee) == before
    bundle.write_bytes(original)
    assert import_bundle(committee.db, committee.organisation, committee.paths.keys_dir,
                         bundle).applied


def test_a_format_3_bundle_is_a_valid_bag(pair, tmp_path):
    import zipfile

    import bagit

    _committee, _cell, bundle = pair
    with zipfile.ZipFile(bundle) as archive:
        archive.extractall(tmp_path / "out")
    (folder,) = (tmp_path / "out").iterdir()
    bagit.Bag(str(folder)).validate()
