"""Import (cell): verify a downward bundle against the committee keys from the cell's
enrolment, show what it brings, then apply it in one transaction — the receipt, new
notices, and new decisions as dated events through the member aggregate.

A decision the rules refuse (a member unknown here, a conversion before probation
ends…) is kept with the reason and not applied; the rest of the bundle still is.
Decisions and notices already received are skipped, so the newest bundle alone gives
the same state as every bundle in any order."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

from partydesk.domain import events as ev
from partydesk.domain.bundles import SequenceDecision, decide_sequence
from partydesk.domain.errors import PartyDeskError
from partydesk.domain.events import EventKind, MemberEvent
from partydesk.domain.messages import QT_TRANSLATE_NOOP
from partydesk.domain.organisation import Organisation
from partydesk.services.bundles import errors as e
from partydesk.services.bundles.bag import PAYLOAD, BagHeader, check_manifests, parse_header
from partydesk.services.bundles.container import open_container, read_bundle_bytes
from partydesk.services.bundles.crypto import sha256_hex
from partydesk.services.bundles.downward_payload import DownwardPayload, open_downward
from partydesk.services.bundles.downward_settings import setting_rows
from partydesk.services.bundles.errors import BundleError
from partydesk.services.bundles.higher_key import (
    Signer,
    check_higher_signer,
    follow_higher_key,
)
from partydesk.services.bundles.hooks import pause_point
from partydesk.services.bundles.restore import NOT_EMPTY, open_restore
from partydesk.services.members.aggregate import LifeChange, write_lives
from partydesk.services.members.candidates import admit
from partydesk.services.setup.keys import BOX_KEY_FILE, read_private_key
from partydesk.services.transfers.cell import new_transfers
from partydesk.storage.bundle_store import load_higher_committee
from partydesk.storage.cell_settings_store import apply_received_setting, received_setting_keys
from partydesk.storage.downward_store import (
    insert_received_decision,
    insert_received_notice,
    is_candidate,
    load_received,
    received_ids,
    save_received,
    set_export_sequence,
)
from partydesk.storage.errors import storage_errors
from partydesk.storage.partition_store import partition_is_empty, restore_partition
from partydesk.storage.transfer_store import insert_incoming

LOG = logging.getLogger("partydesk.bundles")

NOT_FOR_THIS_CELL = QT_TRANSLATE_NOOP(
    "Bundles", "The bundle is addressed to {recipient}, not to this cell ({code}); nothing "
    "was changed.")
NOT_OUR_COMMITTEE = QT_TRANSLATE_NOOP(
    "Bundles", "The bundle comes from {sender}, not from this cell's committee; nothing "
    "was changed.")

EVENT_OF = {"admission": EventKind.ADMISSION_DECISION,
            "conversion": EventKind.CONVERSION_OFFICIAL,
            "discipline": EventKind.DISCIPLINE, "badge": EventKind.BADGE_AWARDED,
            "removal": EventKind.REMOVAL}
DECISION_NUMBER = "decision_number"


@dataclass(frozen=True)
class VerifiedDownward:
    header: BagHeader
    payload: DownwardPayload
    sha256: str
    duplicate: bool
    new_decisions: list[dict]
    new_notices: list[dict]
    new_transfers: list[dict]
    new_settings: list[dict] = ()   # rows for received_settings, not yet received
    restore: bool = False        # a restore bundle: the whole register, into an empty one
    key_changed: bool = False    # signed by a new key the pinned one certified: follow it


def verify_downward(db, organisation: Organisation, keys_dir: Path, path: Path
                    ) -> VerifiedDownward:
    higher = load_higher_committee(db)
    if organisation.is_committee and higher is None:   # a commune: from its province
        raise BundleError(e.NOT_CELL)
    if higher is None:
        raise BundleError(e.NOT_ENROLLED)
    data = read_bundle_bytes(path)
    files = open_container(data)
    header = parse_header(files)
    if header.recipient != organisation.code:
        raise BundleError(NOT_FOR_THIS_CELL, recipient=header.recipient,
                          code=organisation.code)
    if header.sender != higher["code"]:
        raise BundleError(NOT_OUR_COMMITTEE, sender=header.sender)
    signer = check_higher_signer(db, higher, header, files)
    check_manifests(files)
    digest = sha256_hex(data)
    held = load_received(db) or {"last_sequence": 0, "last_sha256": None}
    decision = decide_sequence(held["last_sequence"], held["last_sha256"], header.sequence,
                               digest)
    if decision is SequenceDecision.OLDER:
        raise BundleError(e.OLDER, sequence=header.sequence, sender=header.sender,
                          last=held["last_sequence"])
    if decision is SequenceDecision.CONFLICT:
        raise BundleError(e.CONFLICT, sequence=header.sequence, sender=header.sender)
    if signer is Signer.RETIRED and decision is SequenceDecision.NEW:
        raise BundleError(e.RETIRED_KEY, sender=header.sender)
    key_changed = signer is Signer.CHANGED and decision is SequenceDecision.NEW
    if decision is SequenceDecision.DUPLICATE:     # nothing to open: it changes nothing
        return VerifiedDownward(header, None, digest, True, [], [], [])
    restore = (open_restore(db, files[PAYLOAD], higher["enrolment_secret"])
               if not held["last_sequence"] else None)
    payload = restore or open_downward(files[PAYLOAD],
                                       read_private_key(keys_dir, BOX_KEY_FILE, db.passphrase))
    _check_names(payload, header, organisation)
    if restore is not None:
        return VerifiedDownward(header, restore, digest,
                                decision is SequenceDecision.DUPLICATE, [], [], [],
                                restore=True, key_changed=key_changed)
    seen_decisions = received_ids(db, "received_decisions")
    seen_notices = received_ids(db, "received_notices")
    seen_settings = received_setting_keys(db)
    return VerifiedDownward(
        header, payload, digest, decision is SequenceDecision.DUPLICATE,
        [d for d in payload.content.decisions if d["id"] not in seen_decisions],
        [n for n in payload.content.notices if n["id"] not in seen_notices],
        new_transfers(db, payload.content.transfers),
        [s for s in setting_rows(payload.content.settings)
         if (s["id"], s["value"], s["set_at"]) not in seen_settings],
        key_changed=key_changed)


def _check_names(payload, header: BagHeader, organisation: Organisation) -> None:
    """The encrypted content must name what the signed bag-info says."""
    if (payload.sender.get("code") != header.sender
            or payload.sender.get("signing_public_key") != header.signing_key.hex()
            or payload.recipient.get("code") != organisation.code
            or payload.sequence != header.sequence
            or payload.created_at != header.created_at):
        raise BundleError(e.DAMAGED)


@dataclass(frozen=True)
class DownwardResult:
    bundle: VerifiedDownward
    applied: bool
    refused: dict[str, str]            # decision id → why it was not applied


def import_downward(db, organisation: Organisation, keys_dir: Path, path: Path,
                    today: date, dry_run: bool = False, describe=None,
                    before_apply=None) -> DownwardResult:
    bundle = verify_downward(db, organisation, keys_dir, path)
    if dry_run or bundle.duplicate:
        return DownwardResult(bundle, False, {})
    if before_apply is not None:
        before_apply()
    refused = apply_downward(db, bundle, today, describe or (lambda exc: str(exc)))
    LOG.info("imported downward bundle %d from %s", bundle.header.sequence,
             bundle.header.sender)
    return DownwardResult(bundle, True, refused)


def decision_event(decision: dict) -> MemberEvent:
    on = date.fromisoformat(decision["decided_on"])
    details = {DECISION_NUMBER: decision["number"]}
    extra = decision.get("details") or {}
    if decision["kind"] == "discipline":
        details[ev.LEVEL] = ev.DisciplineLevel(extra.get("level", "reprimand")).value
    if decision["kind"] == "badge":
        details[ev.BADGE_YEARS] = int(extra.get("years", 30))
    return MemberEvent(EVENT_OF[decision["kind"]], on, details)


def _apply_decision(db, decision: dict, today: date) -> None:
    event = decision_event(decision)
    if decision["kind"] == "admission" and is_candidate(db, decision["member_id"]):
        admit(db, decision["member_id"], event.on)       # the candidate becomes a member
        return
    write_lives(db, [LifeChange(decision["member_id"], (event,))], today)


def apply_downward(db, bundle: VerifiedDownward, today: date, describe) -> dict[str, str]:
    """All of it in one transaction; each decision in a savepoint of its own."""
    now = datetime.now(UTC).isoformat(timespec="seconds")
    if bundle.restore:
        return apply_restore(db, bundle)
    refused: dict[str, str] = {}
    receipt = bundle.payload.content.receipt or {}
    held = load_received(db) or {}
    same_receipt = held.get("receipt_sequence") == receipt.get("sequence")
    with storage_errors(), db.atomic():
        _follow_key(db, bundle)
        for decision in bundle.new_decisions:
            try:
                with db.atomic():
                    _apply_decision(db, decision, today)
            except (PartyDeskError, ValueError) as exc:
                refused[decision["id"]] = describe(exc)
            insert_received_decision(db, decision, now, decision["id"] not in refused,
                                     refused.get(decision["id"]))
        for notice in bundle.new_notices:
            insert_received_notice(db, notice, now)
        for transfer in bundle.new_transfers:
            insert_incoming(db, transfer, now)
        for setting in bundle.new_settings:
            apply_received_setting(db, setting, now)
        pause_point("downward-import-in-transaction")
        save_received(db, {
            "last_sequence": bundle.header.sequence, "last_sha256": bundle.sha256,
            "created_at": bundle.header.created_at, "imported_at": now,
            "receipt_sequence": receipt.get("sequence"),
            "receipt_sha256": receipt.get("sha256"),
            "receipt_created_at": receipt.get("created_at"),
            "receipt_imported_at": (held.get("receipt_imported_at") if same_receipt
                                    else now) if receipt else None})
    return refused


def _follow_key(db, bundle: VerifiedDownward) -> None:
    if bundle.key_changed:
        follow_higher_key(db, load_higher_committee(db), bundle.header)


def apply_restore(db, bundle: VerifiedDownward) -> dict[str, str]:
    """The register as the committee last received it, in one transaction; the next
    bundle is numbered after the last one the committee received."""
    payload = bundle.payload
    now = datetime.now(UTC).isoformat(timespec="seconds")
    receipt = payload.receipt or {}
    with storage_errors(), db.atomic():
        if not partition_is_empty(db):
            raise BundleError(NOT_EMPTY)
        _follow_key(db, bundle)
        restore_partition(db, payload.tables)
        pause_point("restore-in-transaction")
        set_export_sequence(db, payload.last_sequence)
        save_received(db, {
            "last_sequence": bundle.header.sequence, "last_sha256": bundle.sha256,
            "created_at": bundle.header.created_at, "imported_at": now,
            "receipt_sequence": receipt.get("sequence"),
            "receipt_sha256": receipt.get("sha256"),
            "receipt_created_at": receipt.get("created_at"),
            "receipt_imported_at": now if receipt else None})
    return {}


def from_higher_committee(db, path: Path) -> bool:
    """Whether the file is a bundle from this installation's higher committee (on a
    commune: its province's downward bundle). A file that cannot be read says no: the
    import refuses it with its own reason."""
    higher = load_higher_committee(db)
    if higher is None:
        return False
    try:
        return parse_header(open_container(read_bundle_bytes(path))).sender == higher["code"]
    except BundleError:
        return False
