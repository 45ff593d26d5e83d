"""Time-ordered identifiers (UUIDv7, RFC 9562) that keep records unique across machines."""

from __future__ import annotations

import os
import time
import uuid


def new_id(now_ms: int | None = None, random_bits: int | None = None) -> str:
    """A UUIDv7 string: 48 bits of Unix milliseconds, then 74 random bits.

    Both parts may be given, so that seeded demo data gets the same ids every run.
    """
    millis = int(time.time() * 1000) if now_ms is None else now_ms
    rand = int.from_bytes(os.urandom(10), "big") if random_bits is None else random_bits
    value = (millis & ((1 << 48) - 1)) << 80
    value |= 0x7 << 76                          # version 7
    value |= ((rand >> 62) & 0xFFF) << 64       # 12 random bits
    value |= 0b10 << 62                         # RFC 4122 variant
    value |= rand & ((1 << 62) - 1)             # 62 random bits
    return str(uuid.UUID(int=value))
