"""The plain text of a format 3 payload: newline-delimited JSON, zlib-compressed
(level 1), encrypted by services/bundles/stream.py. Lines:

    {"format": 3, ...header...}                  first line: who, to whom, sequence
    {"table": "members", "columns": [...]}       then, per table, its columns
    [[row], [row], ...]                          and its rows, ≤ 1,000 a line
    {"end": {"members": 2000, ...}}              last line: rows per table

Nothing is ever parsed whole: lines are read as they are decrypted and expanded,
each bounded in length, and the expanded total bounded as before.
"""

from __future__ import annotations

import json
import zlib
from collections.abc import Callable, Iterable, Iterator
from itertools import islice

from partydesk.services.bundles.errors import DAMAGED, TOO_LARGE, BundleError
from partydesk.services.bundles.payload import MAX_JSON_BYTES
from partydesk.services.bundles.stream import StreamError, StreamWriter, decrypt_stream

BATCH_ROWS = 1000               # rows per line (and per batch handed to the apply)
BATCH_BYTES = 4 * 1024 * 1024   # ... or fewer, when they are long
MAX_LINE_BYTES = 32 * 1024 * 1024
PIECE = 1024 * 1024             # expanded at most this much at a time


def _dumps(value) -> bytes:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


class DocumentWriter:
    """Write a document line by line into an encrypted stream to ``sink``."""

    def __init__(self, sink: Callable[[bytes], object], recipient_public: bytes):
        self.stream = StreamWriter(sink, recipient_public)
        self.deflate = zlib.compressobj(1)
        self.counts: dict[str, int] = {}

    @property
    def key(self) -> bytes:
        return self.stream.key

    def line(self, value) -> None:
        out = self.deflate.compress(_dumps(value) + b"\n")
        if out:
            self.stream.write(out)

    def table(self, name: str, columns: list[str], rows: Iterable) -> None:
        self.line({"table": name, "columns": list(columns)})
        count, source = 0, iter(rows)
        while batch := list(islice(source, BATCH_ROWS)):     # tuples: JSON arrays
            self._rows(batch)
            count += len(batch)
        self.counts[name] = count

    def _rows(self, batch: list) -> None:
        """One line of rows; a line that would be long (rows of long free text) is
        split in halves, so every line stays far below what a reader accepts."""
        encoded = _dumps(batch)
        if len(encoded) > BATCH_BYTES and len(batch) > 1:
            half = len(batch) // 2
            self._rows(batch[:half])
            self._rows(batch[half:])
            return
        out = self.deflate.compress(encoded + b"\n")
        if out:
            self.stream.write(out)

    def close(self) -> None:
        self.line({"end": self.counts})
        self.stream.write(self.deflate.flush())
        self.stream.close()


def write_document(sink: Callable[[bytes], object], recipient_public: bytes, header: dict,
                   tables: Iterable[tuple[str, list[str], Iterable]]) -> bytes:
    """The whole document; returns the stream key (what a commune may reveal)."""
    writer = DocumentWriter(sink, recipient_public)
    writer.line(header)
    for name, columns, rows in tables:
        writer.table(name, columns, rows)
    writer.close()
    return writer.key


def _lines(read: Callable[[int], bytes], box_private: bytes | None,
           key: bytes | None) -> Iterator[bytes]:
    inflater, buffer, total = zlib.decompressobj(), bytearray(), 0
    try:
        for chunk in decrypt_stream(read, box_private=box_private, key=key):
            data = inflater.decompress(chunk, PIECE)
            while True:
                total += len(data)
                if total > MAX_JSON_BYTES:
                    raise BundleError(TOO_LARGE)
                buffer += data
                *complete, rest = buffer.split(b"\n")
                yield from complete
                buffer = bytearray(rest)
                if len(buffer) > MAX_LINE_BYTES:
                    raise BundleError(TOO_LARGE)
                if not inflater.unconsumed_tail:
                    break
                data = inflater.decompress(inflater.unconsumed_tail, PIECE)
    except (StreamError, zlib.error):
        raise BundleError(DAMAGED) from None
    if buffer or not inflater.eof or inflater.unused_data:
        raise BundleError(DAMAGED)


def read_document(read: Callable[[int], bytes], *, box_private: bytes | None = None,
                  key: bytes | None = None) -> Iterator[tuple]:
    """``("header", dict)``, then ``("table", name, columns)`` and ``("rows", name,
    batch)`` for each table, the shape of every line checked; a stream that ends
    before its end line, or whose counts differ, is damaged."""
    lines = _lines(read, box_private, key)
    header = _parse(next(lines, b""))
    if not isinstance(header, dict):
        raise BundleError(DAMAGED)
    yield ("header", header)
    counts, table, columns = {}, None, None
    for line in lines:
        value = _parse(line)
        if isinstance(value, list) and table is not None:
            if any(type(row) is not list or len(row) != len(columns) for row in value):
                raise BundleError(DAMAGED)
            counts[table] += len(value)
            yield ("rows", table, value)
        elif isinstance(value, dict) and set(value) == {"table", "columns"}:
            table, columns = value["table"], value["columns"]
            if (not isinstance(table, str) or table in counts or type(columns) is not list
                    or not all(isinstance(c, str) for c in columns)
                    or len(set(columns)) != len(columns)):
                raise BundleError(DAMAGED)
            counts[table] = 0
            yield ("table", table, columns)
        elif isinstance(value, dict) and set(value) == {"end"}:
            if value["end"] != counts or next(lines, None) is not None:
                raise BundleError(DAMAGED)
            return
        else:
            raise BundleError(DAMAGED)
    raise BundleError(DAMAGED)          # no end line: cut short


def _parse(line: bytes):
    try:
        return json.loads(line.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise BundleError(DAMAGED) from None
