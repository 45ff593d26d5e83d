"""Items and votes of the minutes, as read back: each vote judged with its explanation."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from partydesk.domain.attendance import Attendee
from partydesk.domain.errors import RuleViolation
from partydesk.domain.messages import Message
from partydesk.domain.rulebook import RuleBook
from partydesk.domain.votes import DecisionKind, VoteOutcome, decision_label
from partydesk.services.meetings.lookup import decide_vote


@dataclass(frozen=True)
class SpeechView:
    speaker_name: str
    speaker_member_id: str | None
    text: str


@dataclass(frozen=True)
class VoteView:
    id: str
    item_id: str | None
    kind: DecisionKind
    kind_label: Message
    question: str
    subject_member_id: str | None
    subject_name: str | None
    votes_for: int
    against: int
    abstain: int
    outcome: VoteOutcome | None
    """None when the counts no longer fit the attendance (only possible in a draft)."""
    explanation: Message
    """"passed: 9 of 12 official members voted for, more than 1/2 needed (7)", or why
    the vote cannot be judged."""

    @property
    def passed(self) -> bool:
        return self.outcome is not None and self.outcome.passed


@dataclass(frozen=True)
class ItemView:
    id: str
    position: int
    title: str
    conclusion: str
    speeches: tuple[SpeechView, ...]
    votes: tuple[VoteView, ...]


def vote_views(rows: Sequence[Mapping[str, Any]], people: Sequence[Attendee],
               rules: RuleBook, on: date) -> list[VoteView]:
    views = []
    for row in rows:
        outcome: VoteOutcome | None
        try:
            outcome = decide_vote(row, people, rules, on)
            explanation = outcome.explanation
        except RuleViolation as refused:
            outcome, explanation = None, refused.message
        kind = DecisionKind(row["decision_kind"])
        views.append(VoteView(
            id=row["id"], item_id=row["item_id"], kind=kind, kind_label=decision_label(kind),
            question=row["question"], subject_member_id=row["subject_member_id"],
            subject_name=row["subject_name"], votes_for=row["votes_for"],
            against=row["against"], abstain=row["abstain"], outcome=outcome,
            explanation=explanation))
    return views


def item_views(items: Sequence[Mapping[str, Any]], speeches: Sequence[Mapping[str, Any]],
               votes: Sequence[VoteView]) -> tuple[ItemView, ...]:
    return tuple(ItemView(
        id=item["id"], position=item["position"], title=item["title"],
        conclusion=item["conclusion"],
        speeches=tuple(SpeechView(s["speaker_name"], s["speaker_member_id"], s["text"])
                       for s in speeches if s["item_id"] == item["id"]),
        votes=tuple(v for v in votes if v.item_id == item["id"]))
        for item in items)
