"""Meetings of the cell: draft minutes, attendance from the register, signing, amendments.

Each function checks the rules and writes in one transaction. Signed
(finalised) minutes never change: the service refuses first
(:func:`partydesk.domain.meetings.ensure_editable`) and the database's own
triggers refuse anything that slips past, with the same message.

Items, speeches and votes are in :mod:`partydesk.services.meetings.items`;
the whole minutes, as printed, come from :func:`partydesk.services.meetings.minutes.minutes_view`.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import date, datetime, time
from typing import Any

from partydesk.domain.attendance import Attendee, Membership, Presence, Standing
from partydesk.domain.errors import RuleViolation
from partydesk.domain.ids import new_id
from partydesk.domain.meetings import (
    Amendment,
    MeetingKind,
    MinutesStatus,
    check_amendment,
    duration_warning,
)
from partydesk.domain.messages import QT_TRANSLATE_NOOP, Message, message
from partydesk.domain.rulebook import RuleBook
from partydesk.domain.vietnamese import clean_text
from partydesk.services.meetings import attendance as att
from partydesk.services.meetings.lookup import (
    MeetingNotFoundError,  # noqa: F401  (re-exported for callers)
    check_votes_still_hold,
    editable_meeting,
    entries,
    load_meeting_row,
)
from partydesk.services.setup.rulebook import default_rulebook
from partydesk.storage import meeting_store as store
from partydesk.storage.database import Database
from partydesk.storage.members.events import load_histories
from partydesk.storage.members.records import member_names


@dataclass(frozen=True)
class MeetingDetails:
    """What the secretary types about a meeting (not its attendance or items)."""

    kind: MeetingKind
    held_on: date
    starts_at: time
    ends_at: time | None = None
    place: str = ""
    purpose: str = ""
    chair_name: str = ""
    chair_member_id: str | None = None
    minute_taker_name: str = ""
    minute_taker_member_id: str | None = None
    guests: str = ""
    """Guests and their posts, one a line."""


@dataclass(frozen=True)
class SavedMeeting:
    id: str
    warnings: tuple[Message, ...] = ()


def create_meeting(db: Database, details: MeetingDetails,
                   rules: RuleBook | None = None) -> SavedMeeting:
    """A draft meeting, its attendance list filled from the register as of its date."""
    rules = rules or default_rulebook()
    meeting_id = new_id()
    with db.atomic():
        row = _details_row(db, details)
        warnings = _warnings(details, rules)
        store.insert_meeting(db, {"id": meeting_id, **row, "status": MinutesStatus.DRAFT})
        fill_attendance(db, meeting_id, details.held_on, rules)
    return SavedMeeting(meeting_id, warnings)


def update_meeting(db: Database, meeting_id: str, details: MeetingDetails,
                   rules: RuleBook | None = None) -> SavedMeeting:
    """Change a draft meeting. A new date refills the attendance from the register,
    keeping what was marked for members still listed."""
    rules = rules or default_rulebook()
    with db.atomic():
        current = editable_meeting(db, meeting_id)
        row = _details_row(db, details)
        warnings = _warnings(details, rules)
        store.update_meeting(db, meeting_id, row)
        if current["held_on"] != details.held_on.isoformat():
            fill_attendance(db, meeting_id, details.held_on, rules)
    return SavedMeeting(meeting_id, warnings)


def fill_attendance(db: Database, meeting_id: str, on: date, rules: RuleBook) -> None:
    """(Re)build the list from the register on ``on``; marks already made are kept for
    members still listed, and people attending temporarily by name stay."""
    old = {e.member_id: e for e in entries(db, meeting_id)}
    rows = []
    for history, attendee in att.register_on(load_histories(db), on, rules):
        marked = old.get(history.member_id)
        if marked is not None and marked.attendee.standing is attendee.standing:
            attendee = replace(attendee, presence=marked.attendee.presence,
                               reason=marked.attendee.reason)
        rows.append({"id": marked.id if marked else new_id(), "member_id": history.member_id,
                     **att.attendee_row(attendee)})
    rows += [{"id": e.id, "member_id": None, **att.attendee_row(e.attendee)}
             for key, e in old.items() if key is None]
    store.replace_attendance(db, meeting_id, [
        {**r, "position": i} for i, r in enumerate(rows, start=1)])


def mark_attendance(db: Database, meeting_id: str, presence: Presence, *,
                    member_id: str | None = None, attendee_id: str | None = None,
                    reason: str = "", standing: Standing | None = None,
                    rules: RuleBook | None = None) -> None:
    """Record a listed person's presence (and reason), and optionally a standing the
    register does not know (suspended, detained, excused for the whole meeting)."""
    rules = rules or default_rulebook()
    with db.atomic():
        editable_meeting(db, meeting_id)
        entry = _find_entry(db, meeting_id, member_id, attendee_id)
        attendee = Attendee(entry.name, entry.attendee.membership, Presence(presence),
                            Standing(standing or entry.attendee.standing), clean_text(reason))
        store.update_attendee(db, entry.id, att.attendee_row(attendee))
        check_votes_still_hold(db, meeting_id, rules)


def mark_attendance_sheet(db: Database, meeting_id: str,
                          marks: Mapping[str, tuple[Presence, str]],
                          rules: RuleBook | None = None) -> None:
    """Several marks at once (member id → presence, reason), as from a sign-in sheet."""
    rules = rules or default_rulebook()
    with db.atomic():
        editable_meeting(db, meeting_id)
        listed = {e.member_id: e for e in entries(db, meeting_id) if e.member_id}
        for member_id, (presence, reason) in marks.items():
            entry = listed.get(member_id)
            if entry is None:
                raise _not_listed()
            attendee = replace(entry.attendee, presence=Presence(presence),
                               reason=clean_text(reason))
            store.update_attendee(db, entry.id, att.attendee_row(attendee))
        check_votes_still_hold(db, meeting_id, rules)


def add_temporary_attendee(db: Database, meeting_id: str, name: str, membership: Membership,
                           presence: Presence = Presence.PRESENT, reason: str = "") -> str:
    """A member of another cell attending here temporarily, entered by name."""
    attendee = Attendee(clean_text(name), Membership(membership), Presence(presence),
                        Standing.ATTENDING_TEMPORARILY, clean_text(reason))
    attendee_id = new_id()
    with db.atomic():
        editable_meeting(db, meeting_id)
        store.insert_attendee(db, meeting_id, {"id": attendee_id, "member_id": None,
                                               **att.attendee_row(attendee)})
    return attendee_id


def people_on(db: Database, on: date, rules: RuleBook | None = None) -> list[tuple[str, str]]:
    """(member id, name) of members who take part as usual on ``on``: the choices for
    chair and minute-taker of a meeting that day."""
    rules = rules or default_rulebook()
    return [(history.member_id, attendee.name)
            for history, attendee in att.register_on(load_histories(db), on, rules)
            if attendee.standing is Standing.ACTIVE]


def attendance_list(db: Database, meeting_id: str) -> list[att.AttendanceEntry]:
    load_meeting_row(db, meeting_id)
    return entries(db, meeting_id)


def add_amendment(db: Database, meeting_id: str, amendment: Amendment) -> str:
    """A dated correction to signed minutes, kept beside them."""
    amendment_id = new_id()
    with db.atomic():
        row = load_meeting_row(db, meeting_id)
        signed = date.fromisoformat(row["finalised_on"]) if row["finalised_on"] else None
        check_amendment(MinutesStatus(row["status"]), signed, amendment)
        store.insert_amendment(db, meeting_id, {
            "id": amendment_id, "amended_on": amendment.date,
            "text": clean_text(amendment.text), "author": clean_text(amendment.author)})
    return amendment_id


def delete_draft_meeting(db: Database, meeting_id: str) -> None:
    with db.atomic():
        editable_meeting(db, meeting_id)
        store.delete_meeting(db, meeting_id)


# --- shared helpers -------------------------------------------------------------

@dataclass(frozen=True)
class MeetingSummary:
    """A line of the list of meetings."""

    id: str
    kind: MeetingKind
    held_on: date
    starts_at: str
    ends_at: str | None
    place: str
    status: MinutesStatus
    finalised_on: date | None
    present: int
    attendees: int
    amendments: int


def list_meetings(db: Database, status: MinutesStatus | None = None,
                  since: date | None = None, until: date | None = None) -> list[MeetingSummary]:
    """Meetings, newest first."""
    return [MeetingSummary(
        id=r["id"], kind=MeetingKind(r["kind"]), held_on=date.fromisoformat(r["held_on"]),
        starts_at=r["starts_at"], ends_at=r["ends_at"], place=r["place"],
        status=MinutesStatus(r["status"]),
        finalised_on=date.fromisoformat(r["finalised_on"]) if r["finalised_on"] else None,
        present=r["present"], attendees=r["attendees"], amendments=r["amendments"])
        for r in store.list_meetings(db, status, since, until)]


def combine(day: date, at: time) -> datetime:
    return datetime.combine(day, at)


def _warnings(details: MeetingDetails, rules: RuleBook) -> tuple[Message, ...]:
    if details.ends_at is None:
        return ()
    warning = duration_warning(MeetingKind(details.kind), combine(details.held_on,
                               details.starts_at), combine(details.held_on, details.ends_at),
                               rules, details.held_on)
    return () if warning is None else (warning,)


def _details_row(db: Database, details: MeetingDetails) -> dict[str, Any]:
    ids = [i for i in (details.chair_member_id, details.minute_taker_member_id) if i]
    names = member_names(db, ids)
    for member_id in ids:
        if member_id not in names:
            raise RuleViolation(message(QT_TRANSLATE_NOOP(
                "Meetings", "There is no member with id {id} on the register."), id=member_id))
    return {
        "kind": MeetingKind(details.kind), "held_on": details.held_on,
        "starts_at": details.starts_at.strftime("%H:%M"),
        "ends_at": details.ends_at.strftime("%H:%M") if details.ends_at else None,
        "place": clean_text(details.place), "purpose": clean_text(details.purpose),
        "chair_member_id": details.chair_member_id,
        "chair_name": names.get(details.chair_member_id or "", clean_text(details.chair_name)),
        "minute_taker_member_id": details.minute_taker_member_id,
        "minute_taker_name": names.get(details.minute_taker_member_id or "",
                                       clean_text(details.minute_taker_name)),
        "guests": "\n".join(clean_text(line) for line in details.guests.splitlines()
                            if line.strip()),
    }


def _find_entry(db: Database, meeting_id: str, member_id: str | None,
                attendee_id: str | None) -> att.AttendanceEntry:
    for entry in entries(db, meeting_id):
        if (member_id and entry.member_id == member_id) or entry.id == attendee_id:
            return entry
    raise _not_listed()


def _not_listed() -> RuleViolation:
    return RuleViolation(message(QT_TRANSLATE_NOOP(
        "Meetings", "That person is not on this meeting's attendance list.")))
