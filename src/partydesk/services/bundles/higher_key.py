"""Following the higher committee's key change (cell ← committee, commune ← province).

The installation pinned its higher committee's signing key from the enrolment file.
A committee that changed its key (``partydesk key change``) signs its downward bundles
with the new key and carries, in ``bag-info.txt``, the chain of certificates from its
first key, each new key signed by the one before (``PartyDesk-Key-Changes``, the very
chain and code a cell uses upward). The installation accepts a bag signed by a key
other than the pinned one only when that chain leads from the pinned key to it; the
switch is made in the import's transaction, and the keys left behind are retired: a
newer bundle signed by one of them is refused as no longer trusted."""

from __future__ import annotations

from enum import Enum

from partydesk.domain.messages import QT_TRANSLATE_NOOP
from partydesk.services.bundles.bag import TAG_MANIFEST, BagHeader, signature_bytes
from partydesk.services.bundles.crypto import SIGNATURE_CONTEXT, signature_is_valid
from partydesk.services.bundles.errors import BundleError
from partydesk.services.bundles.key_change import follows_key_chain
from partydesk.storage.higher_key_store import retired_higher_keys, switch_higher_key

NOT_HIGHER_KEY = QT_TRANSLATE_NOOP(
    "Bundles", "The bundle from {sender} is not signed by the key on record for that "
    "committee, nor by a key it certified; nothing was changed.")


class Signer(Enum):
    PINNED = "pinned"          # the key on record
    CHANGED = "changed"        # a new key the key on record certified
    RETIRED = "retired"        # a key this installation trusted once and left behind


def check_higher_signer(db, higher: dict, header: BagHeader, files: dict) -> Signer:
    """Which of the higher committee's keys signed the bag; refused when none did."""
    signer, pinned = header.signing_key, bytes.fromhex(higher["signing_public_key"])
    if signer == pinned:
        kind = Signer.PINNED
    elif signer.hex() in retired_higher_keys(db):
        kind = Signer.RETIRED
    elif follows_key_chain(header.sender, pinned, signer, header.key_changes):
        kind = Signer.CHANGED
    else:
        raise BundleError(NOT_HIGHER_KEY, sender=header.sender)
    if not signature_is_valid(signer, SIGNATURE_CONTEXT, files[TAG_MANIFEST],
                              signature_bytes(files)):
        raise BundleError(NOT_HIGHER_KEY, sender=header.sender)
    return kind


def follow_higher_key(db, higher: dict, header: BagHeader) -> None:
    """Trust the bag's key from now on (inside the import's transaction); the pinned key
    and every key the chain passed through are retired."""
    passed = {part.hex() for old, new, _ in header.key_changes for part in (old, new)}
    switch_higher_key(db, header.signing_key.hex(),
                      passed | {higher["signing_public_key"]})
