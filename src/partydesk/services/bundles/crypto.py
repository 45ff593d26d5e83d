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


def reveal_box_key(sealed: bytes, box_private: bytes) -> bytes:
    """The key of ONE sealed box, as its recipient computes it: handing it on lets a
    third party (a commune's province) open that box and no other. It says nothing of
    the recipient's private key."""
    from nacl.bindings import crypto_box_beforenm

    return crypto_box_beforenm(sealed[:32], box_private)


def open_with_revealed_key(sealed: bytes, key: bytes, recipient_public: bytes) -> bytes | None:
    """Open a sealed box with the key its recipient revealed (libsodium's sealed-box
    nonce: BLAKE2b-192 of the ephemeral and recipient public keys); None if the box
    does not open (altered, or the wrong key)."""
    from nacl.bindings import crypto_box_open_afternm
    from nacl.exceptions import CryptoError

    if len(sealed) < 48 or len(key) != 32 or len(recipient_public) != 32:
        return None
    nonce = hashlib.blake2b(sealed[:32] + recipient_public, digest_size=24).digest()
    try:
        return crypto_box_open_afternm(sealed[32:], nonce, key)
    except (CryptoError, ValueError, TypeError):
        return None
