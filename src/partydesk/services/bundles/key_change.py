"""Changing an installation's signing key without those who pinned it losing track.

Sender side (a cell, a commune, a province): ``change_signing_key`` makes a new
Ed25519 key pair and a certificate, the new public key signed by the old key. From then
on every bundle is signed by the new key and carries the whole chain of certificates in
``bag-info.txt`` (public keys and signatures only), so a bundle lost on the way never
locks anyone out: upward bundles and roll-ups, downward and restore bundles alike.

Receiving side: ``follows_key_chain`` walks the chain from the pinned key to the key
that signed the bag, checking each link's signature by the key before it; the bag's
own signature is then checked with the new key. Only with both does the receiver
switch to the new key, in the import's transaction (a committee for a cell or a
commune: ``verify``; a cell or a commune for its higher committee: ``higher_key``).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from partydesk.domain.organisation import Organisation
from partydesk.services.bundles.crypto import sign, signature_is_valid
from partydesk.services.setup.keys import (
    SIGNING_KEY_FILE,
    fingerprint,
    generate_keys,
    read_private_key,
    write_private_key,
)
from partydesk.storage.organisation_store import set_signing_public_key
from partydesk.storage.settings_store import get_setting, set_setting

KEY_CHANGE_CONTEXT = b"PartyDesk key change v1\n"
KEY_CHANGES_SETTING = "bundles.key_changes"
Link = tuple[bytes, bytes, bytes]


@dataclass(frozen=True)
class KeyChange:
    old_fingerprint: str
    new_fingerprint: str


def _signed_text(code: str, old: bytes, new: bytes) -> bytes:
    return code.encode("utf-8") + b"\n" + old + new


def key_changes(db) -> tuple[Link, ...]:
    """The chain this cell sends with its bundles, oldest first."""
    stored = json.loads(get_setting(db, KEY_CHANGES_SETTING) or "[]")
    return tuple(tuple(bytes.fromhex(part) for part in link) for link in stored)


def change_signing_key(db, organisation: Organisation, keys_dir: Path) -> KeyChange:
    """Make a new signing key, certified by the old one; the old private key is gone
    once this returns."""
    old_private = read_private_key(keys_dir, SIGNING_KEY_FILE, db.passphrase)
    old_public = bytes.fromhex(organisation.signing_public_key)
    fresh = generate_keys()
    certificate = sign(old_private, KEY_CHANGE_CONTEXT,
                       _signed_text(organisation.code, old_public, fresh.signing_public))
    chain = [[part.hex() for part in link] for link in key_changes(db)]
    chain.append([old_public.hex(), fresh.signing_public.hex(), certificate.hex()])
    with db.atomic():       # the key file is replaced inside the transaction: both or neither
        set_setting(db, KEY_CHANGES_SETTING, json.dumps(chain))
        set_signing_public_key(db, fresh.signing_public.hex())
        write_private_key(keys_dir, SIGNING_KEY_FILE, fresh.signing_private,
                          db.passphrase)
    return KeyChange(fingerprint(old_public), fingerprint(fresh.signing_public))


def follows_key_chain(code: str, pinned: bytes, signer: bytes,
                      chain: tuple[Link, ...]) -> bool:
    """True when ``chain`` leads from the ``pinned`` key to ``signer``, each link
    signed by the key before it."""
    current = pinned
    for old, new, certificate in chain:
        if old != current:
            continue               # links before the pinned key: already followed
        if not signature_is_valid(old, KEY_CHANGE_CONTEXT, _signed_text(code, old, new),
                                  certificate):
            return False
        current = new
    return current == signer and current != pinned
