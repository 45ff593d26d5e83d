"""A member arriving from outside the committee, recorded by hand from the transfer
letter (giấy giới thiệu sinh hoạt đảng) they present: the record the letter gives,
the admission steps it states, the departure it certifies (dated the letter's day)
and a dated "transferred in" event naming where from and the letter's number. One
transaction through the member aggregate, with the same rule checks as any event.

An official transfer puts the member on this register; a temporary one (study or work
away from home, the member stays on the home cell's register) records them as
attending here temporarily."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from partydesk.domain.errors import PartyDeskError
from partydesk.domain.events import PLACE, EventKind, MemberEvent
from partydesk.domain.ids import new_id
from partydesk.domain.member import MemberRecord, Sex
from partydesk.domain.messages import QT_TRANSLATE_NOOP, message
from partydesk.domain.organisation import Organisation
from partydesk.services.bundles.errors import NOT_CELL, BundleError
from partydesk.services.members.aggregate import LifeChange, write_lives
from partydesk.services.members.register import check_record, clean_record
from partydesk.services.members.spreadsheets.rows import WAIVED
from partydesk.services.transfers.book import LETTER_NUMBER
from partydesk.storage.database import Database
from partydesk.storage.errors import storage_errors

SOURCE = "source"
BY_HAND = "transfer letter"

NO_LETTER = QT_TRANSLATE_NOOP(
    "Transfers", "The letter's number and the place it comes from are needed; nothing "
    "was changed.")
BEFORE_LETTER = QT_TRANSLATE_NOOP(
    "Transfers", "The arrival date {on} is before the letter's date {letter}; nothing was "
    "changed.")
NO_ADMISSION = QT_TRANSLATE_NOOP(
    "Transfers", "The admission decision date (on the letter) is needed; nothing was "
    "changed.")


class ArrivalError(PartyDeskError):
    def __init__(self, text, **params):
        super().__init__(message(text, **params))


@dataclass(frozen=True)
class Letter:
    """What the transfer letter says."""

    number: str
    from_place: str
    full_name: str
    sex: Sex
    birth_date: date
    admitted_on: date | None
    ceremony_on: date | None = None
    official_on: date | None = None
    card_number: str = ""
    issued_on: date | None = None       # the letter's date; the arrival's when not given
    temporary: bool = False


def arrival_events(letter: Letter, arrived_on: date) -> list[MemberEvent]:
    source = {SOURCE: BY_HAND, LETTER_NUMBER: letter.number}
    steps = [(EventKind.ADMISSION_DECISION, letter.admitted_on),
             (EventKind.ADMISSION_CEREMONY, letter.ceremony_on),
             (EventKind.CONVERSION_OFFICIAL, letter.official_on)]
    events = [MemberEvent(kind, on, source) for kind, on in steps if on is not None]
    if letter.temporary:
        return [*events, MemberEvent(EventKind.TRANSFER_IN_TEMPORARY, arrived_on,
                                     {PLACE: letter.from_place, LETTER_NUMBER: letter.number})]
    return [*events,
            MemberEvent(EventKind.TRANSFER_OUT_OFFICIAL, letter.issued_on or arrived_on,
                        source),
            MemberEvent(EventKind.TRANSFER_IN_OFFICIAL, arrived_on,
                        {PLACE: letter.from_place, LETTER_NUMBER: letter.number})]


def arrive(db: Database, organisation: Organisation, letter: Letter, arrived_on: date,
           today: date) -> tuple[str, str]:
    """Add the member; returns (member id, status). Nothing is written on a refusal."""
    if organisation.is_committee:
        raise BundleError(NOT_CELL)
    letter = replace(letter, number=letter.number.strip(),
                     from_place=letter.from_place.strip())
    if not letter.number or not letter.from_place:
        raise ArrivalError(NO_LETTER)
    if letter.admitted_on is None:
        raise ArrivalError(NO_ADMISSION)
    if letter.issued_on and arrived_on < letter.issued_on:
        raise ArrivalError(BEFORE_LETTER, on=arrived_on.isoformat(),
                           letter=letter.issued_on.isoformat())
    record = clean_record(MemberRecord(
        id=new_id(), full_name=letter.full_name, sex=letter.sex, birth_date=letter.birth_date,
        admitted_on=letter.admitted_on, ceremony_on=letter.ceremony_on,
        card_number=letter.card_number))     # official_on: the aggregate derives it
    with storage_errors(), db.atomic():
        check_record(db, record)
        [done] = write_lives(db, [LifeChange(record.id, tuple(arrival_events(
            letter, arrived_on)), record, waived=WAIVED)], today)
    return record.id, done.state.status.value
