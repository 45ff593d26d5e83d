"""The key a restore bundle is sealed to: an X25519 key pair derived from the secret of
the cell's newest enrolment file. The committee keeps only the public half (written at
enrolment, when it knows the secret); the new installation, set up from that file,
derives the private half. Nobody without the file can open the restore."""

from __future__ import annotations

import hashlib

RESTORE_CONTEXT = b"PartyDesk restore key v1\n"


def restore_private_key(secret: bytes) -> bytes:
    return hashlib.sha256(RESTORE_CONTEXT + secret).digest()


def restore_public_key(secret: bytes) -> bytes:
    from nacl.public import PrivateKey

    return bytes(PrivateKey(restore_private_key(secret)).public_key)
