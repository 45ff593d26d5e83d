"""Verify (province): a commune's roll-up, after its envelope (file, bag, the
commune's key and signature, sequence: services/bundles/verify.check_envelope).

Then: the payload opens with the province's key and names what the signed bag-info
says; at first contact it proves the enrolment secret; the commune's own tables pass
the schema; and every nested cell bundle is checked as if the cell had sent it to
the province: addressed to the commune, signed by the key the commune vouches for,
its manifests intact, its sealed box opened with the key the commune revealed, its
payload naming the same cell, key, commune and sequence, its rows valid. A nested
bundle altered after its cell signed it is refused even though the commune signed
the roll-up; the reason names the cell.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from partydesk.domain.bundles import KIND_CELL, MemberChanges
from partydesk.domain.payload_rules import needs_removal_confirmation
from partydesk.services.bundles import errors as e
from partydesk.services.bundles.bag import (
    PAYLOAD,
    TAG_MANIFEST,
    BagHeader,
    check_manifests,
    parse_header,
    signature_bytes,
)
from partydesk.services.bundles.container import open_container
from partydesk.services.bundles.crypto import (
    SIGNATURE_CONTEXT,
    hash_secret,
    open_with_revealed_key,
    sha256_hex,
    signature_is_valid,
)
from partydesk.services.bundles.errors import BundleError
from partydesk.services.bundles.payload import Payload, payload_from_compressed
from partydesk.services.bundles.verify import (
    Envelope,
    check_payload_matches,
    check_payload_rows,
    member_changes,
    removal_share,
)
from partydesk.services.rollup.errors import NESTED_REFUSED
from partydesk.services.rollup.payload import CellEntry, RollupPayload, open_rollup
from partydesk.services.setup.keys import BOX_KEY_FILE, fingerprint, read_private_key
from partydesk.storage.partition_store import PARTITION_TABLES, committee_columns
from partydesk.storage.rollup_store import COMMUNE_TABLES, commune_columns, nested_code


@dataclass(frozen=True)
class NestedCell:
    """What verifying a nested cell bundle found; its rows are not kept (memory stays
    bounded by one cell), the apply opens the bundle again."""
    code: str
    header: BagHeader
    sha256: str
    member_count: int
    changes: MemberChanges
    payload: Payload | None = None


@dataclass(frozen=True)
class VerifiedRollup:
    header: BagHeader
    payload: RollupPayload
    sha256: str
    first_contact: bool
    duplicate: bool
    fingerprint: str
    member_count: int
    changes: MemberChanges
    removals_need_confirmation: bool = False
    members_before: int = 0
    key_changed: bool = False
    cells: list[NestedCell] = field(default_factory=list)
    vouched: list[CellEntry] = field(default_factory=list)   # without their bundles
    path: Path | None = None          # the file, opened again by the apply
    keys_dir: Path | None = None

    def removal_refusal(self) -> BundleError:
        return BundleError(e.MASS_REMOVAL, sender=self.header.sender,
                           dropped=self.changes.leaving, current=self.members_before)


def open_verified_payload(db, keys_dir: Path, files: dict) -> RollupPayload:
    known = {table: commune_columns(db, table) for table in COMMUNE_TABLES}
    box_private = read_private_key(keys_dir, BOX_KEY_FILE, db.passphrase)
    return open_rollup(files[PAYLOAD], box_private, known)


def nested_cells(db, payload: RollupPayload, keep_rows: bool):
    """Each nested cell bundle verified, one at a time (its rows only if asked)."""
    box_public = bytes.fromhex(payload.sender.get("box_public_key", ""))
    known = {table: committee_columns(db, table) for table in PARTITION_TABLES}
    for entry in payload.cells:
        if entry.bundle is not None:
            yield verify_nested(db, payload.sender["code"],
                                payload.sender["id"], box_public, entry, known, keep_rows)


def verify_rollup(db, organisation, keys_dir, envelope: Envelope) -> VerifiedRollup:
    header, commune = envelope.header, envelope.sender
    payload, cells_of = _opened(db, keys_dir, envelope)
    check_payload_matches(payload, header, organisation.code, organisation.id)
    if envelope.first_contact and not payload.enrolment_secret:
        raise e.NeedsFirstBundle(header.sender, header.sequence)
    if envelope.first_contact and hash_secret(_secret(payload)) != commune["secret_hash"]:
        raise BundleError(e.BAD_ENROLMENT_PROOF, sender=header.sender)
    check_payload_rows_commune(payload)
    nested = list(cells_of(payload))
    vouched = [CellEntry(c.code, c.name, c.status, c.signing_public_key, c.fingerprint)
               for c in payload.cells]
    bare = RollupPayload(payload.sender, payload.recipient, payload.sequence,
                         payload.created_at, "", payload.tables)
    members = sum(n.member_count for n in nested)
    changes = MemberChanges(*(sum(getattr(n.changes, f) for n in nested)
                              for f in ("added", "changed", "leaving", "unchanged")))
    current = 0 if envelope.first_contact else commune["member_count"]
    return VerifiedRollup(
        header, bare, envelope.digest, envelope.first_contact,
        envelope.decision.value == "duplicate", fingerprint(header.signing_key), members,
        changes, needs_removal_confirmation(current, changes.leaving, removal_share(db)),
        current, envelope.key_changed, nested, vouched, envelope.path, keys_dir)


def _opened(db, keys_dir: Path, envelope: Envelope):
    """The payload and how to walk its nested cells: format 3 streams them from their
    own entries (services/rollup/stream_verify.py), format 2 holds them inline."""
    if envelope.container is not None:
        from partydesk.services.rollup.stream_verify import (
            open_streamed_index,
            streamed_nested_cells,
        )

        payload = open_streamed_index(db, keys_dir, envelope.container, envelope.manifest)
        return payload, lambda p: streamed_nested_cells(
            db, p, envelope.container, envelope.manifest, keep_rows=False)
    return (open_verified_payload(db, keys_dir, envelope.files),
            lambda p: nested_cells(db, p, keep_rows=False))


def check_payload_rows_commune(payload: RollupPayload) -> None:
    """The commune's own tables: columns known (checked on opening), scalars only."""
    for columns, rows in payload.tables.values():
        if "id" in columns:
            at = list(columns).index("id")
            if len({row[at] for row in rows}) != len(rows):
                raise BundleError(e.DAMAGED)


