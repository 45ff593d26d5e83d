"""The one place that builds the top of every document the cell prints.

Wording that follows from the organisation's names is in
:mod:`partydesk.domain.documents` (``header_higher_org``, ``place_name``);
this module adds the register's settings and the date and number.
"""

from __future__ import annotations

from datetime import date

from partydesk.domain.documents import header_higher_org, place_name
from partydesk.domain.errors import PartyDeskError
from partydesk.domain.messages import QT_TRANSLATE_NOOP, message
from partydesk.domain.organisation import Organisation, Role
from partydesk.services.printing.model import DocumentHeader, Signer
from partydesk.storage.database import Database
from partydesk.storage.organisation_store import load_organisation
from partydesk.storage.settings_store import get_setting

PLACE_SETTING = "documents.place"
"""The place written before the date, when it is not the higher committee's locality."""

NO_ORGANISATION = Organisation(id="", role=Role.CELL, name="", code="")


def register_organisation(db: Database) -> Organisation:
    """The register's organisation, or a blank one for a register not set up yet."""
    return load_organisation(db) or NO_ORGANISATION


def document_header(db: Database, organisation: Organisation, on: date,
                    number: str | None = None) -> DocumentHeader:
    """"ĐẢNG BỘ XÃ HÒA BÌNH" / "CHI BỘ THÔN ĐỒNG TÂM" / "Số …" and "Hòa Bình, ngày …"."""
    place = get_setting(db, PLACE_SETTING) or place_name(organisation.higher_name,
                                                          organisation.name)
    committee = organisation.role is Role.COMMITTEE
    return DocumentHeader(higher_org=header_higher_org(organisation.higher_name),
                          issuer=organisation.name.upper(), place=place, date=on,
                          number=number, on_behalf=on_behalf(organisation),
                          file_copy="Lưu Văn phòng Đảng ủy." if committee else "Lưu Chi bộ.")


def on_behalf(organisation: Organisation) -> str:
    """ "T/M CHI BỘ" for a cell, "T/M ĐẢNG ỦY" for a committee printing its own papers."""
    return "T/M ĐẢNG ỦY" if organisation.role is Role.COMMITTEE else "T/M CHI BỘ"


NO_SIGNER = QT_TRANSLATE_NOOP(
    "Documents", "This document needs the name of the person who signs it ({title}), and "
    "none is recorded. Record the secretary, or give the name to print (--signer).")


def require_name(name: str | None, title: str) -> str:
    """The signer's name, or a PartyDeskError: a signed paper never prints a blank name."""
    cleaned = " ".join((name or "").split())
    if not cleaned:
        raise PartyDeskError(message(NO_SIGNER, title=title))
    return cleaned


def secretary_signature(organisation: Organisation, name: str | None = None) -> Signer:
    """ "T/M CHI BỘ" (or "T/M ĐẢNG ỦY") / "BÍ THƯ" and the secretary's name; *name*
    replaces the recorded one. Refused when there is no name at all."""
    return Signer(title="BÍ THƯ", name=require_name(name or organisation.secretary, "BÍ THƯ"),
                  on_behalf=on_behalf(organisation))
