"""Verification codes: a short code on a signed paper that ties it to its record.

The code is the first 50 bits of SHA-256 over the record as signed (canonical
JSON: sorted keys, NFC text), written in 10 letters and digits of an alphabet
without look-alikes (no I, L, O, U) as ``XXXXX-XXXXX``. It is a one-way hash:
it reveals nothing of the record, and a reader can only check it against a
register that holds the record.
"""

from __future__ import annotations

import hashlib
import json
import unicodedata
from typing import Any

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"  # Crockford base32
LENGTH = 10


def _nfc(value: Any) -> Any:
    if isinstance(value, str):
        return unicodedata.normalize("NFC", value)
    if isinstance(value, dict):
        return {k: _nfc(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_nfc(v) for v in value]
    return value


def canonical_json(record: Any) -> str:
    """The text hashed: sorted keys, NFC strings, dates and others as ``str``."""
    return json.dumps(_nfc(record), sort_keys=True, ensure_ascii=False, default=str)


def verification_code(record: dict[str, Any]) -> str:
    data = canonical_json(record)
    number = int.from_bytes(hashlib.sha256(data.encode("utf-8")).digest()[:8], "big")
    number >>= 64 - 5 * LENGTH
    letters = "".join(ALPHABET[(number >> (5 * i)) & 31] for i in reversed(range(LENGTH)))
    return f"{letters[:5]}-{letters[5:]}"


def normalise_code(text: str) -> str:
    """What a person typed → the printed form: case, spaces, dashes and look-alikes."""
    cleaned = "".join(c for c in text.upper() if c.isalnum())
    cleaned = cleaned.translate(str.maketrans("OIL", "011"))
    if len(cleaned) != LENGTH:
        return ""
    return f"{cleaned[:5]}-{cleaned[5:]}"