def verify_nested(db, commune_code: str, commune_id: str, commune_box: bytes,
                  entry: CellEntry, known: dict, keep_rows: bool = False) -> NestedCell:
    try:
        return _verify_nested(db, commune_code, commune_id, commune_box, entry, known,
                              keep_rows)
    except BundleError as refusal:
        raise BundleError(NESTED_REFUSED, commune=commune_code, cell=entry.code,
                          reason=refusal.message) from None


def _verify_nested(db, commune_code: str, commune_id: str, commune_box: bytes,
                   entry: CellEntry, known: dict, keep_rows: bool) -> NestedCell:
    files = open_container(entry.bundle)
    header = parse_header(files)
    if (header.kind != KIND_CELL or header.sender != entry.code
            or header.recipient != commune_code):
        raise BundleError(e.DAMAGED)
    if (header.signing_key.hex() != entry.signing_public_key
            or not signature_is_valid(header.signing_key, SIGNATURE_CONTEXT,
                                      files[TAG_MANIFEST], signature_bytes(files))):
        raise BundleError(e.BAD_SIGNATURE, sender=entry.code)
    try:
        check_manifests(files)
    except BundleError:      # signed, then changed: the cell's signature no longer holds
        raise BundleError(e.BAD_SIGNATURE, sender=entry.code) from None
    compressed = open_with_revealed_key(files[PAYLOAD], entry.key, commune_box)
    if compressed is None:
        raise BundleError(e.DAMAGED)
    payload = payload_from_compressed(compressed, known)
    check_payload_matches(payload, header, commune_code, commune_id)
    held_as = nested_code(commune_code, entry.code)
    if keep_rows:
        # the apply reads the very bytes verified (same SHA-256): their rows passed
        return NestedCell(entry.code, header, sha256_hex(entry.bundle), 0,
                          MemberChanges(), payload)
    check_payload_rows(db, held_as, payload)
    members, changes = member_changes(db, held_as, payload)
    return NestedCell(entry.code, header, sha256_hex(entry.bundle), members, changes)


def _secret(payload: RollupPayload) -> bytes:
    try:
        return bytes.fromhex(payload.enrolment_secret)
    except ValueError:
        return b""
