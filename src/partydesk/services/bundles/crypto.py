"""Signatures (Ed25519), sealed boxes (X25519) and hashes, through PyNaCl (loaded
when first used)."""

from __future__ import annotations

import hashlib

SIGNATURE_CONTEXT = b"PartyDesk bundle tag manifest v1\n"
ENROLMENT_CONTEXT = b"PartyDesk enrolment v1\n"


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def sign(signing_private: bytes, context: bytes, data: bytes) -> bytes:
    from nacl.signing import SigningKey

    return SigningKey(signing_private).sign(context + data).signature


def signature_is_valid(signing_public: bytes, context: bytes, data: bytes,
                       signature: bytes) -> bool:
    from nacl.exceptions import BadSignatureError
    from nacl.signing import VerifyKey

    try:
        VerifyKey(signing_public).verify(context + data, signature)
    except (BadSignatureError, ValueError, TypeError):
        return False
    return True


def seal(box_public: bytes, data: bytes) -> bytes:
    from nacl.public import PublicKey, SealedBox

    return SealedBox(PublicKey(box_public)).encrypt(data)


def unseal(box_private: bytes, data: bytes) -> bytes | None:
    """The plain text, or None when the box was not sealed to this key or is damaged."""
    from nacl.exceptions import CryptoError
    from nacl.public import PrivateKey, SealedBox

    try:
        return SealedBox(PrivateKey(box_private)).decrypt(data)
    except (CryptoError, ValueError, TypeError):
        return None


def hash_secret(secret: bytes) -> str:
    """What the committee keeps of an enrolment secret."""
    return hashlib.sha256(b"PartyDesk enrolment secret\n" + secret).hexdigest()
