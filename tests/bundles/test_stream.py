"""The streamed encryption of format 3 (services/bundles/stream.py): what goes in
comes out, chunk by chunk, and any change to the stream is refused."""

from __future__ import annotations

import io
import random

import pytest
from nacl.public import PrivateKey

from partydesk.services.bundles.stream import (
    ABYTES,
    CHUNK,
    HEADER_BYTES,
    SEALED_KEY_BYTES,
    StreamError,
    StreamWriter,
    decrypt_stream,
    open_stream_key,
)

PLAIN = random.Random(3).randbytes(3 * CHUNK + 1234)
START = SEALED_KEY_BYTES + HEADER_BYTES
STEP = CHUNK + ABYTES


def _encrypted(plain: bytes = PLAIN) -> tuple[bytes, PrivateKey, bytes]:
    private = PrivateKey.generate()
    out = io.BytesIO()
    writer = StreamWriter(out.write, bytes(private.public_key))
    for at in range(0, len(plain), 10_000):      # written in pieces of any size
        writer.write(plain[at:at + 10_000])
    writer.close()
    return out.getvalue(), private, writer.key


def _decrypted(data: bytes, **keys) -> bytes:
    return b"".join(decrypt_stream(io.BytesIO(data).read, **keys))


def test_the_recipient_reads_what_was_written_in_chunks():
    data, private, key = _encrypted()
    assert _decrypted(data, box_private=bytes(private)) == PLAIN
    assert len(data) == START + 4 * ABYTES + len(PLAIN)
    # the revealed stream key opens this stream, and the sealed key gives that key
    assert _decrypted(data, key=key) == PLAIN
    assert open_stream_key(data[:SEALED_KEY_BYTES], bytes(private)) == key


@pytest.mark.parametrize("size", [0, 1, CHUNK, 2 * CHUNK])
def test_edge_sizes_round_trip(size):
    data, private, _ = _encrypted(PLAIN[:size])
    assert _decrypted(data, box_private=bytes(private)) == PLAIN[:size]


def test_a_changed_byte_in_a_chunk_is_refused():
    data, private, _ = _encrypted()
    damaged = bytearray(data)
    damaged[START + STEP + 100] ^= 1
    with pytest.raises(StreamError):
        _decrypted(bytes(damaged), box_private=bytes(private))


def test_a_truncated_stream_is_refused_even_at_a_chunk_boundary():
    data, private, _ = _encrypted()
    for keep in (START + 2 * STEP, START + STEP + 5, len(data) - 1, START):
        with pytest.raises(StreamError):
            _decrypted(data[:keep], box_private=bytes(private))


def test_reordered_or_dropped_chunks_are_refused():
    data, private, _ = _encrypted()
    chunks = [data[START + i * STEP:START + (i + 1) * STEP] for i in range(4)]
    swapped = data[:START] + chunks[1] + chunks[0] + b"".join(chunks[2:])
    dropped = data[:START] + chunks[0] + b"".join(chunks[2:])
    for bad in (swapped, dropped):
        with pytest.raises(StreamError):
            _decrypted(bad, box_private=bytes(private))


def test_a_wrong_key_is_refused():
    data, _, _key = _encrypted()
    with pytest.raises(StreamError):
        _decrypted(data, box_private=bytes(PrivateKey.generate()))
    with pytest.raises(StreamError):
        _decrypted(data, key=bytes(32))


def test_bytes_after_the_final_chunk_are_refused():
    data, private, _ = _encrypted()
    with pytest.raises(StreamError):
        _decrypted(data + b"x", box_private=bytes(private))
