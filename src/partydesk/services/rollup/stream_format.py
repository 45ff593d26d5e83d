"""The roll-up of format 3 (issue 15, item 5): every nested cell bundle is an entry of
its own (``data/cell-<CODE>.pdbundle.zip``, stored, byte for byte as received) and
the sealed payload (``data/payload.sealed``, streamed: services/bundles/stream.py)
holds the index: the commune, the cells it vouches for with their keys, fingerprints,
entry names and the revealed key of each nested bundle, then the commune's tables.

Neither side holds more than one nested bundle at a time: the commune writes them one
after the other from its register; the province copies each to a private temporary
file (it is still the cell's ciphertext) while hashing it against the signed
manifest, and verifies it from there.
"""

from __future__ import annotations

import hashlib
import io
import tempfile
import zipfile
from collections.abc import Iterator
from dataclasses import replace

from partydesk.domain.bundles import KIND_ROLLUP
from partydesk.domain.organisation import CODE_PATTERN
from partydesk.services.bundles.bag import PAYLOAD, tag_files
from partydesk.services.bundles.container import MAX_FILE_BYTES, open_container
from partydesk.services.bundles.crypto import reveal_box_key
from partydesk.services.bundles.errors import DAMAGED, TOO_LARGE, BundleError
from partydesk.services.bundles.hooks import pause_point
from partydesk.services.bundles.payload import check_table
from partydesk.services.bundles.stream import SEALED_KEY_BYTES, open_stream_key
from partydesk.services.bundles.stream_container import (
    STREAM_TRAILER_PREFIX,
    ContainerWriter,
)
from partydesk.services.bundles.stream_payload import write_document
from partydesk.services.bundles.stream_read import read_entry_document
from partydesk.services.rollup.payload import MAX_CELLS, CellEntry, RollupPayload
from partydesk.storage.rollup_store import received_bundle, rollup_cell_list

PIECE = 1024 * 1024


def nested_entry(code: str) -> str:
    return f"data/cell-{code}.pdbundle.zip"


def revealed_key(content: bytes, box_private: bytes) -> bytes:
    """The key that opens this one cell bundle's payload and no other: its stream key
    (format 3, from the sealed key box at the start of its payload entry) or the key
    of its sealed box (format 1)."""
    if content[-(len(STREAM_TRAILER_PREFIX) + 64):].startswith(STREAM_TRAILER_PREFIX):
        with zipfile.ZipFile(io.BytesIO(content)) as archive:
            (name,) = [n for n in archive.namelist() if n.endswith("/" + PAYLOAD)]
            with archive.open(name) as entry:
                key = open_stream_key(entry.read(SEALED_KEY_BYTES), box_private)
        if key is None:
            raise BundleError(DAMAGED)
        return key
    return reveal_box_key(open_container(content)[PAYLOAD], box_private)


def write_rollup(db, file, top: str, stamp: tuple, header, document: dict, tables: dict,
                 box_private: bytes, province_public: bytes, signing_private: bytes,
                 agent: str) -> tuple[str, list[str], list[str], int]:
    """Write the roll-up into ``file``: (its SHA-256, cells carried, cells without a
    bundle, active members carried)."""
    with ContainerWriter(file, top, stamp) as writer:
        index, carried, without, members = [], [], [], 0
        for cell in rollup_cell_list(db):
            content = received_bundle(db, cell["code"]) if cell["kept"] else None
            item = {"code": cell["code"], "name": cell["name"], "status": cell["status"],
                    "signing_public_key": cell["signing_public_key"] or "",
                    "fingerprint": cell["fingerprint"] or "", "entry": None, "key": None}
            if content is None:
                without.append(cell["code"])
            else:
                item["key"] = revealed_key(content, box_private).hex()
                item["entry"] = nested_entry(cell["code"])
                writer.add(item["entry"], content)
                carried.append(cell["code"])
                members += cell["member_count"]
            del content
            index.append(item)
        pause_point("export-midway")
        with writer.entry(PAYLOAD) as out:
            write_document(out.write, province_public, {**document, "cells": index},
                           ((name, columns, rows) for name, (columns, rows) in tables.items()))
        for name, content in tag_files(header, writer.digests, signing_private, agent).items():
            writer.add(name, content)
        return writer.finish(), carried, without, members


def read_index(container, manifest: dict[str, str], box_private: bytes,
               known: dict[str, list[str]]) -> RollupPayload:
    """The sealed index, its entry hashed as it is read (it must still be the entry
    the signed manifest names: the file could change between two readings)."""
    document, tables = read_entry_document(container, manifest, box_private=box_private)
    try:
        if document["kind"] != KIND_ROLLUP:
            raise BundleError(DAMAGED)
        checked = {name: check_table(name, {"columns": columns, "rows": rows}, known)
                   for name, (columns, rows) in tables.items()}
        payload = RollupPayload(
            sender=dict(document["sender"]), recipient=dict(document["recipient"]),
            sequence=document["sequence"], created_at=document["created_at"],
            enrolment_secret=document["enrolment_secret"], tables=checked,
            cells=_cells(document["cells"], manifest))
    except (KeyError, TypeError, AttributeError, ValueError):
        raise BundleError(DAMAGED) from None
    for value in (*payload.sender.values(), *payload.recipient.values(),
                  payload.created_at, payload.enrolment_secret):
        if not isinstance(value, str):
            raise BundleError(DAMAGED)
    return payload


def _cells(entries: list, manifest: dict[str, str]) -> list[CellEntry]:
    if type(entries) is not list or len(entries) > MAX_CELLS:
        raise BundleError(DAMAGED)
    cells = []
    for entry in entries:
        texts = [entry[k] for k in ("code", "name", "status", "signing_public_key",
                                    "fingerprint")]
        if not all(isinstance(t, str) for t in texts) or not CODE_PATTERN.match(texts[0]):
            raise BundleError(DAMAGED)
        name, key = entry["entry"], entry["key"]
        if (name is None) != (key is None) or (
                name is not None and (name != nested_entry(texts[0]) or name not in manifest)):
            raise BundleError(DAMAGED)
        cells.append(CellEntry(*texts, None, bytes.fromhex(key) if key else None,
                               entry=name))
    named = {c.entry for c in cells if c.entry}
    if len({c.code for c in cells}) != len(cells) or named != set(manifest) - {PAYLOAD}:
        raise BundleError(DAMAGED)
    return cells


def nested_files(container, manifest: dict[str, str], payload: RollupPayload
                 ) -> Iterator[tuple[CellEntry, object]]:
    """Each nested bundle copied to a private temporary file (hashed on the way against
    the signed manifest), one at a time; the file is gone once the caller moves on."""
    for cell in payload.cells:
        if cell.entry is None:
            continue
        with tempfile.TemporaryFile() as copy:
            digest = hashlib.sha256()
            with container.open_entry(cell.entry) as handle:
                for piece in iter(lambda: handle.read(PIECE), b""):
                    digest.update(piece)
                    copy.write(piece)
            if digest.hexdigest() != manifest[cell.entry]:
                raise BundleError(DAMAGED)
            copy.seek(0)
            yield cell, copy


def entry_with_bytes(cell: CellEntry, copy) -> CellEntry:
    """A format 1 nested bundle, read whole (it is one cell's, ≤ 256 MiB) for the
    checks it has always had."""
    size = copy.seek(0, 2)
    if size > MAX_FILE_BYTES:
        raise BundleError(TOO_LARGE)
    copy.seek(0)
    return replace(cell, bundle=copy.read())
