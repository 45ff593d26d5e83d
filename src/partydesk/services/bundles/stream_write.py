"""Writing a cell's bundle of format 3 into an open file: the payload entry streamed
(services/bundles/stream_payload.py), then the bag's tag files over the entry's hash
(services/bundles/stream_bag.py), then the trailer. Used by the export and by the
benchmarks' and tests' generated cells."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from partydesk.services.bundles.bag import PAYLOAD, BagHeader, tag_files
from partydesk.services.bundles.stream_container import ContainerWriter
from partydesk.services.bundles.stream_payload import write_document


def write_cell_file(file, top: str, stamp: tuple, header: BagHeader, document: dict,
                    tables: Iterable[tuple[str, list[str], Iterable]],
                    recipient_public: bytes, signing_private: bytes, agent: str,
                    midway: Callable[[], None] | None = None) -> str:
    """Write the bundle into ``file`` (seekable: the trailer goes back over the
    placeholder at its end); returns the file's SHA-256."""
    with ContainerWriter(file, top, stamp) as writer:
        with writer.entry(PAYLOAD) as out:
            write_document(out.write, recipient_public, document, tables)
        if midway is not None:
            midway()
        for name, content in tag_files(header, writer.digests, signing_private,
                                       agent).items():
            writer.add(name, content)
        return writer.finish()


def cell_document(sender: dict, recipient: dict, sequence: int, created_at: str,
                  enrolment_secret: str) -> dict:
    """The first line of a cell's payload (the rest: its tables)."""
    from partydesk.domain.bundles import KIND_CELL, STREAM_FORMAT_VERSION

    return {"format": STREAM_FORMAT_VERSION, "kind": KIND_CELL, "sender": sender,
            "recipient": recipient, "sequence": sequence, "created_at": created_at,
            "enrolment_secret": enrolment_secret}
