"""Reading a format 3 cell payload (committee, or province with a revealed key): the
document streamed out of its entry, hashed on the way against the signed manifest
(the file could change between the envelope's check and this reading), its lines
checked as they come, the rows gathered per table for the checks of
domain/payload_rules.py (a cell's partition, bounded by its row limits)."""

from __future__ import annotations

import hashlib

from partydesk.domain.bundles import STREAM_FORMAT_VERSION
from partydesk.services.bundles.bag import PAYLOAD
from partydesk.services.bundles.errors import DAMAGED, NEWER_FORMAT, BundleError
from partydesk.services.bundles.payload import Payload, check_table
from partydesk.services.bundles.stream_payload import read_document

# A cell's rows are gathered whole for the checks. In a big cell most text values
# repeat (a member's id in each of its events, dues and attendance rows; dates;
# kinds): 8.8 million values, 0.8 million distinct, in a 10,000-member cell. Past
# this many rows each text value is kept once, at ~0.1 µs a value; below it the
# memory saved is small and a province's 2,000 small cells would pay the time.
SHARE_FROM_ROWS = 100_000


def _shared(batch: list, shared: dict) -> list:
    return [[shared.setdefault(v, v) if type(v) is str else v for v in row]
            for row in batch]


class HashingReader:
    """A reader that hashes what it passes on."""

    def __init__(self, handle):
        self.handle, self.hash = handle, hashlib.sha256()

    def read(self, size: int) -> bytes:
        data = self.handle.read(size)
        self.hash.update(data)
        return data


def read_entry_document(container, manifest: dict[str, str], **keys
                        ) -> tuple[dict, dict[str, tuple[list[str], list]]]:
    """(header, table → (columns, rows)) of the payload entry; refused unless the bytes
    read are those the manifest names."""
    with container.open_entry(PAYLOAD) as handle:
        reader = HashingReader(handle)
        events = read_document(reader.read, **keys)
        header = next(events)[1]
        tables: dict[str, tuple[list[str], list]] = {}
        gathered, shared = 0, {}
        for event in events:
            if event[0] == "table":
                tables[event[1]] = (event[2], [])
            else:
                gathered += len(event[2])
                tables[event[1]][1].extend(
                    event[2] if gathered <= SHARE_FROM_ROWS else _shared(event[2], shared))
    if reader.hash.hexdigest() != manifest[PAYLOAD]:
        raise BundleError(DAMAGED)
    if not isinstance(header.get("format"), int) or header["format"] > STREAM_FORMAT_VERSION:
        raise BundleError(NEWER_FORMAT)
    if header["format"] != STREAM_FORMAT_VERSION:
        raise BundleError(DAMAGED)
    return header, tables


def read_cell_payload(container, manifest: dict[str, str], known: dict[str, list[str]],
                      **keys) -> Payload:
    """A cell's payload of format 3, shaped as format 1's (``keys``: ``box_private``
    for the recipient, ``key`` for a revealed stream key)."""
    header, tables = read_entry_document(container, manifest, **keys)
    try:
        if header.get("kind", "cell") != "cell":
            raise BundleError(DAMAGED)
        checked = {name: check_table(name, {"columns": columns, "rows": rows}, known)
                   for name, (columns, rows) in tables.items()}
        payload = Payload(
            sender=dict(header["sender"]), recipient=dict(header["recipient"]),
            sequence=header["sequence"], created_at=header["created_at"],
            enrolment_secret=header["enrolment_secret"], tables=checked)
    except (KeyError, TypeError, AttributeError, ValueError):
        raise BundleError(DAMAGED) from None
    for value in (*payload.sender.values(), *payload.recipient.values(),
                  payload.created_at, payload.enrolment_secret):
        if not isinstance(value, str):
            raise BundleError(DAMAGED)
    return payload
