"""Which event may be recorded next in a member's life, and why not.

:func:`check_new_event` refuses an event that breaks a rule, with a
RuleViolation naming the rule; :func:`valid_actions` lists the kinds of event
that make sense for a member today (the buttons the UI shows).

A check runs in three steps: the timeline (nothing after death, changes in
date order), what the member's status allows (table ``_REQUIREMENTS``, then
period checks such as probation), and the event's own details (age, level,
card number, badge years). :func:`valid_actions` runs the first two only.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from partydesk.domain import events as ev
from partydesk.domain.dates import add_months, format_date
from partydesk.domain.errors import RuleViolation
from partydesk.domain.events import EventKind, MemberEvent
from partydesk.domain.lifecycle_details import (
    CheckContext,
    check_details,
    check_posthumous_badge,
)
from partydesk.domain.member_rules import (
    HistoryRule,
    RuleKey,
    discipline_levels,
    in_force,
    int_rule,
    refuse,
)
from partydesk.domain.member_state import (
    EXITED_STATUSES,
    MemberState,
    MemberStatus,
    derive_state,
)
from partydesk.domain.messages import QT_TRANSLATE_NOOP
from partydesk.domain.rulebook import RuleBook

_CTX = "Lifecycle"

__all__ = ["CheckContext", "check_new_event", "valid_actions"]


def check_new_event(events: Iterable[MemberEvent], new_event: MemberEvent, rules: RuleBook,
                    context: CheckContext | None = None) -> None:
    """Raise RuleViolation (with ``rule`` set) if ``new_event`` may not be recorded."""
    context = context or CheckContext()
    history = ev.chronological(events)
    _check_timeline(history, new_event)
    state = _state_on(history, new_event.on, rules)
    _check_allowed(history, state, new_event.kind, new_event.on, rules, context)
    assert state is not None or new_event.kind is EventKind.ADMISSION_DECISION
    check_details(history, state, new_event, rules, context)


def valid_actions(events: Iterable[MemberEvent], today: date, rules: RuleBook, *,
                  context: CheckContext | None = None) -> list[EventKind]:
    """Kinds of event that may be recorded today (details such as age are checked later)."""
    context = context or CheckContext()
    history = ev.chronological(events)
    state = _state_on(history, today, rules)
    offered = []
    for kind in EventKind:
        try:
            _check_timeline(history, MemberEvent(kind, today))
            _check_allowed(history, state, kind, today, rules, context)
        except RuleViolation:
            continue
        offered.append(kind)
    return offered


def _state_on(history: Sequence[MemberEvent], on: date, rules: RuleBook) -> MemberState | None:
    if not history or history[0].on > on:
        return None
    return derive_state(history, on, rules)


def _check_timeline(history: Sequence[MemberEvent], new: MemberEvent) -> None:
    death = next((event for event in history if event.kind is EventKind.DEATH), None)
    if death and new.on >= death.on and new.kind is not EventKind.BADGE_AWARDED:
        refuse(_CTX, QT_TRANSLATE_NOOP(
            "Lifecycle", "This member died on {died}; nothing can be recorded from that date on, "
            "except a posthumous party badge."),
            rule=HistoryRule.AFTER_DEATH, died=format_date(death.on))
    changes = [event for event in history if event.kind not in ev.ANNOTATION_KINDS]
    if new.kind not in ev.ANNOTATION_KINDS and changes and new.on < changes[-1].on:
        refuse(_CTX, QT_TRANSLATE_NOOP(
            "Lifecycle", "{on} is before {last}, the date of the last change recorded for this "
            "member. Changes must be recorded in the order they happened."),
            rule=HistoryRule.DATE_ORDER, on=format_date(new.on), last=format_date(changes[-1].on))


@dataclass(frozen=True)
class _Requirement:
    holds: Callable[[MemberState], bool]
    text: str


def _current(state: MemberState) -> bool:
    return state.active


def _present_here(state: MemberState) -> bool:
    return state.active and not state.temporarily_away and not state.temporarily_attending


_ONLY_CURRENT = QT_TRANSLATE_NOOP(
    "Lifecycle", "This can only be recorded for a current member (probationary or official).")

_REQUIREMENTS: dict[EventKind, _Requirement] = {
    EventKind.ADMISSION_CEREMONY: _Requirement(
        lambda s: s.status is MemberStatus.PROBATIONARY and s.ceremony_on is None,
        QT_TRANSLATE_NOOP("Lifecycle", "The admission ceremony is held once, after the admission "
                          "decision or re-admission.")),
    EventKind.CONVERSION_OFFICIAL: _Requirement(
        lambda s: s.status is MemberStatus.PROBATIONARY,
        QT_TRANSLATE_NOOP("Lifecycle", "Only a probationary member can be converted to official.")),
    EventKind.TRANSFER_OUT_OFFICIAL: _Requirement(
        lambda s: s.active and not s.temporarily_attending,
        QT_TRANSLATE_NOOP("Lifecycle", "Only a member on this cell's register can be transferred "
                          "out.")),
    EventKind.TRANSFER_OUT_TEMPORARY: _Requirement(
        _present_here,
        QT_TRANSLATE_NOOP("Lifecycle", "Only a member on this cell's register who is not already "
                          "away can be transferred out temporarily.")),
    EventKind.TRANSFER_IN_OFFICIAL: _Requirement(
        lambda s: s.status is MemberStatus.TRANSFERRED_OUT,
        QT_TRANSLATE_NOOP("Lifecycle", "Only a member whose official transfer out has been "
                          "recorded can be received by official transfer.")),
    EventKind.TRANSFER_IN_TEMPORARY: _Requirement(
        _present_here,
        QT_TRANSLATE_NOOP("Lifecycle", "Only a current member who is neither away nor already "
                          "attending temporarily can be received temporarily.")),
    EventKind.RETURN_FROM_TEMPORARY: _Requirement(
        lambda s: s.active and (s.temporarily_away or s.temporarily_attending),
        QT_TRANSLATE_NOOP("Lifecycle", "Only a member temporarily transferred out or attending "
                          "temporarily can return.")),
    EventKind.EXEMPTION_START: _Requirement(
        lambda s: s.active and not s.exempt,
        QT_TRANSLATE_NOOP("Lifecycle", "Only a current member who is not already exempted can be "
                          "exempted from work and activity.")),
    EventKind.EXEMPTION_END: _Requirement(
        lambda s: s.active and s.exempt,
        QT_TRANSLATE_NOOP("Lifecycle", "Only an exempted member can have the exemption ended.")),
    EventKind.DISCIPLINE: _Requirement(_current, _ONLY_CURRENT),
    EventKind.EXPULSION: _Requirement(_current, _ONLY_CURRENT),
    EventKind.REMOVAL: _Requirement(_current, _ONLY_CURRENT),
    EventKind.LEFT_PARTY: _Requirement(_current, _ONLY_CURRENT),
    EventKind.DEATH: _Requirement(_current, _ONLY_CURRENT),
    EventKind.YEARLY_GRADING: _Requirement(_current, _ONLY_CURRENT),
    EventKind.READMISSION: _Requirement(
        lambda s: s.status in EXITED_STATUSES,
        QT_TRANSLATE_NOOP("Lifecycle", "Only a person removed, expelled or who left the party can "
                          "be re-admitted.")),
    EventKind.CARD_ISSUED: _Requirement(
        lambda s: s.status is MemberStatus.OFFICIAL,
        QT_TRANSLATE_NOOP("Lifecycle", "A party card is issued to an official member.")),
    EventKind.BADGE_AWARDED: _Requirement(
        lambda s: s.status in (MemberStatus.OFFICIAL, MemberStatus.DECEASED),
        QT_TRANSLATE_NOOP("Lifecycle", "A party badge is awarded to an official member, or "
                          "posthumously.")),
}


def _check_allowed(history: Sequence[MemberEvent], state: MemberState | None, kind: EventKind,
                   on: date, rules: RuleBook, context: CheckContext) -> None:
    if kind is EventKind.ADMISSION_DECISION:
        if history:
            refuse(_CTX, QT_TRANSLATE_NOOP(
                "Lifecycle", "This member already has an admission decision; a person who left the "
                "party comes back by re-admission."), rule=HistoryRule.ADMISSION_ONCE)
        return
    if state is None:
        refuse(_CTX, QT_TRANSLATE_NOOP(
            "Lifecycle", "Nothing can be recorded before the admission decision."),
            rule=HistoryRule.STATUS)
    requirement = _REQUIREMENTS[kind]
    if not requirement.holds(state):
        refuse(_CTX, requirement.text, rule=HistoryRule.STATUS)
    period_check = _PERIOD_CHECKS.get(kind)
    if period_check is not None:
        period_check(state, on, rules, context)


def _check_ceremony_deadline(state: MemberState, on: date, rules: RuleBook,
                             context: CheckContext) -> None:
    if not in_force(rules, RuleKey.CEREMONY_WORKING_DAYS, state.admitted_on):
        return
    if state.ceremony_deadline is not None and on > state.ceremony_deadline:
        refuse(_CTX, QT_TRANSLATE_NOOP(
            "Lifecycle", "The admission ceremony must be held within {days} working days of the "
            "decision of {decided}, that is by {deadline}."),
            rule=RuleKey.CEREMONY_WORKING_DAYS, decided=format_date(state.admitted_on),
            days=int_rule(rules, RuleKey.CEREMONY_WORKING_DAYS, state.admitted_on),
            deadline=format_date(state.ceremony_deadline))


def _check_probation_served(state: MemberState, on: date, rules: RuleBook,
                            context: CheckContext) -> None:
    if state.ceremony_on is None or state.probation_ends_on is None:
        refuse(_CTX, QT_TRANSLATE_NOOP(
            "Lifecycle",
            "Record the admission ceremony first: probation counts from the ceremony."),
            rule=HistoryRule.CEREMONY_FIRST)
    if in_force(rules, RuleKey.PROBATION_MONTHS, state.ceremony_on) and (
            on < state.probation_ends_on):
        refuse(_CTX, QT_TRANSLATE_NOOP(
            "Lifecycle", "Probation lasts {months} months from the admission ceremony of "
            "{ceremony}; conversion is possible from {ends}."),
            rule=RuleKey.PROBATION_MONTHS, ceremony=format_date(state.ceremony_on),
            months=int_rule(rules, RuleKey.PROBATION_MONTHS, state.ceremony_on),
            ends=format_date(state.probation_ends_on))


def _check_time_out_of_party(state: MemberState, on: date, rules: RuleBook,
                             context: CheckContext) -> None:
    assert state.exited_on is not None
    if not in_force(rules, RuleKey.READMISSION_MIN_MONTHS_OUT, on):
        return
    months = int_rule(rules, RuleKey.READMISSION_MIN_MONTHS_OUT, on)
    earliest = add_months(state.exited_on, months)
    if on < earliest:
        refuse(_CTX, QT_TRANSLATE_NOOP(
            "Lifecycle", "Re-admission is possible {months} months after leaving the party on "
            "{left}, that is from {earliest}."),
            rule=RuleKey.READMISSION_MIN_MONTHS_OUT, months=months,
            left=format_date(state.exited_on), earliest=format_date(earliest))


def _check_expulsion_allowed(state: MemberState, on: date, rules: RuleBook,
                             context: CheckContext) -> None:
    official = state.status is MemberStatus.OFFICIAL
    key = RuleKey.DISCIPLINE_OFFICIAL if official else RuleKey.DISCIPLINE_PROBATIONARY
    if not in_force(rules, key, on):
        return
    if ev.DisciplineLevel.EXPULSION not in discipline_levels(rules, on, official):
        refuse(_CTX, QT_TRANSLATE_NOOP(
            "Lifecycle", "A probationary member can only be reprimanded or warned, not expelled. "
            "An unfit probationer is removed from the list."),
            rule=RuleKey.DISCIPLINE_PROBATIONARY)


def _check_badge_due(state: MemberState, on: date, rules: RuleBook,
                     context: CheckContext) -> None:
    if state.status is MemberStatus.DECEASED:
        check_posthumous_badge(state, None, rules)
        return
    badge = state.next_badge
    if badge is None:
        refuse(_CTX, QT_TRANSLATE_NOOP(
            "Lifecycle", "No further party badge is due for this member."),
            rule=RuleKey.BADGE_YEARS)
    earliest = badge.early_from if context.gravely_ill else badge.due_on
    if on < earliest:
        refuse(_CTX, QT_TRANSLATE_NOOP(
            "Lifecycle", "No party badge is due on {on}: the {years}-year badge is due on {due}."),
            rule=RuleKey.BADGE_EARLY_MONTHS_GRAVELY_ILL if context.gravely_ill
            else RuleKey.BADGE_YEARS, on=format_date(on), years=badge.years,
            due=format_date(badge.due_on))


_PeriodCheck = Callable[[MemberState, date, RuleBook, CheckContext], None]

_PERIOD_CHECKS: dict[EventKind, _PeriodCheck] = {
    EventKind.ADMISSION_CEREMONY: _check_ceremony_deadline,
    EventKind.CONVERSION_OFFICIAL: _check_probation_served,
    EventKind.READMISSION: _check_time_out_of_party,
    EventKind.EXPULSION: _check_expulsion_allowed,
    EventKind.BADGE_AWARDED: _check_badge_due,
}
