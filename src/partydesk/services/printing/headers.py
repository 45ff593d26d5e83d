"""The one place that builds the top of every document the cell prints.

Wording that follows from the organisation's names is in
:mod:`partydesk.domain.documents` (``header_higher_org``, ``place_name``);
this module adds the register's settings and the date and number.
"""

from __future__ import annotations

from datetime import date

from partydesk.domain.documents import header_higher_org, place_name
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
    return DocumentHeader(higher_org=header_higher_org(organisation.higher_name),
                          issuer=organisation.name.upper(), place=place, date=on,
                          number=number)


def secretary_signature(organisation: Organisation) -> Signer:
    return Signer(title="BÍ THƯ", name=organisation.secretary, on_behalf="T/M CHI BỘ")
