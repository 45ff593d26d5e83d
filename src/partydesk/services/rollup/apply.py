"""Apply (province): replace what the province holds of a commune with its verified
roll-up, in one transaction: the commune's key (pinned at first contact, or changed),
each nested cell's partition (kept as ``COMMUNE/CELL`` in the ``cell_*`` tables), the
cells it vouched for with their newest bundle (provenance), and its own tables.

The verification kept no rows: the file is read again (it must be the very file that
was verified) and its cells are opened, checked and written one at a time, so memory
holds one cell's rows, never a whole commune's."""

from __future__ import annotations

import dataclasses
import gc
from datetime import UTC, datetime

from partydesk.domain.bundles import STREAM_FORMAT_VERSION
from partydesk.services.bundles.bag import parse_header
from partydesk.services.bundles.container import open_container, read_bundle_bytes
from partydesk.services.bundles.crypto import sha256_hex
from partydesk.services.bundles.errors import DAMAGED, BundleError
from partydesk.services.bundles.hooks import pause_point
from partydesk.services.rollup.verify import (
    VerifiedRollup,
    nested_cells,
    open_verified_payload,
)
from partydesk.storage.bundle_store import (
    change_cell_key,
    page_cache,
    pin_cell_key,
    record_import,
)
from partydesk.storage.duplicate_store import refresh_cell
from partydesk.storage.errors import storage_errors
from partydesk.storage.partition_store import replace_cell_partition
from partydesk.storage.rollup_store import held_unchanged, nested_code, replace_commune

APPLY_CACHE_MIB = 128    # SQLite's page cache for the transaction (a commune's rows)


def rollup_cell_rows(bundle: VerifiedRollup) -> list[dict]:
    nested = {n.code: n for n in bundle.cells}
    rows = []
    for entry in bundle.vouched:
        cell = nested.get(entry.code)
        rows.append({
            "commune_code": bundle.header.sender, "cell_code": entry.code,
            "name": entry.name, "status": entry.status,
            "signing_public_key": entry.signing_public_key or None,
            "fingerprint": entry.fingerprint or None,
            "sequence": cell.header.sequence if cell else None,
            "sha256": cell.sha256 if cell else None,
            "created_at": cell.header.created_at if cell else None,
            "member_count": cell.member_count if cell else 0,
            "rollup_sequence": bundle.header.sequence})
    return rows


def _reopened(db, bundle: VerifiedRollup):
    """The payload again, and how to walk its nested cells (with their rows)."""
    if bundle.header.format_version == STREAM_FORMAT_VERSION:
        from partydesk.services.rollup.stream_verify import reopen_streamed

        return reopen_streamed(db, bundle)
    data = read_bundle_bytes(bundle.path)
    if sha256_hex(data) != bundle.sha256:      # changed on the stick since it was verified
        raise BundleError(DAMAGED)
    files = open_container(data)
    del data
    if parse_header(files) != bundle.header:
        raise BundleError(DAMAGED)
    return (open_verified_payload(db, bundle.keys_dir, files),
            lambda p: nested_cells(db, p, keep_rows=True))


def apply_rollup(db, bundle: VerifiedRollup, after_table=None, before_commit=None) -> None:
    now = datetime.now(UTC).isoformat(timespec="seconds")
    payload, cells_of = _reopened(db, bundle)
    try:
        _apply(db, bundle, payload, cells_of, now, after_table, before_commit)
    finally:
        if hasattr(cells_of, "close"):      # format 3: the file opened again
            cells_of.close()


def _apply(db, bundle: VerifiedRollup, payload, cells_of, now: str, after_table,
           before_commit) -> None:
    header, changes = bundle.header, bundle.changes
    commune = header.sender
    with storage_errors(), page_cache(db, APPLY_CACHE_MIB), db.atomic(savepoint=False):
        box_key = bundle.payload.sender.get("box_public_key", "")
        if bundle.first_contact:
            pin_cell_key(db, commune, header.signing_key.hex(), box_key,
                         bundle.fingerprint, now)
        elif bundle.key_changed:
            change_cell_key(db, commune, header.signing_key.hex(), box_key,
                            bundle.fingerprint, now)
        payload = _changed_cells_only(db, commune, bundle, payload)
        gone = replace_commune(db, commune, rollup_cell_rows(bundle), bundle.payload.tables)
        for held_as in gone:
            replace_cell_partition(db, held_as, {})
            refresh_cell(db, held_as, now)
        for cell in cells_of(payload):
            held_as = nested_code(commune, cell.code)
            replace_cell_partition(db, held_as, cell.payload.tables)
            refresh_cell(db, held_as, now)      # the same member in two communes' cells
            del cell
            gc.collect(0)
            if after_table is not None:
                after_table("members")
            pause_point("rollup-cell-written")
        pause_point("import-in-transaction")
        record_import(db, commune, header.sequence, bundle.sha256, header.created_at, now,
                      bundle.member_count, (changes.added, changes.changed, changes.leaving),
                      bundle.fingerprint)
        if before_commit is not None:
            before_commit()


def _changed_cells_only(db, commune: str, bundle: VerifiedRollup, payload):
    """The roll-up without the nested bundles the province already holds byte for byte
    (same SHA-256 as written with their rows, looked up inside the transaction): their
    rows stay as they are, so a monthly roll-up costs what its changed cells cost."""
    digests = {cell.code: cell.sha256 for cell in bundle.cells}
    same = {code for code, digest in digests.items()
            if held_unchanged(db, commune, code, digest) is not None}
    if not same:
        return payload
    return dataclasses.replace(payload, cells=[c for c in payload.cells
                                               if c.code not in same])
