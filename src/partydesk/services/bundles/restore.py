"""Restore: a cell whose laptop died gets its register back from its committee.

Committee: after ``enroll --code CB01 --renew``, ``bundle export --cell CB01 --restore``
writes a downward bundle carrying everything the committee holds of the cell (its last
bundle's tables) and the number of the last bundle received, signed with the committee
key and sealed to the restore key of the renewed enrolment (restore_keys.py). Cell: set
up with ``init --enrollment`` from the renewed file, ``bundle import`` opens it with the
key derived from that file's secret and writes the tables into the still empty
register in one transaction; the next bundle it sends is numbered after the last one
the committee received."""

from __future__ import annotations

import json
import zlib
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from partydesk import __version__
from partydesk.domain.bundles import FORMAT_VERSION, bundle_file_name, bundle_prefix, bundle_stem
from partydesk.domain.messages import QT_TRANSLATE_NOOP
from partydesk.domain.organisation import Organisation
from partydesk.services.bundles.bag import BagHeader, build_bag
from partydesk.services.bundles.container import build_container
from partydesk.services.bundles.crypto import seal, unseal
from partydesk.services.bundles.errors import DAMAGED, NEWER_FORMAT, NOT_COMMITTEE, BundleError
from partydesk.services.bundles.key_change import key_changes
from partydesk.services.bundles.payload import _check_table, _expand, _parse
from partydesk.services.bundles.restore_keys import restore_private_key
from partydesk.services.bundles.stick_writes import (
    check_folder,
    remove_stale_partials,
    write_on_stick,
)
from partydesk.services.setup.keys import SIGNING_KEY_FILE, read_private_key
from partydesk.storage.bundle_store import load_cell
from partydesk.storage.downward_store import (
    last_import,
    last_received_sequence,
    restore_key,
    take_downward_sequence,
)
from partydesk.storage.partition_store import (
    PARTITION_TABLES,
    cell_partition,
    table_columns,
)

DIRECTION = "restore"
ONE_CELL = QT_TRANSLATE_NOOP(
    "Bundles", "A restore bundle is for one cell: name it with --cell CODE.")
NO_RESTORE_KEY = QT_TRANSLATE_NOOP(
    "Bundles", "Cell {code} has no enrolment file to restore with: renew its enrolment "
    "first (partydesk enroll --code {code} --renew -o FILE). Nothing was written.")
NOTHING_HELD = QT_TRANSLATE_NOOP(
    "Bundles", "No bundle from cell {code} was ever imported here, so there is nothing to "
    "restore it from. Nothing was written.")
NOT_EMPTY = QT_TRANSLATE_NOOP(
    "Bundles", "A restore goes only into a new, empty register; this one already holds "
    "members or meetings. Nothing was changed.")
UNKNOWN_CELL = QT_TRANSLATE_NOOP(
    "Bundles", "There is no cell with the code {code} enrolled here; nothing was written.")

COMMUNE_RESTORE = QT_TRANSLATE_NOOP(
    "Bundles", "{code} is a commune committee: a restore bundle carries one cell's "
    "register, and a commune is not restored from its province's copy. Nothing was written.")


@dataclass(frozen=True)
class RestorePayload:
    sender: dict
    recipient: dict
    sequence: int
    created_at: str
    last_sequence: int
    receipt: dict | None
    tables: dict


def export_restore(db, organisation: Organisation, keys_dir: Path, folder: Path,
                   code: str) -> Path:
    if not organisation.is_committee:
        raise BundleError(NOT_COMMITTEE)
    cell = load_cell(db, code)
    if cell is None:
        raise BundleError(UNKNOWN_CELL, code=code)
    if cell.get("level") == "committee":
        raise BundleError(COMMUNE_RESTORE, code=code)
    box_public = restore_key(db, code)
    if box_public is None:
        raise BundleError(NO_RESTORE_KEY, code=code)
    last = last_received_sequence(db, code)
    if not last:
        raise BundleError(NOTHING_HELD, code=code)
    check_folder(folder)
    sequence = take_downward_sequence(db, code)
    created_at = datetime.now(UTC).isoformat(timespec="seconds")
    receipt = last_import(db, code)
    document = {
        "format": FORMAT_VERSION, "direction": DIRECTION,
        "sender": {"id": organisation.id, "code": organisation.code,
                   "signing_public_key": organisation.signing_public_key},
        "recipient": {"code": code}, "sequence": sequence, "created_at": created_at,
        "last_sequence": last,
        "receipt": receipt,
        "tables": {name: {"columns": columns, "rows": rows}
                   for name, (columns, rows) in cell_partition(db, code).items()}}
    text = json.dumps(document, ensure_ascii=False, separators=(",", ":"))
    sealed = seal(bytes.fromhex(box_public), zlib.compress(text.encode("utf-8"), 6))
    header = BagHeader(organisation.code, code, sequence, FORMAT_VERSION, created_at,
                       bytes.fromhex(organisation.signing_public_key), key_changes(db))
    files = build_bag(header, sealed, read_private_key(keys_dir, SIGNING_KEY_FILE, db.passphrase),
                      f"PartyDesk {__version__}")
    data = build_container(bundle_stem(organisation.code, code, sequence), files,
                           datetime.fromisoformat(created_at).timetuple()[:6])
    remove_stale_partials(folder, bundle_prefix(organisation.code, code) + "*")
    return write_on_stick(folder / bundle_file_name(organisation.code, code, sequence),
                          data, pause_name="restore-export-midway")


def open_restore(db, sealed: bytes, secret_hex: str) -> RestorePayload | None:
    """The restore payload, or None when ``sealed`` is not sealed to this enrolment's
    restore key (then it is an ordinary downward bundle, or damaged)."""
    try:
        secret = bytes.fromhex(secret_hex or "")
    except ValueError:
        return None
    if not secret:
        return None
    compressed = unseal(restore_private_key(secret), sealed)
    if compressed is None:
        return None
    document = _parse(_expand(compressed))
    known = {table: table_columns(db, table) for table in PARTITION_TABLES}
    try:
        if document["format"] > FORMAT_VERSION:
            raise BundleError(NEWER_FORMAT)
        if document["direction"] != DIRECTION:
            raise BundleError(DAMAGED)
        tables = {name: _check_table(name, table, known)
                  for name, table in document["tables"].items()}
        receipt = document["receipt"]
        payload = RestorePayload(dict(document["sender"]), dict(document["recipient"]),
                                 document["sequence"], document["created_at"],
                                 document["last_sequence"], receipt and dict(receipt),
                                 tables)
    except (KeyError, TypeError, AttributeError, ValueError):
        raise BundleError(DAMAGED) from None
    if not isinstance(payload.last_sequence, int) or payload.last_sequence < 0:
        raise BundleError(DAMAGED)
    return payload
