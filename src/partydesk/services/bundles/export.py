"""Export (cell): the cell's whole partition as of now, encrypted to its committee,
in a signed bag, in one ZIP written safely to the chosen folder (a USB stick)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from partydesk import __version__
from partydesk.domain.bundles import (
    FORMAT_VERSION,
    bundle_file_name,
    bundle_prefix,
    bundle_stem,
    count_active,
)
from partydesk.domain.errors import PartyDeskError
from partydesk.domain.organisation import Organisation
from partydesk.services.bundles.bag import BagHeader, build_bag
from partydesk.services.bundles.container import build_container
from partydesk.services.bundles.crypto import sha256_hex
from partydesk.services.bundles.errors import (
    NOT_CELL,
    NOT_ENROLLED,
    SEQUENCE_SPENT,
    BundleError,
)
from partydesk.services.bundles.key_change import key_changes
from partydesk.services.bundles.payload import Payload, seal_payload
from partydesk.services.bundles.stick_writes import (
    check_folder,
    remove_stale_partials,
    write_on_stick,
)
from partydesk.services.setup.keys import SIGNING_KEY_FILE, fingerprint, read_private_key
from partydesk.services.shared.jobs import Progress
from partydesk.storage.bundle_store import (
    erase_enrolment_secret,
    load_higher_committee,
    record_export,
    take_next_sequence,
)
from partydesk.storage.partition_store import MEMBERS, read_partition

STEPS = 4


@dataclass(frozen=True)
class ExportResult:
    path: Path
    sender_code: str
    sender_name: str
    recipient_code: str
    recipient_name: str
    sequence: int
    created_at: str
    member_count: int
    fingerprint: str
    sha256: str
    secret_erased: bool = False     # the enrolment secret was sent and is now forgotten


def export_bundle(db, organisation: Organisation, keys_dir: Path, folder: Path,
                  progress: Progress | None = None) -> ExportResult:
    """Write the next bundle into ``folder`` and return what was written."""
    step = progress or (lambda done, total: None)
    if organisation.is_committee:
        raise BundleError(NOT_CELL)
    higher = load_higher_committee(db)
    if higher is None:
        raise BundleError(NOT_ENROLLED)
    check_folder(folder)
    signing_private = read_private_key(keys_dir, SIGNING_KEY_FILE, db.passphrase)
    tables = read_partition(db)
    step(1, STEPS)
    columns, rows = tables[MEMBERS]
    member_count = count_active(rows, columns.index("status"))
    sequence = take_next_sequence(db)
    created_at = datetime.now(UTC).isoformat(timespec="seconds")
    sealed = seal_payload(Payload(
        sender={"id": organisation.id, "code": organisation.code, "name": organisation.name,
                "signing_public_key": organisation.signing_public_key,
                "box_public_key": organisation.box_public_key},
        recipient={"id": higher["id"], "code": higher["code"]},
        sequence=sequence, created_at=created_at,
        enrolment_secret=higher["enrolment_secret"], tables=tables),
        bytes.fromhex(higher["box_public_key"]))
    step(2, STEPS)
    signing_public = bytes.fromhex(organisation.signing_public_key)
    header = BagHeader(organisation.code, higher["code"], sequence, FORMAT_VERSION,
                       created_at, signing_public, key_changes(db))
    files = build_bag(header, sealed, signing_private, f"PartyDesk {__version__}")
    stamp = datetime.fromisoformat(created_at).timetuple()[:6]
    data = build_container(bundle_stem(organisation.code, higher["code"], sequence),
                           files, stamp)
    step(3, STEPS)
    name = bundle_file_name(organisation.code, higher["code"], sequence)
    remove_stale_partials(folder, bundle_prefix(organisation.code, higher["code"]) + "*")
    try:
        path = write_on_stick(folder / name, data, pause_name="export-midway")
    except (PartyDeskError, OSError) as failure:   # a full or pulled stick: the number is spent
        reason = (failure.message if isinstance(failure, PartyDeskError)
                  else f"{failure.strerror or type(failure).__name__}.")
        raise BundleError(SEQUENCE_SPENT, sequence=sequence, reason=reason,
                          next=sequence + 1) from failure
    digest = sha256_hex(data)
    record_export(db, sequence, name, digest, member_count, created_at)
    # the secret has travelled (sealed to the committee): the register forgets it
    secret_erased = erase_enrolment_secret(db)
    step(4, STEPS)
    return ExportResult(path, organisation.code, organisation.name, higher["code"],
                        higher["name"], sequence, created_at, member_count,
                        fingerprint(signing_public), digest, secret_erased)
