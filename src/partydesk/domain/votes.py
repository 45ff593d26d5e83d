"""Votes at a cell meeting: who counts, how many are needed, did it pass.

The denominator (Quy định 24-QĐ/TW, điểm 9.3.2) is the official members
summoned, leaving out those temporarily transferred to another cell, exempted
members who are absent (they count if present), suspended members, members
under prosecution or in custody, and members excused for the whole meeting.
Probationers attend but never vote and never count.

Members attending temporarily from another cell do not count here either: they
are on their home cell's register and count there, so counting them here too
would count one member in two cells.

Each kind of decision has its threshold in the rule files
(``votes.threshold.<kind>``), as a fraction with a strictness flag:
"more than 1/2" or "at least 2/3".
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from partydesk.domain.attendance import Attendee, Membership, Standing
from partydesk.domain.errors import RuleViolation
from partydesk.domain.messages import QT_TRANSLATE_NOOP, Message, message
from partydesk.domain.rulebook import RuleBook, RuleValue


class DecisionKind(StrEnum):
    ORDINARY = "ordinary"
    ADMISSION = "admission"
    CONVERSION_OFFICIAL = "conversion_official"
    REMOVAL_PROBATIONARY = "removal_probationary"
    REMOVAL_OFFICIAL = "removal_official"
    DISCIPLINE = "discipline"
    EXPULSION = "expulsion"
    GRADING = "grading"
    ELECTION = "election"


def threshold_rule_key(kind: DecisionKind) -> str:
    return f"votes.threshold.{kind.value}"


@dataclass(frozen=True)
class Threshold:
    """``strict``: more than numerator/denominator; otherwise at least that share."""

    numerator: int
    denominator: int
    strict: bool

    def __post_init__(self) -> None:
        if not 0 < self.numerator <= self.denominator:
            raise ValueError(f"a vote threshold must be a fraction in (0, 1], not {self}")

    @classmethod
    def from_rule(cls, value: Mapping[str, object]) -> Threshold:
        return cls(int(value["numerator"]), int(value["denominator"]), bool(value["strict"]))

    @property
    def fraction(self) -> str:
        return f"{self.numerator}/{self.denominator}"

    def votes_needed(self, voters: int) -> int:
        """The fewest 'for' votes that meet the threshold among ``voters``."""
        share = voters * self.numerator
        if self.strict:
            return share // self.denominator + 1
        return -(-share // self.denominator)

    def text(self) -> Message:
        if self.strict:
            return message(QT_TRANSLATE_NOOP("Votes", "more than {fraction}"),
                           fraction=self.fraction)
        return message(QT_TRANSLATE_NOOP("Votes", "at least {fraction}"),
                       fraction=self.fraction)


def threshold_for(kind: DecisionKind, rules: RuleBook, on: date) -> tuple[Threshold, RuleValue]:
    rule = rules.rule(threshold_rule_key(kind), on)
    return Threshold.from_rule(rule.value), rule


def counts_in_denominator(attendee: Attendee) -> bool:
    if attendee.membership is not Membership.OFFICIAL:
        return False
    if attendee.standing is Standing.ACTIVE:
        return True
    if attendee.standing is Standing.EXEMPT:
        return attendee.is_present
    return False


def vote_denominator(attendees: Iterable[Attendee]) -> int:
    return sum(1 for a in attendees if counts_in_denominator(a))


def voters_present(attendees: Iterable[Attendee]) -> int:
    """Members who may cast a vote at this meeting: in the denominator and present."""
    return sum(1 for a in attendees if counts_in_denominator(a) and a.is_present)


@dataclass(frozen=True)
class VoteOutcome:
    kind: DecisionKind
    votes_for: int
    against: int
    abstain: int
    denominator: int
    needed: int
    threshold: Threshold
    rule: RuleValue
    """The rule applied, for citing its source next to the result."""

    @property
    def passed(self) -> bool:
        return self.votes_for >= self.needed

    @property
    def threshold_text(self) -> Message:
        return self.threshold.text()

    @property
    def explanation(self) -> Message:
        template = _EXPLANATIONS[self.passed, self.threshold.strict]
        return message("Votes", template, votes_for=self.votes_for, voters=self.denominator,
                       fraction=self.threshold.fraction, needed=self.needed)


_EXPLANATIONS = {
    (True, True): QT_TRANSLATE_NOOP(
        "Votes", "passed: {votes_for} of {voters} official members voted for, "
                 "more than {fraction} needed ({needed})"),
    (True, False): QT_TRANSLATE_NOOP(
        "Votes", "passed: {votes_for} of {voters} official members voted for, "
                 "at least {fraction} needed ({needed})"),
    (False, True): QT_TRANSLATE_NOOP(
        "Votes", "not passed: {votes_for} of {voters} official members voted for, "
                 "more than {fraction} needed ({needed})"),
    (False, False): QT_TRANSLATE_NOOP(
        "Votes", "not passed: {votes_for} of {voters} official members voted for, "
                 "at least {fraction} needed ({needed})"),
}


def decide(kind: DecisionKind, for_: int, against: int, abstain: int,
           attendees: Iterable[Attendee], rules: RuleBook, on: date) -> VoteOutcome:
    """Judge a vote by the rule in force on ``on``; refuse counts that cannot be."""
    people = list(attendees)
    denominator = vote_denominator(people)
    _check_counts(for_, against, abstain, denominator, voters_present(people))
    threshold, rule = threshold_for(kind, rules, on)
    return VoteOutcome(kind=kind, votes_for=for_, against=against, abstain=abstain,
                       denominator=denominator, needed=threshold.votes_needed(denominator),
                       threshold=threshold, rule=rule)


def _check_counts(for_: int, against: int, abstain: int, denominator: int, present: int) -> None:
    if min(for_, against, abstain) < 0:
        raise RuleViolation(message(QT_TRANSLATE_NOOP(
            "Votes", "Vote counts cannot be negative.")))
    if denominator == 0:
        raise RuleViolation(message(QT_TRANSLATE_NOOP(
            "Votes", "No official member can vote at this meeting, so nothing can be decided.")))
    cast = for_ + against + abstain
    if cast > present:
        raise RuleViolation(message(QT_TRANSLATE_NOOP(
            "Votes", "{cast} votes recorded, but only {present} official members "
                     "present may vote."), cast=cast, present=present))


_DECISION_LABELS = {
    DecisionKind.ORDINARY: QT_TRANSLATE_NOOP("Votes", "Decision"),
    DecisionKind.ADMISSION: QT_TRANSLATE_NOOP("Votes", "Admission"),
    DecisionKind.CONVERSION_OFFICIAL: QT_TRANSLATE_NOOP("Votes", "Conversion to official"),
    DecisionKind.REMOVAL_PROBATIONARY: QT_TRANSLATE_NOOP(
        "Votes", "Removal of a probationary member"),
    DecisionKind.REMOVAL_OFFICIAL: QT_TRANSLATE_NOOP("Votes", "Removal from the list"),
    DecisionKind.DISCIPLINE: QT_TRANSLATE_NOOP("Votes", "Discipline"),
    DecisionKind.EXPULSION: QT_TRANSLATE_NOOP("Votes", "Expulsion"),
    DecisionKind.GRADING: QT_TRANSLATE_NOOP("Votes", "Quality grading"),
    DecisionKind.ELECTION: QT_TRANSLATE_NOOP("Votes", "Election"),
}


def decision_label(kind: DecisionKind | str) -> Message:
    """The name of a kind of decision, for the minutes."""
    return message(_DECISION_LABELS[DecisionKind(kind)])
