"""Export (commune): the roll-up to the province, written like a cell's bundle (same
bag, container, numbering, atomic write on the stick)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from partydesk import __version__
from partydesk.domain.bundles import (
    KIND_ROLLUP,
    STREAM_FORMAT_VERSION,
    bundle_file_name,
    bundle_prefix,
    bundle_stem,
)
from partydesk.domain.errors import PartyDeskError
from partydesk.domain.messages import QT_TRANSLATE_NOOP
from partydesk.domain.organisation import Organisation
from partydesk.services.bundles.bag import BagHeader
from partydesk.services.bundles.errors import NOT_COMMITTEE, SEQUENCE_SPENT, BundleError
from partydesk.services.bundles.key_change import key_changes
from partydesk.services.bundles.stick_writes import (
    check_folder,
    remove_stale_partials,
    streamed_on_stick,
)
from partydesk.services.rollup.stream_format import write_rollup
from partydesk.services.setup.keys import (
    BOX_KEY_FILE,
    SIGNING_KEY_FILE,
    fingerprint,
    read_private_key,
)
from partydesk.storage.bundle_store import (
    erase_enrolment_secret,
    load_higher_committee,
    record_export,
    take_next_sequence,
)
from partydesk.storage.rollup_store import (
    read_commune_tables,
)

NO_PROVINCE = QT_TRANSLATE_NOOP(
    "Rollup", "This committee was not enrolled by a higher committee, so it has no "
    "province to send a roll-up to. Ask the province for an enrolment file "
    "(partydesk accept-enrollment FILE).")


@dataclass(frozen=True)
class RollupResult:
    path: Path
    sequence: int
    created_at: str
    recipient_code: str
    cells_carried: list[str]        # cells whose newest bundle travels
    cells_without_bundle: list[str]
    member_count: int
    fingerprint: str
    sha256: str
    secret_erased: bool


def export_rollup(db, organisation: Organisation, keys_dir: Path, folder: Path
                  ) -> RollupResult:
    if not organisation.is_committee:
        raise BundleError(NOT_COMMITTEE)
    higher = load_higher_committee(db)
    if higher is None:
        raise BundleError(NO_PROVINCE)
    check_folder(folder)
    box_private = read_private_key(keys_dir, BOX_KEY_FILE, db.passphrase)
    signing_private = read_private_key(keys_dir, SIGNING_KEY_FILE, db.passphrase)
    tables = read_commune_tables(db)
    sequence = take_next_sequence(db)
    created_at = datetime.now(UTC).isoformat(timespec="seconds")
    document = {
        "format": STREAM_FORMAT_VERSION, "kind": KIND_ROLLUP,
        "sender": {"id": organisation.id, "code": organisation.code,
                   "name": organisation.name,
                   "signing_public_key": organisation.signing_public_key,
                   "box_public_key": organisation.box_public_key},
        "recipient": {"id": higher["id"], "code": higher["code"]}, "sequence": sequence,
        "created_at": created_at, "enrolment_secret": higher["enrolment_secret"]}
    signing_public = bytes.fromhex(organisation.signing_public_key)
    header = BagHeader(organisation.code, higher["code"], sequence, STREAM_FORMAT_VERSION,
                       created_at, signing_public, key_changes(db), KIND_ROLLUP)
    stamp = datetime.fromisoformat(created_at).timetuple()[:6]
    name = bundle_file_name(organisation.code, higher["code"], sequence)
    remove_stale_partials(folder, bundle_prefix(organisation.code, higher["code"]) + "*")
    try:
        with streamed_on_stick(folder / name) as file:
            digest, carried, without, members = write_rollup(
                db, file, bundle_stem(organisation.code, higher["code"], sequence), stamp,
                header, document, tables, box_private,
                bytes.fromhex(higher["box_public_key"]), signing_private,
                f"PartyDesk {__version__}")
    except (PartyDeskError, OSError) as failure:
        reason = (failure.message if isinstance(failure, PartyDeskError)
                  else f"{failure.strerror or type(failure).__name__}.")
        raise BundleError(SEQUENCE_SPENT, sequence=sequence, reason=reason,
                          next=sequence + 1) from failure
    record_export(db, sequence, name, digest, members, created_at)
    return RollupResult(folder / name, sequence, created_at, higher["code"], carried,
                        without, members, fingerprint(signing_public), digest,
                        erase_enrolment_secret(db))
