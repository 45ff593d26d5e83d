"""The BagIt bag (RFC 8493) inside a bundle, and its signature.

Files: ``bagit.txt``, ``bag-info.txt`` (codes, sequence, format, dates, the sender's
public signing key; nothing personal), ``manifest-sha256.txt`` (the payload),
``tagmanifest-sha256.txt`` (the three tag files above), ``data/payload.sealed``, and
``signature.ed25519``: the hex Ed25519 signature of SIGNATURE_CONTEXT + the exact
bytes of the tag manifest. The signature file is a tag file outside the manifest it
signs; through the two manifests it covers every other byte of the bag.
"""

from __future__ import annotations

from dataclasses import dataclass

from partydesk.domain.bundles import (
    KIND_CELL,
    KIND_ROLLUP,
    READ_FORMAT_VERSION,
    STREAM_FORMAT_VERSION,
)
from partydesk.services.bundles.crypto import SIGNATURE_CONTEXT, sha256_hex, sign
from partydesk.services.bundles.errors import DAMAGED, NEWER_FORMAT, BundleError

PAYLOAD = "data/payload.sealed"
SIGNATURE = "signature.ed25519"
TAG_MANIFEST = "tagmanifest-sha256.txt"
TAG_FILES = ("bagit.txt", "bag-info.txt", "manifest-sha256.txt")
BAG_FILES = frozenset({*TAG_FILES, TAG_MANIFEST, SIGNATURE, PAYLOAD})
BAGIT_TXT = b"BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n"


@dataclass(frozen=True)
class BagHeader:
    sender: str
    recipient: str
    sequence: int
    format_version: int
    created_at: str
    signing_key: bytes
    # the cell's key changes, oldest first: (old key, new key, old key's signature)
    key_changes: tuple[tuple[bytes, bytes, bytes], ...] = ()
    kind: str = KIND_CELL        # "rollup": a commune's bundle to its province


def build_bag(header: BagHeader, payload: bytes, signing_private: bytes,
              agent: str) -> dict[str, bytes]:
    tags = tag_files(header, {PAYLOAD: (sha256_hex(payload), len(payload))},
                     signing_private, agent)
    return {**{name: tags[name] for name in (*TAG_FILES, TAG_MANIFEST)},
            PAYLOAD: payload, SIGNATURE: tags[SIGNATURE]}


def tag_files(header: BagHeader, digests: dict[str, tuple[str, int]],
              signing_private: bytes, agent: str) -> dict[str, bytes]:
    """The five tag files for data entries (name → (sha256, size)): a whole payload
    here, or entries already written as streams (format 3)."""
    info = {
        "Bag-Software-Agent": agent,
        "Bagging-Date": header.created_at[:10],
        "Source-Organization": header.sender,
        "PartyDesk-Recipient": header.recipient,
        "PartyDesk-Sequence": str(header.sequence),
        "PartyDesk-Bundle-Format": str(header.format_version),
        "PartyDesk-Created": header.created_at,
        "PartyDesk-Signing-Key": header.signing_key.hex(),
        "Payload-Oxum": f"{sum(size for _, size in digests.values())}.{len(digests)}",
    }
    if header.kind != KIND_CELL:
        info["PartyDesk-Bundle-Kind"] = header.kind
    if header.key_changes:
        info["PartyDesk-Key-Changes"] = ",".join(
            ":".join(part.hex() for part in link) for link in header.key_changes)
    files = {
        "bagit.txt": BAGIT_TXT,
        "bag-info.txt": "".join(f"{k}: {v}\n" for k, v in info.items()).encode("utf-8"),
        "manifest-sha256.txt": "".join(f"{digest}  {name}\n" for name, (digest, _)
                                       in digests.items()).encode("ascii"),
    }
    files[TAG_MANIFEST] = _manifest(files)
    signature = sign(signing_private, SIGNATURE_CONTEXT, files[TAG_MANIFEST])
    files[SIGNATURE] = signature.hex().encode("ascii") + b"\n"
    return files


def _manifest(files: dict[str, bytes]) -> bytes:
    return "".join(f"{sha256_hex(content)}  {name}\n"
                   for name, content in files.items()).encode("ascii")


def parse_header(files: dict[str, bytes], streamed: bool = False) -> BagHeader:
    """The bag's header, once its file set and ``bagit.txt`` are as we write them.
    A newer format is refused here, before anything else is interpreted. A file read
    whole (format 1, or 2 for a roll-up) and a streamed one (format 3) each carry
    only their own formats."""
    if set(files) != BAG_FILES or files["bagit.txt"] != BAGIT_TXT:
        raise BundleError(DAMAGED)
    info = parse_tags(files["bag-info.txt"])
    try:
        version = int(info["PartyDesk-Bundle-Format"])
        kind = info.get("PartyDesk-Bundle-Kind", KIND_CELL)
        if kind not in (KIND_CELL, KIND_ROLLUP) or version > (
                STREAM_FORMAT_VERSION if streamed else READ_FORMAT_VERSION[kind]):
            raise BundleError(NEWER_FORMAT)
        header = BagHeader(
            sender=info["Source-Organization"], recipient=info["PartyDesk-Recipient"],
            sequence=int(info["PartyDesk-Sequence"]), format_version=version,
            created_at=info["PartyDesk-Created"],
            signing_key=bytes.fromhex(info["PartyDesk-Signing-Key"]),
            key_changes=_key_changes(info.get("PartyDesk-Key-Changes", "")), kind=kind)
    except (KeyError, ValueError):
        raise BundleError(DAMAGED) from None
    if (version < 1 or header.sequence < 1 or len(header.signing_key) != 32
            or streamed != (version == STREAM_FORMAT_VERSION)):
        raise BundleError(DAMAGED)
    return header


def _key_changes(text: str) -> tuple[tuple[bytes, bytes, bytes], ...]:
    links = []
    for link in filter(None, text.split(",")):
        old, new, signature = (bytes.fromhex(part) for part in link.split(":"))
        if (len(old), len(new), len(signature)) != (32, 32, 64):
            raise ValueError("not a key change")
        links.append((old, new, signature))
    if len(links) > 16:
        raise ValueError("too many key changes")
    return tuple(links)


def parse_tags(content: bytes) -> dict[str, str]:
    try:
        lines = content.decode("utf-8").splitlines()
    except UnicodeDecodeError:
        raise BundleError(DAMAGED) from None
    tags = {}
    for line in lines:
        name, colon, value = line.partition(":")
        if not colon or name.strip() in tags:
            raise BundleError(DAMAGED)
        tags[name.strip()] = value.strip()
    return tags


def check_manifests(files: dict[str, bytes]) -> None:
    """Every file listed with its right hash, and exactly the files we expect."""
    for manifest, expected in ((TAG_MANIFEST, set(TAG_FILES)),
                               ("manifest-sha256.txt", {PAYLOAD})):
        entries = {}
        for line in files[manifest].decode("ascii", "replace").splitlines():
            digest, _, name = line.partition("  ")
            entries[name] = digest
        if set(entries) != expected or any(
                sha256_hex(files[name]) != digest for name, digest in entries.items()):
            raise BundleError(DAMAGED)


def signature_bytes(files: dict[str, bytes]) -> bytes:
    try:
        signature = bytes.fromhex(files[SIGNATURE].decode("ascii").strip())
    except (UnicodeDecodeError, ValueError):
        raise BundleError(DAMAGED) from None
    if len(signature) != 64:
        raise BundleError(DAMAGED)
    return signature
