"""Build the printed documents from the register (printing itself is in .printing)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from partydesk.domain.documents import header_higher_org, place_name
from partydesk.domain.member import MemberRecord, MemberStatus, Sex
from partydesk.domain.organisation import Organisation
from partydesk.services.files import write_atomically
from partydesk.services.printing.model import (
    DocumentHeader,
    MemberListDocument,
    MemberRow,
    Signer,
)
from partydesk.storage.database import Database, open_database
from partydesk.storage.member_store import members_in_name_order
from partydesk.storage.settings_store import get_setting

PLACE_SETTING = "documents.place"
SEX_WORDS = {Sex.MALE: "Nam", Sex.FEMALE: "Nữ"}


def document_header(db: Database, organisation: Organisation, on: date,
                    number: str | None = None) -> DocumentHeader:
    place = get_setting(db, PLACE_SETTING) or place_name(organisation.higher_name,
                                                          organisation.name)
    return DocumentHeader(higher_org=header_higher_org(organisation.higher_name),
                          issuer=organisation.name.upper(), place=place, date=on,
                          number=number)


def secretary_signature(organisation: Organisation) -> Signer:
    return Signer(title="BÍ THƯ", name=organisation.secretary, on_behalf="T/M CHI BỘ")


def member_row(number: int, member: MemberRecord) -> MemberRow:
    return MemberRow(number=number, full_name=member.full_name, sex=SEX_WORDS[member.sex],
                     birth_date=member.birth_date, ethnicity=member.ethnicity,
                     religion=member.religion, home_town=member.home_town,
                     education=member.education, theory_level=member.theory_level,
                     admission_date=member.admitted_on, official_date=member.official_on,
                     card_number=member.card_number, notes=member.notes)


def member_list_document(db: Database, organisation: Organisation,
                         on: date) -> MemberListDocument:
    members = members_in_name_order(db, [MemberStatus.OFFICIAL, MemberStatus.PROBATIONARY])
    return MemberListDocument(
        header=document_header(db, organisation, on), as_of=on,
        rows=tuple(member_row(i, m) for i, m in enumerate(members, start=1)),
        signer=secretary_signature(organisation))


def print_member_list(db: Database, organisation: Organisation, on: date, out: Path) -> Path:
    from partydesk.services.printing import render_member_list

    document = member_list_document(db, organisation, on)
    return write_atomically(out, lambda handle: render_member_list(document, handle))


def print_member_list_at(database: Path, organisation: Organisation, on: date,
                         out: Path) -> Path:
    """The same on a connection of its own (for a background thread)."""
    db = open_database(database)
    try:
        return print_member_list(db, organisation, on, out)
    finally:
        db.close()
