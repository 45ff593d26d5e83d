"""Test helpers for bundle format 3 (streamed): read a file's entries whole (small
test bundles), write entries back as a format 3 file, and turn its payload into
format 1's JSON document and back, so that hostile variants can be made from real
bundles of either format."""

from __future__ import annotations

import io
import json
import zipfile

from partydesk.services.bundles.bag import PAYLOAD
from partydesk.services.bundles.stream_container import (
    STREAM_TRAILER_LENGTH,
    STREAM_TRAILER_PREFIX,
    ContainerWriter,
)
from partydesk.services.bundles.stream_payload import read_document, write_document


def is_streamed_bytes(data: bytes) -> bool:
    return data[-STREAM_TRAILER_LENGTH:].startswith(STREAM_TRAILER_PREFIX)


def entries(data: bytes) -> dict[str, bytes]:
    """``relative name → bytes`` of every entry of a format 3 file (no checks)."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return {name.split("/", 1)[1]: archive.read(name) for name in archive.namelist()}


def streamed_bytes(top: str, files: dict[str, bytes]) -> bytes:
    """``files`` as a format 3 file under ``top`` (entries as given, trailer right)."""
    out = io.BytesIO()
    with ContainerWriter(out, top, (2026, 12, 1, 0, 0, 0)) as writer:
        for name, content in files.items():
            writer.add(name, content)
        writer.finish()
    return out.getvalue()


def document_of(payload: bytes, box_private: bytes) -> dict:
    """A format 3 payload as the JSON document format 1 carries."""
    events = read_document(io.BytesIO(payload).read, box_private=box_private)
    document = dict(next(events)[1])
    document["tables"] = {}
    for event in events:
        if event[0] == "table":
            document["tables"][event[1]] = {"columns": event[2], "rows": []}
        else:
            document["tables"][event[1]]["rows"].extend(event[2])
    return document


def payload_of(document: dict, box_public: bytes) -> bytes:
    """A format 1-shaped document as a format 3 payload (the tables as lines)."""
    header = {k: v for k, v in document.items() if k != "tables"}
    out = io.BytesIO()
    write_document(out.write, box_public, header,
                   ((name, t["columns"], t["rows"]) for name, t in document["tables"].items()))
    return out.getvalue()


def with_payload(files: dict[str, bytes], payload: bytes) -> dict[str, bytes]:
    return {**files, PAYLOAD: payload}


def dumps(document: dict) -> bytes:
    return json.dumps(document, ensure_ascii=False).encode()
