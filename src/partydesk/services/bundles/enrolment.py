"""Enrolment: the committee hands a cell a small signed file carrying the committee's
identity and public keys, the cell's name and code, and a one-time 128-bit secret.

The committee keeps only a hash of the secret. The cell reveals the secret only
inside its first bundle's encrypted payload (readable by the committee alone), next
to its own public keys; that is what lets the committee pin the cell's key.
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path

from partydesk.domain.organisation import Organisation, validate_organisation_fields
from partydesk.services.bundles.crypto import (
    ENROLMENT_CONTEXT,
    hash_secret,
    sign,
    signature_is_valid,
)
from partydesk.services.bundles.errors import (
    ALREADY_ENROLLED,
    ENROLMENT_DAMAGED,
    ENROLMENT_OTHER_CELL,
    ENROLMENT_OWN_CODE,
    ENROLMENT_PINNED,
    NOT_CELL,
    NOT_COMMITTEE,
    RENEW_UNKNOWN,
    BundleError,
)
from partydesk.services.bundles.restore_keys import restore_public_key
from partydesk.services.bundles.stick_writes import write_on_stick
from partydesk.services.setup.keys import SIGNING_KEY_FILE, read_private_key
from partydesk.storage.bundle_store import (
    enrol_cell,
    insert_higher_committee,
    load_cell,
    load_higher_committee,
    revoke_and_reenrol,
)
from partydesk.storage.downward_store import save_restore_key

ENROLMENT_KIND = "partydesk-enrolment"
ENROLMENT_VERSION = 1
MAX_ENROLMENT_BYTES = 64 * 1024
LEVEL_CELL, LEVEL_COMMITTEE = "cell", "committee"
LEVELS = (LEVEL_CELL, LEVEL_COMMITTEE)


@dataclass(frozen=True)
class Enrolment:
    committee_id: str
    committee_name: str
    committee_code: str
    committee_signing_key: str     # hex
    committee_box_key: str         # hex
    cell_name: str
    cell_code: str
    secret: str                    # hex, 16 bytes
    created_at: str
    level: str = LEVEL_CELL        # "committee": a commune enrolled by its province

    def document(self) -> dict:
        """What is signed: a cell's file is exactly as before levels existed."""
        fields = {"kind": ENROLMENT_KIND, "version": ENROLMENT_VERSION, **asdict(self)}
        if self.level == LEVEL_CELL:
            del fields["level"]
        return fields

    def higher_committee_row(self) -> dict[str, str]:
        """What the cell keeps of its committee (storage's higher_committee row)."""
        return {"id": self.committee_id, "name": self.committee_name,
                "code": self.committee_code, "signing_public_key": self.committee_signing_key,
                "box_public_key": self.committee_box_key, "enrolment_secret": self.secret,
                "enrolled_at": self.created_at}


def _canonical(fields: dict) -> bytes:
    return json.dumps(fields, ensure_ascii=False, sort_keys=True,
                      separators=(",", ":")).encode("utf-8")


def enrol(db, organisation: Organisation, keys_dir: Path, name: str | None, code: str,
          out: Path, renew: bool = False, level: str = LEVEL_CELL) -> Enrolment:
    """Record the cell (status "enrolled", secret hashed) and write its enrolment file.
    ``renew``: the cell lost its key; revoke the key on record and enrol the same code
    again (its data and the history of its bundles stay). ``level`` "committee": the
    enrolled organisation is itself a committee (a commune), sending roll-ups."""
    if not organisation.is_committee:
        raise BundleError(NOT_COMMITTEE)
    existing = load_cell(db, code.strip())
    if renew and existing is None:
        raise BundleError(RENEW_UNKNOWN, code=code)
    fields = validate_organisation_fields(name or (existing or {}).get("name", ""), code)
    if fields["code"] == organisation.code:
        raise BundleError(ENROLMENT_OWN_CODE, code=organisation.code)
    if existing is not None and existing["status"] != "enrolled" and not renew:
        raise BundleError(ENROLMENT_PINNED, code=fields["code"])
    if level not in LEVELS:
        raise ValueError(level)
    if renew and existing is not None:
        level = existing.get("level") or LEVEL_CELL
    secret = os.urandom(16)
    enrolment = Enrolment(
        committee_id=organisation.id, committee_name=organisation.name,
        committee_code=organisation.code,
        committee_signing_key=organisation.signing_public_key,
        committee_box_key=organisation.box_public_key, cell_name=fields["name"],
        cell_code=fields["code"], secret=secret.hex(),
        created_at=datetime.now(UTC).isoformat(timespec="seconds"), level=level)
    document = enrolment.document()
    signing_private = read_private_key(keys_dir, SIGNING_KEY_FILE, db.passphrase)
    signature = sign(signing_private, ENROLMENT_CONTEXT, _canonical(document))
    content = json.dumps({**document, "signature": signature.hex()}, ensure_ascii=False,
                         indent=2).encode("utf-8") + b"\n"
    with db.atomic():      # the file is written inside the transaction: both or neither
        if existing is not None and existing["status"] != "enrolled":
            revoke_and_reenrol(db, enrolment.cell_code, enrolment.cell_name,
                               hash_secret(secret), enrolment.created_at)
        else:
            enrol_cell(db, enrolment.cell_code, enrolment.cell_name, hash_secret(secret),
                       enrolment.created_at, level)
        save_restore_key(db, enrolment.cell_code, restore_public_key(secret).hex(),
                         enrolment.created_at)
        write_on_stick(out, content, mode=0o600)
    return enrolment


def read_enrolment(path: Path) -> Enrolment:
    """The enrolment in ``path``, after checking its form and its signature."""
    damaged = BundleError(ENROLMENT_DAMAGED, file=str(path))
    try:
        if path.stat().st_size > MAX_ENROLMENT_BYTES:
            raise damaged
        document = json.loads(path.read_bytes().decode("utf-8"))
        signature = bytes.fromhex(document.pop("signature"))
        if (document.pop("kind") != ENROLMENT_KIND
                or document.pop("version") != ENROLMENT_VERSION):
            raise damaged
        enrolment = Enrolment(**document)
        signed = enrolment.document()
        key = bytes.fromhex(enrolment.committee_signing_key)
        valid = (all(isinstance(v, str) for v in document.values())
                 and enrolment.level in LEVELS
                 and len(bytes.fromhex(enrolment.secret)) == 16
                 and len(bytes.fromhex(enrolment.committee_box_key)) == 32
                 and signature_is_valid(key, ENROLMENT_CONTEXT, _canonical(signed),
                                        signature))
    except (OSError, ValueError, KeyError, TypeError, AttributeError, UnicodeDecodeError):
        raise damaged from None
    if not valid:
        raise damaged
    validate_organisation_fields(enrolment.cell_name, enrolment.cell_code)
    return enrolment


def accept_enrolment(db, organisation: Organisation, enrolment: Enrolment) -> None:
    """Give a cell set up without an enrolment file the committee its file names, so
    that it can send bundles. The file must be for this cell's code. A committee set up
    on its own (a commune) accepts its province's file the same way."""
    if organisation.is_committee != (enrolment.level == LEVEL_COMMITTEE):
        raise BundleError(NOT_COMMITTEE if enrolment.level == LEVEL_COMMITTEE else NOT_CELL)
    if enrolment.cell_code != organisation.code:
        raise BundleError(ENROLMENT_OTHER_CELL, file_code=enrolment.cell_code,
                          code=organisation.code)
    if load_higher_committee(db) is not None:
        raise BundleError(ALREADY_ENROLLED)
    with db.atomic():
        insert_higher_committee(db, enrolment.higher_committee_row())
