"""A nested cell bundle of format 3 verified at the province, from its private copy:
the checks of services/rollup/verify.py ``_verify_nested`` (addressed to the commune,
from the cell it is filed under, signed by the key the commune vouches for, both
manifests, the payload naming the same cell, key, commune and sequence, every row),
with the payload streamed and opened by the stream key the commune revealed."""

from __future__ import annotations

from partydesk.domain.bundles import KIND_CELL, MemberChanges
from partydesk.services.bundles import errors as e
from partydesk.services.bundles.bag import TAG_MANIFEST, signature_bytes
from partydesk.services.bundles.crypto import SIGNATURE_CONTEXT, signature_is_valid
from partydesk.services.bundles.errors import BundleError
from partydesk.services.bundles.stream_bag import (
    check_streamed_manifests,
    parse_streamed_header,
)
from partydesk.services.bundles.stream_container import open_streamed
from partydesk.services.bundles.stream_read import read_cell_payload
from partydesk.services.bundles.verify import (
    check_payload_matches,
    check_payload_rows,
    member_changes,
)
from partydesk.services.rollup.errors import NESTED_REFUSED
from partydesk.services.rollup.payload import CellEntry
from partydesk.storage.rollup_store import nested_code


def verify_streamed_nested(db, commune_code: str, commune_id: str, entry: CellEntry, copy,
                           known: dict, keep_rows: bool = False):
    try:
        return _verify(db, commune_code, commune_id, entry, copy, known, keep_rows)
    except BundleError as refusal:
        raise BundleError(NESTED_REFUSED, commune=commune_code, cell=entry.code,
                          reason=refusal.message) from None


def _verify(db, commune_code: str, commune_id: str, entry: CellEntry, copy, known: dict,
            keep_rows: bool):
    from partydesk.services.rollup.verify import NestedCell

    container = open_streamed(copy)
    header = parse_streamed_header(container)
    if (header.kind != KIND_CELL or header.sender != entry.code
            or header.recipient != commune_code):
        raise BundleError(e.DAMAGED)
    if (header.signing_key.hex() != entry.signing_public_key
            or not signature_is_valid(header.signing_key, SIGNATURE_CONTEXT,
                                      container.files[TAG_MANIFEST],
                                      signature_bytes(container.files))):
        raise BundleError(e.BAD_SIGNATURE, sender=entry.code)
    try:
        manifest = check_streamed_manifests(container)
    except BundleError:      # signed, then changed: the cell's signature no longer holds
        raise BundleError(e.BAD_SIGNATURE, sender=entry.code) from None
    payload = read_cell_payload(container, manifest, known, key=entry.key)
    check_payload_matches(payload, header, commune_code, commune_id)
    held_as = nested_code(commune_code, entry.code)
    if keep_rows:
        return NestedCell(entry.code, header, container.sha256, 0, MemberChanges(), payload)
    check_payload_rows(db, held_as, payload)
    members, changes = member_changes(db, held_as, payload)
    return NestedCell(entry.code, header, container.sha256, members, changes)
