"""Streamed encryption of a payload (bundle format 3, issue 15): never the whole
payload in memory.

Layout of the encrypted entry:

    sealed key   80 bytes: a random 32-byte stream key, crypto_box_seal'd to the
                 recipient's X25519 key
    header       24 bytes: libsodium secretstream (XChaCha20-Poly1305) header
    chunks       each CHUNK bytes of plain text + 17 (ABYTES); the last one shorter
                 (possibly empty) and the only one tagged TAG_FINAL

Each chunk is authenticated and chained to the ones before it, so a changed,
reordered, dropped or truncated chunk does not decrypt, and a stream that ends
without its final chunk is refused. Whoever knows the stream key (the recipient, or
a third party to whom the recipient revealed that one key) can read that stream and
no other.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

CHUNK = 64 * 1024
SEALED_KEY_BYTES = 32 + 48          # the key, in a sealed box (ephemeral key + MAC)
HEADER_BYTES = 24
ABYTES = 17


class StreamError(Exception):
    """The stream does not decrypt: altered, reordered, truncated, or the wrong key."""


class StreamWriter:
    """Encrypt what is written to it, in CHUNK-sized pieces, into ``sink``."""

    def __init__(self, sink: Callable[[bytes], object], recipient_public: bytes,
                 key: bytes | None = None):
        from nacl import bindings as b

        self._b = b
        self.key = key or b.crypto_secretstream_xchacha20poly1305_keygen()
        self._sink = sink
        self._state = b.crypto_secretstream_xchacha20poly1305_state()
        sink(b.crypto_box_seal(self.key, recipient_public))
        sink(b.crypto_secretstream_xchacha20poly1305_init_push(self._state, self.key))
        self._pending = bytearray()
        self.closed = False

    def write(self, data: bytes) -> None:
        self._pending += data
        # keep at least one byte back so that the final chunk is never made early
        while len(self._pending) > CHUNK:
            self._push(bytes(self._pending[:CHUNK]), final=False)
            del self._pending[:CHUNK]

    def close(self) -> None:
        if not self.closed:
            self._push(bytes(self._pending), final=True)
            self._pending.clear()
            self.closed = True

    def _push(self, plain: bytes, final: bool) -> None:
        b = self._b
        tag = (b.crypto_secretstream_xchacha20poly1305_TAG_FINAL if final
               else b.crypto_secretstream_xchacha20poly1305_TAG_MESSAGE)
        self._sink(b.crypto_secretstream_xchacha20poly1305_push(self._state, plain,
                                                                None, tag))


def open_stream_key(sealed_key: bytes, box_private: bytes) -> bytes | None:
    """The stream key from the first SEALED_KEY_BYTES of a stream, or None when it
    was not sealed to this key (or is damaged)."""
    from nacl import bindings as b
    from nacl.exceptions import CryptoError

    if len(sealed_key) != SEALED_KEY_BYTES or len(box_private) != 32:
        return None
    public = b.crypto_scalarmult_base(box_private)
    try:
        key = b.crypto_box_seal_open(sealed_key, public, box_private)
    except (CryptoError, ValueError, TypeError):
        return None
    return key if len(key) == 32 else None


def decrypt_stream(read: Callable[[int], bytes], *, box_private: bytes | None = None,
                   key: bytes | None = None) -> Iterator[bytes]:
    """The plain text of a stream, chunk by chunk. ``read(n)`` returns up to n bytes
    (b"" at the end). Give the recipient's ``box_private`` or a revealed ``key``.
    Raises StreamError on any damage, including a missing final chunk."""
    from nacl import bindings as b
    from nacl.exceptions import CryptoError

    sealed_key = _read_exactly(read, SEALED_KEY_BYTES)
    if key is None:
        key = open_stream_key(sealed_key, box_private or b"")
    if key is None or len(key) != 32:
        raise StreamError("the stream key does not open")
    header = _read_exactly(read, HEADER_BYTES)
    state = b.crypto_secretstream_xchacha20poly1305_state()
    try:
        b.crypto_secretstream_xchacha20poly1305_init_pull(state, header, key)
    except (CryptoError, ValueError, TypeError):
        raise StreamError("bad stream header") from None
    yield from _chunks(read, state)


def _chunks(read: Callable[[int], bytes], state) -> Iterator[bytes]:
    from nacl import bindings as b
    from nacl.exceptions import CryptoError

    final = b.crypto_secretstream_xchacha20poly1305_TAG_FINAL
    while True:
        cipher = _read_up_to(read, CHUNK + ABYTES)
        if len(cipher) < ABYTES:
            raise StreamError("truncated")
        try:
            plain, tag = b.crypto_secretstream_xchacha20poly1305_pull(state, cipher, None)
        except (CryptoError, ValueError, TypeError):
            raise StreamError("a chunk does not decrypt") from None
        if tag == final:
            if read(1):
                raise StreamError("data after the final chunk")
            if plain:
                yield plain
            return
        if len(cipher) != CHUNK + ABYTES:
            raise StreamError("truncated")
        yield plain


def _read_up_to(read: Callable[[int], bytes], size: int) -> bytes:
    parts, got = [], 0
    while got < size:
        part = read(size - got)
        if not part:
            break
        parts.append(part)
        got += len(part)
    return b"".join(parts)


def _read_exactly(read: Callable[[int], bytes], size: int) -> bytes:
    data = _read_up_to(read, size)
    if len(data) != size:
        raise StreamError("truncated")
    return data
