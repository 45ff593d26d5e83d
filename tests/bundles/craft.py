"""Hostile and damaged bundles, made from real ones."""

from __future__ import annotations

import io
import random
import zipfile
from dataclasses import replace
from pathlib import Path

from partydesk.domain.bundles import STREAM_FORMAT_VERSION
from partydesk.services.bundles.bag import build_bag, parse_header
from partydesk.services.bundles.container import (
    TRAILER_LENGTH,
    TRAILER_PREFIX,
    build_container,
    open_container,
)
from partydesk.services.bundles.crypto import sha256_hex
from partydesk.services.setup.keys import SIGNING_KEY_FILE, generate_keys, read_private_key
from tests.bundles import streamed


def with_trailer(entries: list[tuple[str, bytes]], method=zipfile.ZIP_STORED) -> bytes:
    """A ZIP of arbitrary entries that passes the integrity trailer check."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", method) as archive:
        archive.comment = b"\0" * TRAILER_LENGTH
        for name, content in entries:
            archive.writestr(zipfile.ZipInfo(name), content)
    body = buffer.getvalue()[:-TRAILER_LENGTH]
    return body + TRAILER_PREFIX + sha256_hex(body).encode()


def bag_files(bundle: Path) -> dict[str, bytes]:
    data = bundle.read_bytes()
    return streamed.entries(data) if streamed.is_streamed_bytes(data) else open_container(data)


def _header(files: dict[str, bytes]):
    """The bag's header, whichever format wrote it (bag-info says)."""
    return parse_header(files, streamed=b"PartyDesk-Bundle-Format: 3\n" in files["bag-info.txt"])


def _container(files: dict[str, bytes], format_version: int) -> bytes:
    """The files in the container of their format: streamed for format 3."""
    if format_version == STREAM_FORMAT_VERSION:
        return streamed.streamed_bytes("bag", files)
    return build_container("bag", files, (2026, 1, 1, 0, 0, 0))


def flipped(bundle: Path, out: Path, fraction: float) -> Path:
    data = bytearray(bundle.read_bytes())
    at = min(int(len(data) * fraction), len(data) - 1)
    data[at] ^= 0x01
    out.write_bytes(bytes(data))
    return out


def truncated(bundle: Path, out: Path, keep: int) -> Path:
    data = bundle.read_bytes()
    out.write_bytes(data[:keep])
    return out


def random_bytes(out: Path, size: int = 60_000) -> Path:
    out.write_bytes(random.Random(7).randbytes(size))
    return out


def unsafe_names(bundle: Path, out: Path, prefix: str) -> Path:
    files = bag_files(bundle)
    out.write_bytes(with_trailer([(f"{prefix}{name}", content)
                                  for name, content in files.items()]))
    return out


def zip_bomb(out: Path, expanded: int = 300 * 1024 * 1024) -> Path:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.comment = b"\0" * TRAILER_LENGTH
        info = zipfile.ZipInfo("bag/data/payload.sealed")
        info.compress_type = zipfile.ZIP_DEFLATED
        with archive.open(info, "w", force_zip64=True) as entry:
            chunk = bytes(1024 * 1024)
            for _ in range(expanded // len(chunk)):
                entry.write(chunk)
    body = buffer.getvalue()[:-TRAILER_LENGTH]
    out.write_bytes(body + TRAILER_PREFIX + sha256_hex(body).encode())
    return out


def many_entries(out: Path, count: int = 5000) -> Path:
    out.write_bytes(with_trailer([(f"bag/data/f{i}", b"x") for i in range(count)]))
    return out


def rebagged(bundle: Path, out: Path, signing_private: bytes, signing_public: bytes,
             **header_changes) -> Path:
    """The same sealed payload in a new bag with a changed header, signed by a key."""
    files = bag_files(bundle)
    header = replace(_header(files), signing_key=signing_public, **header_changes)
    new = build_bag(header, files["data/payload.sealed"], signing_private, "test")
    out.write_bytes(_container(new, header.format_version))
    return out


def bundle_fingerprint(bundle: Path) -> str:
    """The fingerprint of the key a bundle's bag names (what the cell would read out)."""
    from partydesk.services.setup.keys import fingerprint

    return fingerprint(_header(bag_files(bundle)).signing_key)


def cell_key(cell_dir: Path) -> tuple[bytes, bytes]:
    from nacl.signing import SigningKey

    private = read_private_key(cell_dir / "keys", SIGNING_KEY_FILE)
    return private, bytes(SigningKey(private).verify_key)


def stranger_key() -> tuple[bytes, bytes]:
    keys = generate_keys()
    return keys.signing_private, keys.signing_public


def edited_bag_info(bundle: Path, out: Path, old: bytes, new: bytes) -> Path:
    """bag-info changed but neither manifest nor signature redone."""
    files = bag_files(bundle)
    version = _header(files).format_version
    files["bag-info.txt"] = files["bag-info.txt"].replace(old, new)
    out.write_bytes(_container(files, version))
    return out



def open_document(bundle: Path, committee_dir: Path) -> dict:
    """The decrypted payload of a bundle, as the JSON document the cell wrote."""
    import json
    import zlib

    from partydesk.services.bundles.crypto import unseal
    from partydesk.services.setup.keys import BOX_KEY_FILE

    box_private = read_private_key(committee_dir / "keys", BOX_KEY_FILE)
    sealed = bag_files(bundle)["data/payload.sealed"]
    if _header(bag_files(bundle)).format_version == STREAM_FORMAT_VERSION:
        # format 3's lines as format 1's document, which ``insider`` writes
        return {**streamed.document_of(sealed, box_private), "format": 1}
    return json.loads(zlib.decompress(unseal(box_private, sealed)))


def insider(bundle: Path, committee_dir: Path, cell_dir: Path, out: Path,
            document: dict) -> Path:
    """``document`` as the payload of ``bundle``'s bag, sealed to the committee and
    signed by the cell's own key: a valid signature over hostile content."""
    import json
    import zlib

    from nacl.public import PrivateKey

    from partydesk.services.bundles.crypto import seal
    from partydesk.services.setup.keys import BOX_KEY_FILE

    box_private = read_private_key(committee_dir / "keys", BOX_KEY_FILE)
    text = json.dumps(document, ensure_ascii=False, separators=(",", ":"))  # NaN allowed
    sealed = seal(bytes(PrivateKey(box_private).public_key),
                  zlib.compress(text.encode("utf-8", "surrogatepass"), 1))
    files = bag_files(bundle)
    # hostile content goes in format 1's container and payload (any shape fits its
    # JSON); the row checks are the same for both formats
    header = replace(_header(files), format_version=1)
    private, _public = cell_key(cell_dir)
    new = build_bag(header, sealed, private, "test")
    out.write_bytes(build_container("bag", new, (2026, 1, 1, 0, 0, 0)))
    return out
