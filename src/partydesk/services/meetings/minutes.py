"""The minutes of a meeting as they are read back and printed, and their signing.

:func:`minutes_view` gathers everything the printed minutes need in one
read: the printed header (higher organisation, cell, place and date), the meeting, the
attendance report computed by :func:`partydesk.domain.attendance.summarise_attendance`,
items with speakers and conclusions, votes judged by
:func:`partydesk.domain.votes.decide` with their explanations, amendments,
and the numbers of the minutes and of the meeting's resolutions.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime, time

from partydesk.domain.attendance import AttendanceSummary, summarise_attendance
from partydesk.domain.errors import RuleViolation
from partydesk.domain.meetings import Amendment, MeetingKind, MinutesStatus, duration_warning
from partydesk.domain.messages import QT_TRANSLATE_NOOP, Message, message
from partydesk.domain.numbering import DocumentType
from partydesk.domain.rulebook import RuleBook
from partydesk.services.meetings.attendance import AttendanceEntry
from partydesk.services.meetings.lookup import editable_meeting, entries, load_meeting_row
from partydesk.services.meetings.minutes_parts import ItemView, VoteView, item_views, vote_views
from partydesk.services.meetings.resolutions import DocumentInput, issue_document, list_documents
from partydesk.services.printing.headers import document_header, register_organisation
from partydesk.services.printing.model import DocumentHeader
from partydesk.services.setup.rulebook import default_rulebook
from partydesk.storage import meeting_store as store
from partydesk.storage.database import Database


@dataclass(frozen=True)
class Person:
    name: str
    member_id: str | None = None


@dataclass(frozen=True)
class DocumentRef:
    id: str
    number: str
    title: str
    issued_on: date


@dataclass(frozen=True)
class MinutesView:
    header: DocumentHeader
    """The printed header, dated the meeting day, with the minutes' number once signed."""
    meeting_id: str
    number: str | None
    """The minutes' own number (e.g. "03-BB/CB"), given when they are signed."""
    kind: MeetingKind
    held_on: date
    starts_at: time
    ends_at: time | None
    place: str
    purpose: str
    chair: Person
    minute_taker: Person
    guests: tuple[str, ...]
    status: MinutesStatus
    finalised_on: date | None
    attendees: tuple[AttendanceEntry, ...]
    attendance: AttendanceSummary
    items: tuple[ItemView, ...]
    votes: tuple[VoteView, ...]
    """Every vote of the meeting in order (also listed under its item)."""
    amendments: tuple[Amendment, ...]
    resolutions: tuple[DocumentRef, ...]
    duration_warning: Message | None


def minutes_view(db: Database, meeting_id: str, rules: RuleBook | None = None) -> MinutesView:
    rules = rules or default_rulebook()
    row = load_meeting_row(db, meeting_id)
    held_on = date.fromisoformat(row["held_on"])
    people = entries(db, meeting_id)
    votes = vote_views(store.votes(db, meeting_id), [e.attendee for e in people], rules,
                       held_on)
    starts_at, ends_at = _time(row["starts_at"]), _time(row["ends_at"])
    assert starts_at is not None
    documents = list_documents(db, None, meeting_id)
    numbers = [d.number for d in documents if d.type_code == DocumentType.BB.value]
    number = numbers[0] if numbers else None
    return MinutesView(
        header=document_header(db, register_organisation(db), held_on, number),
        meeting_id=meeting_id, number=number, kind=MeetingKind(row["kind"]),
        held_on=held_on, starts_at=starts_at, ends_at=ends_at, place=row["place"],
        purpose=row["purpose"], chair=Person(row["chair_name"], row["chair_member_id"]),
        minute_taker=Person(row["minute_taker_name"], row["minute_taker_member_id"]),
        guests=tuple(line for line in row["guests"].splitlines() if line),
        status=MinutesStatus(row["status"]),
        finalised_on=date.fromisoformat(row["finalised_on"]) if row["finalised_on"] else None,
        attendees=tuple(people), attendance=summarise_attendance(e.attendee for e in people),
        items=item_views(store.items(db, meeting_id), store.speeches(db, meeting_id), votes),
        votes=tuple(votes),
        amendments=tuple(Amendment(date.fromisoformat(a["amended_on"]), a["text"], a["author"])
                         for a in store.amendments(db, meeting_id)),
        resolutions=tuple(DocumentRef(d.id, d.number, d.title, d.issued_on)
                          for d in reversed(documents)
                          if d.type_code != DocumentType.BB.value),
        duration_warning=_duration(row["kind"], held_on, starts_at, ends_at, rules))


def finalise_meeting(db: Database, meeting_id: str, on: date, rules: RuleBook | None = None,
                     term: str | None = None) -> MinutesView:
    """Sign the minutes after reading them back: from now on they never change.

    Refused while something the minutes must hold is missing. The minutes get
    their number (type BB) in the same transaction, in ``term`` (default: the
    organisation's current term).
    """
    rules = rules or default_rulebook()
    with db.atomic():
        editable_meeting(db, meeting_id)
        view = minutes_view(db, meeting_id, rules)
        _check_complete(view, on)
        issued = issue_document(db, DocumentInput(issued_on=view.held_on, title="",
                                                  meeting_id=meeting_id,
                                                  type_code=DocumentType.BB), term)
        store.finalise_meeting(db, meeting_id, on)
    return replace(view, number=issued.number, status=MinutesStatus.FINALISED,
                   finalised_on=on, header=replace(view.header, number=issued.number))


def _check_complete(view: MinutesView, on: date) -> None:
    problems = [
        (view.ends_at is None, QT_TRANSLATE_NOOP(
            "Meetings", "Record when the meeting ended before signing the minutes.")),
        (not view.chair.name or not view.minute_taker.name, QT_TRANSLATE_NOOP(
            "Meetings", "The minutes need the chair and the minute-taker.")),
        (not view.attendees, QT_TRANSLATE_NOOP(
            "Meetings", "The minutes have no attendance list.")),
        (on < view.held_on, QT_TRANSLATE_NOOP(
            "Meetings", "Minutes cannot be signed before the meeting was held.")),
    ]
    for failed, text in problems:
        if failed:
            raise RuleViolation(message(text))
    present = {e.member_id for e in view.attendees if e.attendee.is_present}
    for person in (view.chair, view.minute_taker):
        if person.member_id and person.member_id not in present:
            raise RuleViolation(message(QT_TRANSLATE_NOOP(
                "Meetings", "{name} chairs or takes the minutes, so must be marked present."),
                name=person.name))
    for vote in view.votes:
        if vote.outcome is None:
            raise RuleViolation(vote.explanation)


def _time(text: str | None) -> time | None:
    return None if text is None else datetime.strptime(text, "%H:%M").time()


def _duration(kind: str, held_on: date, starts_at: time, ends_at: time | None,
              rules: RuleBook) -> Message | None:
    if ends_at is None:
        return None
    return duration_warning(MeetingKind(kind), datetime.combine(held_on, starts_at),
                            datetime.combine(held_on, ends_at), rules, held_on)
