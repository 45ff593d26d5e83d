"""Export (cell): the cell's whole partition as of now, encrypted to its committee,
in a signed bag, in one ZIP written safely to the chosen folder (a USB stick)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from partydesk import __version__
from partydesk.domain.bundles import (
    STREAM_FORMAT_VERSION,
    bundle_file_name,
    bundle_prefix,
    bundle_stem,
    count_active,
)
from partydesk.domain.errors import PartyDeskError
from partydesk.domain.organisation import Organisation
from partydesk.services.bundles.bag import BagHeader
from partydesk.services.bundles.errors import (
    NOT_CELL,
    NOT_ENROLLED,
    SEQUENCE_SPENT,
    BundleError,
)
from partydesk.services.bundles.hooks import pause_point
from partydesk.services.bundles.key_change import key_changes
from partydesk.services.bundles.stick_writes import (
    check_folder,
    remove_stale_partials,
    streamed_on_stick,
)
from partydesk.services.bundles.stream_write import cell_document, write_cell_file
from partydesk.services.setup.keys import SIGNING_KEY_FILE, fingerprint, read_private_key
from partydesk.services.shared.jobs import Progress
from partydesk.storage.bundle_store import (
    erase_enrolment_secret,
    load_higher_committee,
    record_export,
    take_next_sequence,
)
from partydesk.storage.partition_store import MEMBERS
from partydesk.storage.partition_stream import partition_cursors

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
    step(1, STEPS)
    sequence = take_next_sequence(db)
    created_at = datetime.now(UTC).isoformat(timespec="seconds")
    signing_public = bytes.fromhex(organisation.signing_public_key)
    header = BagHeader(organisation.code, higher["code"], sequence, STREAM_FORMAT_VERSION,
                       created_at, signing_public, key_changes(db))
    document = cell_document(
        {"id": organisation.id, "code": organisation.code, "name": organisation.name,
         "signing_public_key": organisation.signing_public_key,
         "box_public_key": organisation.box_public_key},
        {"id": higher["id"], "code": higher["code"]}, sequence, created_at,
        higher["enrolment_secret"])
    name = bundle_file_name(organisation.code, higher["code"], sequence)
    remove_stale_partials(folder, bundle_prefix(organisation.code, higher["code"]) + "*")
    statuses: list[str] = []
    try:
        with streamed_on_stick(folder / name) as file, db.atomic():   # one snapshot
            top = bundle_stem(organisation.code, higher["code"], sequence)
            stamp = datetime.fromisoformat(created_at).timetuple()[:6]
            digest = write_cell_file(
                file, top, stamp, header, document,
                _noting_statuses(partition_cursors(db), statuses),
                bytes.fromhex(higher["box_public_key"]), signing_private,
                f"PartyDesk {__version__}",
                midway=lambda: (step(2, STEPS), pause_point("export-midway")))
    except (PartyDeskError, OSError) as failure:   # a full or pulled stick: the number is spent
        reason = (failure.message if isinstance(failure, PartyDeskError)
                  else f"{failure.strerror or type(failure).__name__}.")
        raise BundleError(SEQUENCE_SPENT, sequence=sequence, reason=reason,
                          next=sequence + 1) from failure
    step(3, STEPS)
    member_count = count_active([(status,) for status in statuses], 0)
    record_export(db, sequence, name, digest, member_count, created_at)
    # the secret has travelled (sealed to the committee): the register forgets it
    secret_erased = erase_enrolment_secret(db)
    step(4, STEPS)
    return ExportResult(folder / name, organisation.code, organisation.name, higher["code"],
                        higher["name"], sequence, created_at, member_count,
                        fingerprint(signing_public), digest, secret_erased)


def _noting_statuses(tables, statuses: list[str]):
    """The tables passed on, each member's status noted on the way (to count them)."""
    for table, columns, rows in tables:
        if table == MEMBERS:
            at = columns.index("status")
            rows = (statuses.append(row[at]) or row for row in rows)
        yield table, columns, rows
