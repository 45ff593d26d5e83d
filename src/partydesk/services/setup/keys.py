"""The organisation's key pairs: Ed25519 to sign bundles, X25519 to receive them.

Private keys live in files only the user can read; public keys go in the
register so they travel in enrolment files and bundles.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from pathlib import Path

SIGNING_KEY_FILE = "signing.key"
BOX_KEY_FILE = "box.key"


@dataclass(frozen=True)
class KeyPairs:
    signing_private: bytes
    signing_public: bytes
    box_private: bytes
    box_public: bytes


def generate_keys() -> KeyPairs:
    from nacl.public import PrivateKey
    from nacl.signing import SigningKey

    signing = SigningKey.generate()
    box = PrivateKey.generate()
    return KeyPairs(bytes(signing), bytes(signing.verify_key), bytes(box), bytes(box.public_key))


def fingerprint(public_key: bytes) -> str:
    """A short, readable fingerprint to compare on paper: 5 groups of 4 hex digits."""
    digest = hashlib.sha256(public_key).hexdigest()[:20].upper()
    return " ".join(digest[i:i + 4] for i in range(0, 20, 4))


def write_private_keys(folder: Path, keys: KeyPairs) -> list[Path]:
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    written = []
    for name, secret in ((SIGNING_KEY_FILE, keys.signing_private),
                         (BOX_KEY_FILE, keys.box_private)):
        written.append(_write_secret(folder / name, secret.hex().encode() + b"\n"))
    return written


def write_private_key(folder: Path, name: str, secret: bytes) -> Path:
    """Replace one private key file (written whole, then renamed over the old one)."""
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    return _write_secret(folder / name, secret.hex().encode() + b"\n")


def read_private_key(folder: Path, name: str) -> bytes:
    return bytes.fromhex((folder / name).read_text(encoding="ascii").strip())


def _write_secret(path: Path, content: bytes) -> Path:
    partial = path.with_suffix(".partial")
    fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        os.write(fd, content)
        os.fsync(fd)
    finally:
        os.close(fd)
    partial.replace(path)
    return path
