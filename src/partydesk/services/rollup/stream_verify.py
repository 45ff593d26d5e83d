"""Verify and re-open (province) a roll-up of format 3: its index from the streamed
payload, then each nested cell bundle from its own entry, one at a time
(services/rollup/stream_format.py). The checks and refusals are those of format 2
(services/rollup/verify.py); only the reading differs."""

from __future__ import annotations

from pathlib import Path

from partydesk.services.bundles.errors import DAMAGED, BundleError
from partydesk.services.bundles.stream_bag import check_tag_manifest, parse_streamed_header
from partydesk.services.bundles.stream_container import is_streamed, open_streamed
from partydesk.services.rollup.errors import NESTED_REFUSED
from partydesk.services.rollup.payload import RollupPayload
from partydesk.services.rollup.stream_format import (
    entry_with_bytes,
    nested_files,
    read_index,
)
from partydesk.services.setup.keys import BOX_KEY_FILE, read_private_key
from partydesk.storage.partition_store import PARTITION_TABLES, committee_columns
from partydesk.storage.rollup_store import COMMUNE_TABLES, commune_columns


def open_streamed_index(db, keys_dir: Path, container, manifest: dict) -> RollupPayload:
    known = {table: commune_columns(db, table) for table in COMMUNE_TABLES}
    box_private = read_private_key(keys_dir, BOX_KEY_FILE, db.passphrase)
    return read_index(container, manifest, box_private, known)


def streamed_nested_cells(db, payload: RollupPayload, container, manifest: dict,
                          keep_rows: bool):
    """Each nested cell bundle verified from its own entry, one at a time."""
    from partydesk.services.rollup.verify import verify_nested

    box_public = bytes.fromhex(payload.sender.get("box_public_key", ""))
    known = {table: committee_columns(db, table) for table in PARTITION_TABLES}
    commune_code, commune_id = payload.sender["code"], payload.sender["id"]
    for cell, copy in nested_files(container, manifest, payload):
        if is_streamed_file(copy):
            from partydesk.services.rollup.stream_nested import verify_streamed_nested

            yield verify_streamed_nested(db, commune_code, commune_id, cell, copy, known,
                                         keep_rows)
            continue
        try:
            entry = entry_with_bytes(cell, copy)
        except BundleError as refusal:
            raise BundleError(NESTED_REFUSED, commune=commune_code, cell=cell.code,
                              reason=refusal.message) from None
        yield verify_nested(db, commune_code, commune_id, box_public, entry, known,
                            keep_rows)
        del entry


def is_streamed_file(copy) -> bool:
    from partydesk.services.bundles.stream_container import (
        STREAM_TRAILER_LENGTH,
        STREAM_TRAILER_PREFIX,
    )

    size = copy.seek(0, 2)
    if size <= STREAM_TRAILER_LENGTH:
        copy.seek(0)
        return False
    copy.seek(size - STREAM_TRAILER_LENGTH)
    found = copy.read(len(STREAM_TRAILER_PREFIX)) == STREAM_TRAILER_PREFIX
    copy.seek(0)
    return found


def reopen_streamed(db, bundle):
    """The verified file opened again for the apply: the same SHA-256 and header, the
    tag manifest as signed; every data entry is hashed again as it is read."""
    if not is_streamed(bundle.path):
        raise BundleError(DAMAGED)
    container = open_streamed(bundle.path)
    if container.sha256 != bundle.sha256 or parse_streamed_header(container) != bundle.header:
        raise BundleError(DAMAGED)
    try:
        manifest = check_tag_manifest(container)
        payload = open_streamed_index(db, bundle.keys_dir, container, manifest)
    except BaseException:
        container.close()
        raise
    return payload, _Cells(db, container, manifest)


class _Cells:
    """The nested cells of a re-opened roll-up, with their rows; ``close`` when done."""

    def __init__(self, db, container, manifest: dict):
        self.db, self.container, self.manifest = db, container, manifest

    def __call__(self, payload: RollupPayload):
        return streamed_nested_cells(self.db, payload, self.container, self.manifest, True)

    def close(self) -> None:
        self.container.close()
