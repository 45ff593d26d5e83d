"""Verify (committee): every check a bundle must pass, reading the database but never
writing it. Import calls this first; ``bundle verify`` calls only this.

Order: the file's integrity trailer and ZIP limits; the bag's file set and format
version; recipient; sender enrolled; the signing key (the pinned one, or at first
contact the one the bag names); the signature over the tag manifest; both manifests;
the sequence; decryption and the payload's shape; the payload naming the same sender,
key, recipient and sequence; at first contact the enrolment secret; every row against
the declared schema (domain/payload_schema.py), refused with the table, row and column.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from partydesk.domain.bundles import (
    KIND_ROLLUP,
    MemberChanges,
    SequenceDecision,
    count_active,
    decide_sequence,
    diff_members,
)
from partydesk.domain.messages import message
from partydesk.domain.organisation import Organisation
from partydesk.domain.payload_rules import (
    DEFAULT_REMOVAL_SHARE,
    PayloadProblem,
    Problem,
    check_tables,
    needs_removal_confirmation,
)
from partydesk.services.bundles import errors as e
from partydesk.services.bundles.bag import (
    TAG_MANIFEST,
    BagHeader,
    check_manifests,
    parse_header,
    signature_bytes,
)
from partydesk.services.bundles.container import open_container, read_bundle_bytes
from partydesk.services.bundles.crypto import (
    SIGNATURE_CONTEXT,
    hash_secret,
    sha256_hex,
    signature_is_valid,
)
from partydesk.services.bundles.errors import BundleError
from partydesk.services.bundles.key_change import follows_key_chain
from partydesk.services.bundles.payload import Payload, open_payload
from partydesk.services.bundles.stream_bag import (
    check_streamed_manifests,
    parse_streamed_header,
)
from partydesk.services.bundles.stream_container import is_streamed, open_streamed
from partydesk.services.bundles.stream_read import read_cell_payload
from partydesk.services.setup.keys import BOX_KEY_FILE, fingerprint, read_private_key
from partydesk.storage.bundle_store import load_cell, retired_keys
from partydesk.storage.partition_store import (
    MEMBERS,
    PARTITION_TABLES,
    cell_rows_by_id,
    committee_column_types,
    committee_columns,
)
from partydesk.storage.settings_store import get_setting

REMOVAL_SHARE_SETTING = "bundles.removal_share"     # per cent; see needs_removal_confirmation


@dataclass(frozen=True)
class VerifiedBundle:
    header: BagHeader
    payload: Payload
    sha256: str
    first_contact: bool          # the cell's key will be pinned by this import
    duplicate: bool              # exactly the bundle already imported
    fingerprint: str
    member_count: int
    changes: MemberChanges
    removals_need_confirmation: bool = False   # drops too many members: ask first
    members_before: int = 0                    # the cell's current members held here
    key_changed: bool = False                  # signed by a new key the pinned key certified
    data: bytes = b""                          # the file's bytes, kept by a commune
    file_path: Path | None = None              # format 3: the file, read when kept

    def kept_bytes(self) -> bytes:
        """The file byte for byte, as a commune keeps it to carry it up: format 1's
        bytes as read; format 3's read again (one cell's file) and refused unless it
        is still the very file verified."""
        if self.data or self.file_path is None:
            return self.data
        data = read_bundle_bytes(self.file_path)
        if sha256_hex(data) != self.sha256:
            raise BundleError(e.DAMAGED)
        return data

    def removal_refusal(self) -> BundleError:
        return BundleError(e.MASS_REMOVAL, sender=self.header.sender,
                           dropped=self.changes.leaving, current=self.members_before)


@dataclass(frozen=True)
class Envelope:
    """A bundle whose file, bag, sender, signature, manifests and sequence are checked;
    its payload is not opened yet."""
    data: bytes
    files: dict
    header: BagHeader
    sender: dict                 # the sender's row in ``cells`` (a cell or a commune)
    first_contact: bool
    key_changed: bool
    digest: str
    decision: SequenceDecision
    path: Path | None = None
    container: object = None     # format 3: the open StreamedContainer (data entries)
    manifest: dict | None = None  # format 3: data entry → SHA-256, checked


def check_envelope(db, organisation: Organisation, path: Path) -> Envelope:
    if not organisation.is_committee:
        raise BundleError(e.NOT_COMMITTEE)
    if is_streamed(path):            # format 3: nothing read whole
        container = open_streamed(path)
        try:
            return _check_envelope(db, organisation, path, b"", container.files,
                                   parse_streamed_header(container), container)
        except BaseException:
            container.close()
            raise
    data = read_bundle_bytes(path)
    files = open_container(data)
    return _check_envelope(db, organisation, path, data, files, parse_header(files), None)


def _check_envelope(db, organisation: Organisation, path: Path, data: bytes, files: dict,
                    header: BagHeader, container) -> Envelope:
    manifest = None
    if header.recipient != organisation.code:
        raise BundleError(e.NOT_FOR_US, recipient=header.recipient, code=organisation.code)
    cell = load_cell(db, header.sender)
    if cell is None:
        raise BundleError(e.UNKNOWN_SENDER, sender=header.sender)
    if (header.kind == KIND_ROLLUP) != (cell.get("level") == "committee"):
        raise BundleError(e.LEVEL_MISMATCH, sender=header.sender)
    first_contact = cell["status"] == "enrolled"
    key_changed = _check_signer(db, cell, header, first_contact)
    if not signature_is_valid(header.signing_key, SIGNATURE_CONTEXT, files[TAG_MANIFEST],
                              signature_bytes(files)):
        raise BundleError(e.BAD_SIGNATURE, sender=header.sender)
    if container is None:
        check_manifests(files)
        digest = sha256_hex(data)
    else:
        manifest, digest = check_streamed_manifests(container), container.sha256
    decision = decide_sequence(cell["last_sequence"], cell["last_bundle_sha256"],
                               header.sequence, digest)
    if decision is SequenceDecision.OLDER:
        raise BundleError(e.OLDER, sequence=header.sequence, sender=header.sender,
                          last=cell["last_sequence"])
    if decision is SequenceDecision.CONFLICT:
        raise BundleError(e.CONFLICT, sequence=header.sequence, sender=header.sender)
    return Envelope(data, files, header, cell, first_contact, key_changed, digest, decision,
                    path, container, manifest)


def verify_bundle(db, organisation: Organisation, keys_dir: Path, path: Path):
    """A cell's bundle as a :class:`VerifiedBundle`, or a commune's roll-up as a
    ``VerifiedRollup`` (services/rollup/verify.py); both refuse with one line."""
    envelope = check_envelope(db, organisation, path)
    try:
        return _verify(db, organisation, keys_dir, envelope)
    finally:
        if envelope.container is not None:      # the apply reads the file again
            envelope.container.close()


def _verify(db, organisation: Organisation, keys_dir: Path, envelope: Envelope):
    if envelope.header.kind == KIND_ROLLUP:
        from partydesk.services.rollup.verify import verify_rollup

        return verify_rollup(db, organisation, keys_dir, envelope)
    data, files, header, cell = envelope.data, envelope.files, envelope.header, envelope.sender
    first_contact, key_changed = envelope.first_contact, envelope.key_changed
    digest, decision = envelope.digest, envelope.decision
    known = {table: committee_columns(db, table) for table in PARTITION_TABLES}
    box_private = read_private_key(keys_dir, BOX_KEY_FILE, db.passphrase)
    if envelope.container is None:
        payload = open_payload(files["data/payload.sealed"], box_private, known)
    else:                        # format 3: streamed, the entry hashed as it is read
        payload = read_cell_payload(envelope.container, envelope.manifest, known,
                                    box_private=box_private)
    check_payload_matches(payload, header, organisation.code, organisation.id)
    if first_contact and not payload.enrolment_secret:
        raise e.NeedsFirstBundle(header.sender, header.sequence)
    if first_contact and hash_secret(_secret(payload)) != cell["secret_hash"]:
        raise BundleError(e.BAD_ENROLMENT_PROOF, sender=header.sender)
    check_payload_rows(db, header.sender, payload)
    members, changes = member_changes(db, header.sender, payload)
    current = 0 if first_contact else cell["member_count"]
    return VerifiedBundle(header, payload, digest, first_contact,
                          decision is SequenceDecision.DUPLICATE,
                          fingerprint(header.signing_key), members, changes,
                          needs_removal_confirmation(current, changes.leaving,
                                                     removal_share(db)), current,
                          key_changed, data,
                          envelope.path if envelope.container is not None else None)


def removal_share(db) -> int:
    try:
        return int(get_setting(db, REMOVAL_SHARE_SETTING) or DEFAULT_REMOVAL_SHARE)
    except ValueError:
        return DEFAULT_REMOVAL_SHARE


def check_payload_rows(db, sender: str, payload: Payload) -> None:
    """Every row against the declared schema; a refusal names table, row and column."""
    types = {table: committee_column_types(db, table) for table in payload.tables}
    try:
        check_tables(payload.tables, types)
    except PayloadProblem as problem:
        if problem.problem == Problem.ROWS:
            raise BundleError(e.PAYLOAD_TOO_MANY_ROWS, sender=sender,
                              table=problem.table) from None
        raise BundleError(e.PAYLOAD_INVALID, sender=sender, table=problem.table,
                          row=problem.row, column=problem.column,
                          problem=message(e.PROBLEMS[problem.problem])) from None


def _check_signer(db, cell: dict, header: BagHeader, first_contact: bool) -> bool:
    """Refuse a retired key or one that is not the pinned key; True when the bag is
    signed by a new key the pinned one certified (a key change)."""
    if header.signing_key.hex() in retired_keys(db, header.sender):
        raise BundleError(e.RETIRED_KEY, sender=header.sender)
    if first_contact or header.signing_key.hex() == cell["signing_public_key"]:
        return False
    if not follows_key_chain(header.sender, bytes.fromhex(cell["signing_public_key"]),
                             header.signing_key, header.key_changes):
        raise BundleError(e.BAD_SIGNATURE, sender=header.sender)
    return True


def check_payload_matches(payload: Payload, header: BagHeader, recipient_code: str,
                          recipient_id: str) -> None:
    """The encrypted content must name what the signed bag-info says: a payload
    cannot be re-signed by another key or moved into another bag."""
    if (payload.sender.get("code") != header.sender
            or payload.sender.get("signing_public_key") != header.signing_key.hex()
            or payload.recipient.get("code") != recipient_code
            or payload.recipient.get("id") != recipient_id
            or payload.sequence != header.sequence
            or payload.created_at != header.created_at):
        raise BundleError(e.DAMAGED)


def _secret(payload: Payload) -> bytes:
    try:
        return bytes.fromhex(payload.enrolment_secret)
    except ValueError:
        return b""


def member_changes(db, cell_code: str, payload: Payload) -> tuple[int, MemberChanges]:
    columns, rows = payload.tables.get(MEMBERS, (["id", "status"], []))
    if "status" not in columns:
        raise BundleError(e.DAMAGED)
    id_at, status_at = columns.index("id"), columns.index("status")
    old = cell_rows_by_id(db, MEMBERS, cell_code, columns)
    new = {row[id_at]: row for row in rows}
    if len(new) != len(rows):
        raise BundleError(e.DAMAGED)
    return count_active(rows, status_at), diff_members(old, new, status_at)
