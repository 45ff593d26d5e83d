"""The member record: stored as the secretary typed it, but clean (NFC, single spaces),
with card numbers unique in the register. Lifecycle rules live in the member aggregate:
editing a record never changes its lifecycle dates or status, which follow the
member's events."""

from __future__ import annotations

from dataclasses import fields, replace

from partydesk.domain.errors import PartyDeskError
from partydesk.domain.member import MemberRecord
from partydesk.domain.messages import QT_TRANSLATE_NOOP, message
from partydesk.domain.vietnamese import clean_text, given_name_index, name_words
from partydesk.services.members.aggregate import MEMBER
from partydesk.storage.audit_store import write_audit
from partydesk.storage.database import Database
from partydesk.storage.errors import storage_errors
from partydesk.storage.members.records import card_owners, load_member
from partydesk.storage.members.writer import update_record

# Decided by the member's events (services/members/aggregate.py); an edit keeps them.
LIFECYCLE_FIELDS = ("admitted_on", "ceremony_on", "official_on", "status")


class DuplicateCardError(PartyDeskError):
    def __init__(self, card: str, owner: str):
        super().__init__(message(QT_TRANSLATE_NOOP(
            "Members", "Card number {card} already belongs to {owner}; card numbers "
            "must be unique. Nothing was saved."), card=card, owner=owner))


class MissingNameError(PartyDeskError):
    def __init__(self) -> None:
        super().__init__(message(QT_TRANSLATE_NOOP(
            "Members", "A member needs a full name. Nothing was saved.")))


class UnknownMemberError(PartyDeskError):
    def __init__(self) -> None:
        super().__init__(message(QT_TRANSLATE_NOOP(
            "Members", "This member is no longer in the register. Nothing was saved.")))


class GivenNameError(PartyDeskError):
    def __init__(self, given: str, name: str):
        super().__init__(message(QT_TRANSLATE_NOOP(
            "Members", "“{given}” is not a word of the name “{name}”: the "
            "name a member is filed under must be one of the words of the full name. "
            "Nothing was saved."), given=given, name=name))


def clean_record(record: MemberRecord) -> MemberRecord:
    """Every text field NFC-normalised, trimmed, inner spaces collapsed; the given name
    written as in the full name, or "" when it is the last word (the default)."""
    changes = {f.name: clean_text(getattr(record, f.name)) for f in fields(record)
               if isinstance(getattr(record, f.name), str) and f.name != "id"}
    words = name_words(changes["full_name"])
    index = given_name_index(changes["full_name"], changes["given_name"])
    if changes["given_name"] and index is not None:
        changes["given_name"] = "" if index == len(words) - 1 else words[index]
    return replace(record, **changes)


def check_record(db: Database, record: MemberRecord) -> None:
    """Refuse a cleaned record without a name or with another member's card number."""
    if not record.full_name:
        raise MissingNameError()
    if record.given_name and given_name_index(record.full_name, record.given_name) is None:
        raise GivenNameError(record.given_name, record.full_name)
    owner_id = card_owners(db, [record.card_number]).get(record.card_number)
    if owner_id is not None and owner_id != record.id:
        owner = load_member(db, owner_id)
        raise DuplicateCardError(record.card_number, owner.full_name if owner else owner_id)


def update_member(db: Database, record: MemberRecord) -> MemberRecord:
    """Save the edited record of an existing member, with one audit row per changed
    field (old → new). Lifecycle dates and status stay as the events made them."""
    record = clean_record(record)
    with storage_errors(), db.atomic():
        before = load_member(db, record.id)
        if before is None:
            raise UnknownMemberError()
        record = replace(record, **{name: getattr(before, name) for name in LIFECYCLE_FIELDS})
        check_record(db, record)
        changes = {f.name: (getattr(before, f.name), getattr(record, f.name))
                   for f in fields(record)}
        if any(old != new for old, new in changes.values()):
            update_record(db, record)
            write_audit(db, MEMBER, record.id, "record edited", changes)
    return record
