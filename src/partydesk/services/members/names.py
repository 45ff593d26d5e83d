"""The word of a member's name the register files them under (the given name used
for ordering): by default the last word; another word for names that do not end
with the given name (an Ê Đê "Y Bih Niê" ends with the clan name)."""

from __future__ import annotations

from dataclasses import replace

from partydesk.domain.errors import PartyDeskError
from partydesk.domain.member import MemberRecord
from partydesk.domain.messages import QT_TRANSLATE_NOOP, message
from partydesk.storage.database import Database
from partydesk.storage.members.records import card_owners, load_member

from .register import update_member


class NoSuchMemberError(PartyDeskError):
    def __init__(self, member: str):
        super().__init__(message(QT_TRANSLATE_NOOP(
            "Members", "No member has the id or card number {member}. Nothing was saved."),
            member=member))


def find_member(db: Database, member: str) -> MemberRecord:
    """The member with this id, or else with this card number."""
    found = load_member(db, member)
    if found is None and (owner := card_owners(db, [member]).get(member)) is not None:
        found = load_member(db, owner)
    if found is None:
        raise NoSuchMemberError(member)
    return found


def file_under(db: Database, member: str, word: str = "") -> MemberRecord:
    """File ``member`` (id or card number) under ``word`` of their full name ("" =
    the last word). Refused, with nothing saved, when ``word`` is not one of its words."""
    record = find_member(db, member)
    return update_member(db, replace(record, given_name=word))
