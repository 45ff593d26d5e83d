"""Discipline beyond its level: why, by whose decision, and the dates that follow.

A discipline event carries, besides its level, the reason, the decision's number and
date and the body that decided (the cell, the cell committee, the higher committee).
The member may appeal within a period counted from the decision (a rule value, 30 days
today); the cell sees that deadline as a reminder. Discipline is not considered while a
member is pregnant, nursing a child under 12 months, or in hospital: such a deferral is
recorded with the day it ends, and the case comes back as a reminder then.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from partydesk.domain.events import EventKind, MemberEvent
from partydesk.domain.messages import QT_TRANSLATE_NOOP, Translatable
from partydesk.domain.rulebook import RuleBook

REASON = "reason"
DECISION_NUMBER = "decision_number"
DECIDED_ON = "decided_on"          # ISO date of the decision (the event's date if absent)
DECIDING_BODY = "deciding_body"

APPEAL_DAYS = "discipline.appeal_days"
DEFERRAL_CASES = "discipline.deferral_cases"


class DecidingBody(StrEnum):
    CELL = "cell"
    CELL_COMMITTEE = "cell_committee"
    HIGHER_COMMITTEE = "higher_committee"


DECIDING_BODY_NAMES: dict[DecidingBody, Translatable] = {
    DecidingBody.CELL: QT_TRANSLATE_NOOP("Discipline", "The cell (cell meeting)"),
    DecidingBody.CELL_COMMITTEE: QT_TRANSLATE_NOOP("Discipline", "The cell committee"),
    DecidingBody.HIGHER_COMMITTEE: QT_TRANSLATE_NOOP("Discipline", "The higher committee"),
}

DEFERRAL_NAMES: dict[str, Translatable] = {
    "pregnancy": QT_TRANSLATE_NOOP("Discipline", "pregnancy"),
    "nursing_child_under_12_months": QT_TRANSLATE_NOOP(
        "Discipline", "nursing a child under 12 months"),
    "hospital": QT_TRANSLATE_NOOP("Discipline", "in hospital"),
}


@dataclass(frozen=True)
class DisciplineDecision:
    """The details of one discipline event, as the register shows them."""

    level: str
    on: date
    reason: str
    decision_number: str
    decided_on: date
    deciding_body: str


def decision_of(event: MemberEvent) -> DisciplineDecision:
    details = event.details
    decided = details.get(DECIDED_ON)
    return DisciplineDecision(
        level=str(details.get("level", "")), on=event.on,
        reason=str(details.get(REASON, "")),
        decision_number=str(details.get(DECISION_NUMBER, "")),
        decided_on=date.fromisoformat(decided) if decided else event.on,
        deciding_body=str(details.get(DECIDING_BODY, "")))


def discipline_details(reason: str, decision_number: str, decided_on: date,
                       deciding_body: DecidingBody | str) -> dict[str, str]:
    return {REASON: reason.strip(), DECISION_NUMBER: decision_number.strip(),
            DECIDED_ON: decided_on.isoformat(), DECIDING_BODY: DecidingBody(deciding_body).value}


def appeal_deadline(event: MemberEvent, rules: RuleBook) -> date:
    """The last day the member may appeal the decision."""
    decided = decision_of(event).decided_on
    return decided + timedelta(days=int(rules.value(APPEAL_DAYS, decided)))


def appeals_open(events: list[MemberEvent], today: date, rules: RuleBook) -> list[
        tuple[MemberEvent, date]]:
    """Discipline decisions of one member whose appeal period still runs on ``today``."""
    found = []
    for event in events:
        if event.kind is EventKind.DISCIPLINE:
            deadline = appeal_deadline(event, rules)
            if event.on <= today <= deadline:
                found.append((event, deadline))
    return found


def deferral_cases(rules: RuleBook, on: date) -> list[str]:
    return list(rules.value(DEFERRAL_CASES, on))


@dataclass(frozen=True)
class Deferral:
    """Discipline of a member not considered yet, for ``case``, until ``until``."""

    id: str
    member_id: str
    case: str
    since: date
    until: date
    note: str = ""


def deferral_still_open(deferral: Deferral, events: list[MemberEvent]) -> bool:
    """A deferral ends when a discipline is decided after it began."""
    return not any(e.kind is EventKind.DISCIPLINE and e.on >= deferral.since for e in events)


def decision_event(on: date, level: str, reason: str, decision_number: str,
                   decided_on: date | None, deciding_body: DecidingBody | str) -> MemberEvent:
    """A discipline event with its decision; refused if the decision is incomplete."""
    from partydesk.domain.errors import RuleViolation
    from partydesk.domain.messages import message

    if not reason.strip() or not decision_number.strip() or decided_on is None:
        raise RuleViolation(message(QT_TRANSLATE_NOOP(
            "Discipline", "A discipline needs its reason, the decision's number and date, "
            "and who decided it.")))
    if decided_on > on:
        raise RuleViolation(message(QT_TRANSLATE_NOOP(
            "Discipline", "The decision cannot be dated after the discipline takes effect.")))
    details = {"level": level, **discipline_details(reason, decision_number, decided_on,
                                                    deciding_body)}
    return MemberEvent(EventKind.DISCIPLINE, on, details)
