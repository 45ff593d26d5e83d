"""The roll-up's sealed payload: JSON (format 2), zlib-compressed, sealed to the
province. Nested cell bundles travel as base64 of their exact bytes."""

from __future__ import annotations

import base64
import binascii
import json
import zlib
from dataclasses import dataclass, field

from partydesk.domain.bundles import KIND_ROLLUP, ROLLUP_FORMAT_VERSION
from partydesk.domain.organisation import CODE_PATTERN
from partydesk.services.bundles.crypto import seal, unseal
from partydesk.services.bundles.errors import DAMAGED, NEWER_FORMAT, BundleError
from partydesk.services.bundles.payload import check_table, expand, parse_document

MAX_CELLS = 1000        # cells one commune can vouch for


@dataclass(frozen=True)
class CellEntry:
    """A cell as the commune vouches for it, with its newest bundle if one is kept."""
    code: str
    name: str
    status: str                      # enrolled (no key yet) or active
    signing_public_key: str          # hex, "" before the first bundle
    fingerprint: str
    bundle: bytes | None = None      # the bundle file exactly as received
    key: bytes | None = None         # the key of that bundle's sealed box
    entry: str | None = None         # format 3: the file's entry holding the bundle

    def as_json(self) -> dict:
        return {"code": self.code, "name": self.name, "status": self.status,
                "signing_public_key": self.signing_public_key,
                "fingerprint": self.fingerprint,
                "bundle": base64.b64encode(self.bundle).decode("ascii")
                if self.bundle is not None else None,
                "key": self.key.hex() if self.key is not None else None}


@dataclass(frozen=True)
class RollupPayload:
    sender: dict            # id, code, name, signing_public_key, box_public_key
    recipient: dict         # id, code
    sequence: int
    created_at: str
    enrolment_secret: str
    tables: dict            # the commune's own tables: table → (columns, rows)
    cells: list[CellEntry] = field(default_factory=list)


def seal_rollup(payload: RollupPayload, box_public: bytes) -> bytes:
    document = {
        "format": ROLLUP_FORMAT_VERSION, "kind": KIND_ROLLUP, "sender": payload.sender,
        "recipient": payload.recipient, "sequence": payload.sequence,
        "created_at": payload.created_at, "enrolment_secret": payload.enrolment_secret,
        "tables": {name: {"columns": list(columns), "rows": [list(r) for r in rows]}
                   for name, (columns, rows) in payload.tables.items()},
        "cells": [cell.as_json() for cell in payload.cells],
    }
    text = json.dumps(document, ensure_ascii=False, separators=(",", ":"))
    return seal(box_public, zlib.compress(text.encode("utf-8"), 6))


def open_rollup(sealed: bytes, box_private: bytes, known: dict[str, list[str]]
                ) -> RollupPayload:
    compressed = unseal(box_private, sealed)
    if compressed is None:
        raise BundleError(DAMAGED)
    document = parse_document(expand(compressed))
    try:
        if document["format"] > ROLLUP_FORMAT_VERSION:
            raise BundleError(NEWER_FORMAT)
        if document["kind"] != KIND_ROLLUP or type(document["cells"]) is not list:
            raise BundleError(DAMAGED)
        tables = {name: check_table(name, table, known)
                  for name, table in document["tables"].items()}
        payload = RollupPayload(
            sender=dict(document["sender"]), recipient=dict(document["recipient"]),
            sequence=document["sequence"], created_at=document["created_at"],
            enrolment_secret=document["enrolment_secret"], tables=tables,
            cells=_cells(document["cells"]))
    except (KeyError, TypeError, AttributeError, ValueError, binascii.Error):
        raise BundleError(DAMAGED) from None
    for value in (*payload.sender.values(), *payload.recipient.values(),
                  payload.created_at, payload.enrolment_secret):
        if not isinstance(value, str):
            raise BundleError(DAMAGED)
    return payload


def _cells(entries: list) -> list[CellEntry]:
    if len(entries) > MAX_CELLS:
        raise BundleError(DAMAGED)
    cells = []
    for entry in entries:
        texts = [entry[k] for k in ("code", "name", "status", "signing_public_key",
                                    "fingerprint")]
        if not all(isinstance(t, str) for t in texts) or not CODE_PATTERN.match(texts[0]):
            raise BundleError(DAMAGED)
        bundle, key = entry["bundle"], entry["key"]
        if (bundle is None) != (key is None):
            raise BundleError(DAMAGED)
        cells.append(CellEntry(*texts,
                               base64.b64decode(bundle, validate=True) if bundle else None,
                               bytes.fromhex(key) if key else None))
    if len({c.code for c in cells}) != len(cells):
        raise BundleError(DAMAGED)
    return cells
