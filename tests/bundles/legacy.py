"""The writers of the formats before streaming, kept here to make old-format files:
a cell's bundle of format 1 (one sealed box of zlib'd JSON, the ZIP built in memory)
and a commune's roll-up of format 2 (its cells' bundles base64 inside that JSON),
exactly as services/bundles/export.py and services/rollup/export.py wrote them."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from partydesk.domain.bundles import (
    FORMAT_VERSION,
    KIND_ROLLUP,
    ROLLUP_FORMAT_VERSION,
    bundle_file_name,
    bundle_stem,
)
from partydesk.services.bundles.bag import PAYLOAD, BagHeader, build_bag
from partydesk.services.bundles.container import build_container, open_container
from partydesk.services.bundles.crypto import reveal_box_key
from partydesk.services.bundles.key_change import key_changes
from partydesk.services.bundles.payload import Payload, seal_payload
from partydesk.services.rollup.payload import CellEntry, RollupPayload, seal_rollup
from partydesk.services.setup.keys import BOX_KEY_FILE, SIGNING_KEY_FILE, read_private_key
from partydesk.storage.bundle_store import load_higher_committee, take_next_sequence
from partydesk.storage.partition_store import read_partition
from partydesk.storage.rollup_store import (
    read_commune_tables,
    received_bundle,
    rollup_cell_list,
)


def _who(db, organisation) -> tuple[dict, dict, dict, str]:
    higher = load_higher_committee(db)
    sender = {"id": organisation.id, "code": organisation.code, "name": organisation.name,
              "signing_public_key": organisation.signing_public_key,
              "box_public_key": organisation.box_public_key}
    created_at = datetime.now(UTC).isoformat(timespec="seconds")
    return higher, sender, {"id": higher["id"], "code": higher["code"]}, created_at


def _write(folder: Path, organisation, higher, sequence, header, sealed, keys_dir, db,
           created_at) -> Path:
    files = build_bag(header, sealed, read_private_key(keys_dir, SIGNING_KEY_FILE,
                                                       db.passphrase), "PartyDesk old")
    data = build_container(bundle_stem(organisation.code, higher["code"], sequence), files,
                           datetime.fromisoformat(created_at).timetuple()[:6])
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / bundle_file_name(organisation.code, higher["code"], sequence)
    path.write_bytes(data)
    return path


def cell_bundle_v1(db, organisation, keys_dir: Path, folder: Path) -> Path:
    higher, sender, recipient, created_at = _who(db, organisation)
    tables = read_partition(db)
    sequence = take_next_sequence(db)
    sealed = seal_payload(Payload(sender, recipient, sequence, created_at,
                                  higher["enrolment_secret"], tables),
                          bytes.fromhex(higher["box_public_key"]))
    header = BagHeader(organisation.code, higher["code"], sequence, FORMAT_VERSION,
                       created_at, bytes.fromhex(organisation.signing_public_key),
                       key_changes(db))
    return _write(folder, organisation, higher, sequence, header, sealed, keys_dir, db,
                  created_at)


def rollup_v2(db, organisation, keys_dir: Path, folder: Path) -> Path:
    """A format 2 roll-up of the format 1 cell bundles the commune kept."""
    higher, sender, recipient, created_at = _who(db, organisation)
    box_private = read_private_key(keys_dir, BOX_KEY_FILE, db.passphrase)
    cells = []
    for cell in rollup_cell_list(db):
        content = received_bundle(db, cell["code"]) if cell["kept"] else None
        key = None
        if content is not None:
            key = reveal_box_key(open_container(content)[PAYLOAD], box_private)
        cells.append(CellEntry(cell["code"], cell["name"], cell["status"],
                               cell["signing_public_key"] or "", cell["fingerprint"] or "",
                               content, key))
    sequence = take_next_sequence(db)
    sealed = seal_rollup(RollupPayload(sender, recipient, sequence, created_at,
                                       higher["enrolment_secret"], read_commune_tables(db),
                                       cells), bytes.fromhex(higher["box_public_key"]))
    header = BagHeader(organisation.code, higher["code"], sequence, ROLLUP_FORMAT_VERSION,
                       created_at, bytes.fromhex(organisation.signing_public_key),
                       key_changes(db), KIND_ROLLUP)
    return _write(folder, organisation, higher, sequence, header, sealed, keys_dir, db,
                  created_at)
