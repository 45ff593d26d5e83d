"""The organisation's key pairs: Ed25519 to sign bundles, X25519 to receive them.

Private keys live in files only the user can read, encrypted under the register's
passphrase; public keys go in the register so they travel in enrolment files and
bundles. A key file is one line ``pdk1:<salt>:<nonce + secretbox>`` (hex): NaCl's
SecretBox (the library the bundles use) under a key drawn, with BLAKE2b and a label of
its own, from the passphrase's PBKDF2 derivation (SQLCipher's strength, cached per
process: storage/cipher.py). Key files from older versions (plain hex) are still read,
and ``protect_private_keys`` rewrites them encrypted when the register is opened.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from pathlib import Path

from partydesk.services.setup.passphrase import obtain
from partydesk.storage.cipher import WrongPassphrase, derive_key, new_salt

SIGNING_KEY_FILE = "signing.key"
BOX_KEY_FILE = "box.key"
KEY_FILES = (SIGNING_KEY_FILE, BOX_KEY_FILE)
PROTECTED = "pdk1"


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


def write_private_keys(folder: Path, keys: KeyPairs, passphrase: str | None = None,
                       salt: bytes | None = None) -> list[Path]:
    """Write both private keys. ``salt``: the register's, whose derived key this process
    already holds (a fresh one otherwise)."""
    passphrase = passphrase or obtain()
    salt = salt or new_salt()
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    written = []
    for name, secret in ((SIGNING_KEY_FILE, keys.signing_private),
                         (BOX_KEY_FILE, keys.box_private)):
        written.append(_write_secret(folder / name, _sealed(secret, passphrase, salt)))
    return written


def write_private_key(folder: Path, name: str, secret: bytes,
                      passphrase: str | None = None, salt: bytes | None = None) -> Path:
    """Replace one private key file (written whole, then renamed over the old one)."""
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    salt = salt or _folder_salt(folder) or new_salt()
    return _write_secret(folder / name, _sealed(secret, passphrase or obtain(), salt))


def read_private_key(folder: Path, name: str, passphrase: str | None = None) -> bytes:
    """The private key; ``passphrase`` is the open register's (else the front end's)."""
    text = (folder / name).read_text(encoding="ascii").strip()
    if not text.startswith(PROTECTED + ":"):
        return bytes.fromhex(text)                   # a key file from an older version
    from nacl.exceptions import CryptoError

    _label, salt, sealed = text.split(":")
    try:
        return _box(passphrase or obtain(), bytes.fromhex(salt)).decrypt(
            bytes.fromhex(sealed))
    except CryptoError:
        raise WrongPassphrase() from None


def protect_private_keys(folder: Path, passphrase: str, old: str | None = None,
                         salt: bytes | None = None) -> None:
    """Encrypt plain key files under ``passphrase`` (or re-encrypt them from ``old``)."""
    for name in KEY_FILES:
        path = folder / name
        if path.is_file() and (old is not None or not path.read_bytes().startswith(
                PROTECTED.encode())):
            write_private_key(folder, name, read_private_key(folder, name, old),
                              passphrase, salt)


def rekey_private_keys(folder: Path, old: str, new: str, salt: bytes | None = None) -> None:
    """Re-encrypt the key files from ``old`` to ``new``; a file already under ``new`` (a
    change interrupted after it) is left as it is."""
    for name in KEY_FILES:
        if not (folder / name).is_file():
            continue
        try:
            read_private_key(folder, name, new)
        except WrongPassphrase:
            write_private_key(folder, name, read_private_key(folder, name, old), new, salt)


def _folder_salt(folder: Path) -> bytes | None:
    for name in KEY_FILES:
        try:
            text = (folder / name).read_text(encoding="ascii")
        except OSError:
            continue
        if text.startswith(PROTECTED + ":"):
            return bytes.fromhex(text.split(":")[1])
    return None


def _box(passphrase: str, salt: bytes):
    from nacl.secret import SecretBox

    derived = derive_key(passphrase, salt)
    return SecretBox(hashlib.blake2b(derived, digest_size=SecretBox.KEY_SIZE,
                                     person=b"partydesk-keys").digest())


def _sealed(secret: bytes, passphrase: str, salt: bytes) -> bytes:
    sealed = bytes(_box(passphrase, salt).encrypt(secret))
    return f"{PROTECTED}:{salt.hex()}:{sealed.hex()}\n".encode("ascii")


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
