"""The payload: the sender's partition as JSON, zlib-compressed, then sealed to the
recipient's X25519 key. Opening it bounds the expanded size and checks its shape
before any row is believed."""

from __future__ import annotations

import json
import zlib
from dataclasses import dataclass
from itertools import chain

from partydesk.domain.bundles import FORMAT_VERSION
from partydesk.services.bundles.crypto import seal, unseal
from partydesk.services.bundles.errors import DAMAGED, NEWER_FORMAT, TOO_LARGE, BundleError

MAX_JSON_BYTES = 512 * 1024 * 1024
SCALARS = frozenset({str, int, float, bool, type(None)})   # kinds: payload_rules


@dataclass(frozen=True)
class Payload:
    sender: dict            # id, code, name, signing_public_key, box_public_key
    recipient: dict         # id, code
    sequence: int
    created_at: str
    enrolment_secret: str
    tables: dict            # table → (columns, rows)


def seal_payload(payload: Payload, box_public: bytes) -> bytes:
    document = {
        "format": FORMAT_VERSION, "sender": payload.sender, "recipient": payload.recipient,
        "sequence": payload.sequence, "created_at": payload.created_at,
        "enrolment_secret": payload.enrolment_secret,
        "tables": {name: {"columns": list(columns), "rows": rows}     # tuples: JSON arrays
                   for name, (columns, rows) in payload.tables.items()},
    }
    text = json.dumps(document, ensure_ascii=False, separators=(",", ":"))
    # Level 1: a quarter of level 6's time for a bundle about a fifth larger; the time
    # is the secretary's wait at export, the size is nothing to a USB stick.
    return seal(box_public, zlib.compress(text.encode("utf-8"), 1))


def open_payload(sealed: bytes, box_private: bytes, known_tables: dict[str, list[str]]
                 ) -> Payload:
    """Decrypt, expand (bounded) and check the payload. ``known_tables`` maps each table
    this version can hold to its columns; anything else is from a newer version."""
    compressed = unseal(box_private, sealed)
    if compressed is None:
        raise BundleError(DAMAGED)
    return payload_from_compressed(compressed, known_tables)


def payload_from_compressed(compressed: bytes, known_tables: dict[str, list[str]]
                            ) -> Payload:
    """The payload once decrypted (by the recipient, or by a province with the key its
    commune revealed for this one box)."""
    document = parse_document(expand(compressed))
    try:
        if document["format"] > FORMAT_VERSION:
            raise BundleError(NEWER_FORMAT)
        tables = {name: check_table(name, table, known_tables)
                  for name, table in document["tables"].items()}
        payload = Payload(
            sender=dict(document["sender"]), recipient=dict(document["recipient"]),
            sequence=document["sequence"], created_at=document["created_at"],
            enrolment_secret=document["enrolment_secret"], tables=tables)
    except (KeyError, TypeError, AttributeError):
        raise BundleError(DAMAGED) from None
    for value in (*payload.sender.values(), *payload.recipient.values(),
                  payload.created_at, payload.enrolment_secret):
        if not isinstance(value, str):
            raise BundleError(DAMAGED)
    return payload


def expand(compressed: bytes) -> bytes:
    inflater = zlib.decompressobj()
    try:
        data = inflater.decompress(compressed, MAX_JSON_BYTES + 1)
    except zlib.error:
        raise BundleError(DAMAGED) from None
    if len(data) > MAX_JSON_BYTES or inflater.unconsumed_tail:
        raise BundleError(TOO_LARGE)
    if not inflater.eof or inflater.unused_data:
        raise BundleError(DAMAGED)
    return data


def parse_document(data: bytes) -> dict:
    try:
        document = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise BundleError(DAMAGED) from None
    if not isinstance(document, dict):
        raise BundleError(DAMAGED)
    return document


def check_table(name: str, table: dict, known_tables: dict[str, list[str]]):
    if name not in known_tables:
        raise BundleError(NEWER_FORMAT)
    columns, rows = table["columns"], table["rows"]
    if not set(columns) <= set(known_tables[name]):
        raise BundleError(NEWER_FORMAT)
    width = len(columns)
    needs_id = "id" in known_tables[name]       # every table but pure link tables
    if ((needs_id and "id" not in columns) or len(set(columns)) != width
            or not all(isinstance(c, str) for c in columns) or type(rows) is not list):
        raise BundleError(DAMAGED)
    # checked with set(map(...)) so that 50,000 rows cost milliseconds, not seconds
    if rows and (set(map(type, rows)) != {list} or set(map(len, rows)) != {width}
                 or not set(map(type, chain.from_iterable(rows))) <= SCALARS):
        raise BundleError(DAMAGED)
    return columns, rows     # values, uniqueness, references: domain/payload_rules.py


# the names restore.py and downward_payload.py import
_expand, _parse, _check_table = expand, parse_document, check_table
