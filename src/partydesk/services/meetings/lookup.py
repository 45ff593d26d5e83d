"""What the meeting services share: finding a meeting, its attendees, judging its votes."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from typing import Any

from partydesk.domain.attendance import Attendee
from partydesk.domain.errors import PartyDeskError
from partydesk.domain.meetings import MinutesStatus, ensure_editable
from partydesk.domain.messages import QT_TRANSLATE_NOOP, message
from partydesk.domain.rulebook import RuleBook
from partydesk.domain.votes import DecisionKind, VoteOutcome, decide
from partydesk.services.meetings.attendance import AttendanceEntry, entry_from_row
from partydesk.storage import meeting_store as store
from partydesk.storage.database import Database
from partydesk.storage.rows import Row


class MeetingNotFoundError(PartyDeskError):
    def __init__(self, meeting_id: str):
        super().__init__(message(QT_TRANSLATE_NOOP(
            "Meetings", "There is no meeting with id {id}."), id=meeting_id))


def load_meeting_row(db: Database, meeting_id: str) -> Row:
    row = store.load_meeting(db, meeting_id)
    if row is None:
        raise MeetingNotFoundError(meeting_id)
    return row


def editable_meeting(db: Database, meeting_id: str) -> Row:
    """The meeting's row, if its minutes may still change."""
    row = load_meeting_row(db, meeting_id)
    ensure_editable(MinutesStatus(row["status"]))
    return row


def entries(db: Database, meeting_id: str) -> list[AttendanceEntry]:
    return [entry_from_row(r) for r in store.attendance(db, meeting_id)]


def attendees(db: Database, meeting_id: str) -> list[Attendee]:
    return [e.attendee for e in entries(db, meeting_id)]


def decide_vote(row: Mapping[str, Any], people: Sequence[Attendee], rules: RuleBook,
                on: date) -> VoteOutcome:
    """Judge a stored vote against the meeting's attendance and the rules of its date."""
    return decide(DecisionKind(row["decision_kind"]), int(row["votes_for"]),
                  int(row["against"]), int(row["abstain"]), people, rules, on)


def check_votes_still_hold(db: Database, meeting_id: str, rules: RuleBook) -> None:
    """Refuse a change of attendance that would make a recorded vote impossible
    (more votes than members present who may vote)."""
    recorded = store.votes(db, meeting_id)
    if not recorded:
        return
    people = attendees(db, meeting_id)
    held_on = date.fromisoformat(load_meeting_row(db, meeting_id)["held_on"])
    for row in recorded:
        decide_vote(row, people, rules, held_on)
