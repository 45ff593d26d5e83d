"""What happened at a draft meeting: agenda items, who spoke, conclusions, votes.

A vote is judged when it is recorded (:func:`partydesk.domain.votes.decide`
with the rules in force on the meeting date), so impossible counts are
refused at once and the caller can show the outcome and its explanation.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from partydesk.domain.errors import RuleViolation
from partydesk.domain.ids import new_id
from partydesk.domain.messages import QT_TRANSLATE_NOOP, message
from partydesk.domain.rulebook import RuleBook
from partydesk.domain.vietnamese import clean_text
from partydesk.domain.votes import DecisionKind, VoteOutcome, decide
from partydesk.services.meetings.lookup import editable_meeting, entries
from partydesk.services.setup.rulebook import default_rulebook
from partydesk.storage import meeting_store as store
from partydesk.storage.database import Database
from partydesk.storage.members.records import member_names
from partydesk.storage.rows import Row

# Decisions about one member, who must be on the attendance list. (Admission is
# about a candidate, not yet a member: the question names them.)
MEMBER_DECISIONS = frozenset({
    DecisionKind.CONVERSION_OFFICIAL,
    DecisionKind.REMOVAL_PROBATIONARY, DecisionKind.REMOVAL_OFFICIAL,
    DecisionKind.DISCIPLINE, DecisionKind.EXPULSION,
})


@dataclass(frozen=True)
class VoteInput:
    kind: DecisionKind
    question: str
    votes_for: int
    against: int = 0
    abstain: int = 0
    item_id: str | None = None
    """The agenda item the vote concludes; None for a vote on the whole meeting."""
    subject_member_id: str | None = None
    """The member a conversion, removal or discipline vote is about."""


def add_item(db: Database, meeting_id: str, title: str, conclusion: str = "") -> str:
    title = clean_text(title)
    if not title:
        raise RuleViolation(message(QT_TRANSLATE_NOOP(
            "Meetings", "An agenda item needs a title.")))
    item_id = new_id()
    with db.atomic():
        editable_meeting(db, meeting_id)
        store.insert_item(db, meeting_id, {"id": item_id, "title": title,
                                           "conclusion": _text(conclusion)})
    return item_id


def set_conclusion(db: Database, item_id: str, conclusion: str) -> None:
    """The chair's conclusion on an item, as read to the meeting."""
    with db.atomic():
        item = _editable_item(db, item_id)
        store.update_item(db, item["id"], {"conclusion": _text(conclusion)})


def add_speech(db: Database, item_id: str, speaker_name: str, text: str,
               speaker_member_id: str | None = None) -> str:
    """A speaker's contribution to an item, in the order spoken."""
    speech_id = new_id()
    with db.atomic():
        item = _editable_item(db, item_id)
        name = clean_text(speaker_name)
        if speaker_member_id:
            name = member_names(db, [speaker_member_id]).get(speaker_member_id, name)
        if not name or not text.strip():
            raise RuleViolation(message(QT_TRANSLATE_NOOP(
                "Meetings", "A speech needs the speaker's name and what was said.")))
        store.insert_speech(db, item["id"], {
            "id": speech_id, "speaker_member_id": speaker_member_id or None,
            "speaker_name": name, "text": _text(text)})
    return speech_id


def record_vote(db: Database, meeting_id: str, vote: VoteInput,
                rules: RuleBook | None = None) -> VoteOutcome:
    """Judge and record a vote; refused (nothing written) if the counts cannot be."""
    rules = rules or default_rulebook()
    kind = DecisionKind(vote.kind)
    with db.atomic():
        meeting = editable_meeting(db, meeting_id)
        people = entries(db, meeting_id)
        _check_vote_links(db, meeting_id, vote, kind, {e.member_id for e in people})
        outcome = decide(kind, vote.votes_for, vote.against, vote.abstain,
                         [e.attendee for e in people], rules,
                         date.fromisoformat(meeting["held_on"]))
        store.insert_vote(db, meeting_id, {
            "id": new_id(), "item_id": vote.item_id, "decision_kind": kind,
            "question": clean_text(vote.question), "subject_member_id": vote.subject_member_id,
            "votes_for": vote.votes_for, "against": vote.against, "abstain": vote.abstain})
    return outcome


def _check_vote_links(db: Database, meeting_id: str, vote: VoteInput, kind: DecisionKind,
                      listed: set[str | None]) -> None:
    if not clean_text(vote.question):
        raise RuleViolation(message(QT_TRANSLATE_NOOP(
            "Votes", "A vote needs the question that was put to the meeting.")))
    if vote.item_id is not None:
        item = store.load_item(db, vote.item_id)
        if item is None or item["meeting_id"] != meeting_id:
            raise RuleViolation(message(QT_TRANSLATE_NOOP(
                "Meetings", "That agenda item belongs to another meeting.")))
    if vote.subject_member_id is None:
        if kind in MEMBER_DECISIONS:
            raise RuleViolation(message(QT_TRANSLATE_NOOP(
                "Votes", "A vote on a member's membership must name the member.")))
        return
    if vote.subject_member_id not in listed:
        raise RuleViolation(message(QT_TRANSLATE_NOOP(
            "Votes", "The member voted on is not on this meeting's attendance list.")))


def _editable_item(db: Database, item_id: str) -> Row:
    item = store.load_item(db, item_id)
    if item is None:
        raise RuleViolation(message(QT_TRANSLATE_NOOP(
            "Meetings", "There is no agenda item with id {id}."), id=item_id))
    editable_meeting(db, item["meeting_id"])
    return item


def _text(text: str) -> str:
    """Paragraphs kept, each cleaned."""
    return "\n".join(clean_text(line) for line in text.splitlines() if line.strip())
