"""The bag of a format 3 file: the same tag files and signature as format 1
(``bag.tag_files``, made from the hashes of data entries written as streams),
checked here by hashing each data entry as it is read. A cell's bag has one data
entry (``data/payload.sealed``); a roll-up's has one more per nested cell bundle."""

from __future__ import annotations

from partydesk.services.bundles.bag import (
    PAYLOAD,
    SIGNATURE,
    TAG_FILES,
    TAG_MANIFEST,
    BagHeader,
    parse_header,
)
from partydesk.services.bundles.crypto import sha256_hex
from partydesk.services.bundles.errors import DAMAGED, BundleError

STREAM_TAG_FILES = frozenset({*TAG_FILES, TAG_MANIFEST, SIGNATURE})


def parse_streamed_header(container) -> BagHeader:
    """The header of a format 3 bag: exactly the tag files, and a payload entry."""
    if set(container.files) != STREAM_TAG_FILES or PAYLOAD not in container.entries:
        raise BundleError(DAMAGED)
    return parse_header({**container.files, PAYLOAD: b""}, streamed=True)


def _manifest(content: bytes) -> dict[str, str]:
    entries = {}
    for line in content.decode("ascii", "replace").splitlines():
        digest, _, name = line.partition("  ")
        if name in entries:
            raise BundleError(DAMAGED)
        entries[name] = digest
    return entries


def check_tag_manifest(container) -> dict[str, str]:
    """The tag manifest right (cheap, in memory); the payload manifest's entries as
    ``name → sha256``, naming exactly the data entries of the file."""
    tags = _manifest(container.files[TAG_MANIFEST])
    if set(tags) != set(TAG_FILES) or any(
            sha256_hex(container.files[name]) != digest for name, digest in tags.items()):
        raise BundleError(DAMAGED)
    data = _manifest(container.files["manifest-sha256.txt"])
    if set(data) != set(container.entries):
        raise BundleError(DAMAGED)
    return data


def check_streamed_manifests(container) -> dict[str, str]:
    """Both manifests, every data entry hashed as a stream."""
    data = check_tag_manifest(container)
    for name, digest in data.items():
        if container.entry_sha256(name) != digest:
            raise BundleError(DAMAGED)
    return data


def file_header(path) -> BagHeader:
    """The bag header of a bundle file of any format (nothing verified but its shape)."""
    from partydesk.services.bundles.container import open_container, read_bundle_bytes
    from partydesk.services.bundles.stream_container import is_streamed, open_streamed

    if is_streamed(path):
        container = open_streamed(path)
        try:
            return parse_streamed_header(container)
        finally:
            container.close()
    return parse_header(open_container(read_bundle_bytes(path)))
