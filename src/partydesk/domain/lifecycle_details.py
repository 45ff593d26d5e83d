"""Checks of an event's own details: admission age, discipline level, card, badge, grading.

Called by :func:`partydesk.domain.lifecycle.check_new_event` once the timeline
and the member's status allow the kind of event.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date

from partydesk.domain import events as ev
from partydesk.domain.dates import format_date
from partydesk.domain.events import DisciplineLevel, EventKind, MemberEvent
from partydesk.domain.member_rules import (
    HistoryRule,
    RuleKey,
    badge_years,
    check_admission_age,
    discipline_levels,
    in_force,
    int_rule,
    refuse,
)
from partydesk.domain.member_state import MemberState, MemberStatus
from partydesk.domain.messages import QT_TRANSLATE_NOOP
from partydesk.domain.rulebook import RuleBook

_CTX = "Lifecycle"


@dataclass(frozen=True)
class CheckContext:
    """Facts from outside the member's events that some checks need."""

    birth_date: date | None = None
    card_numbers_of_others: frozenset[str] = frozenset()
    gravely_ill: bool = False  # allows a badge up to 12 months early


def check_details(history: Sequence[MemberEvent], state: MemberState | None, new: MemberEvent,
                  rules: RuleBook, context: CheckContext) -> None:
    checker = _DETAIL_CHECKS.get(new.kind)
    if checker is not None:
        checker(history, state, new, rules, context)


def _check_age(history: Sequence[MemberEvent], state: MemberState | None, new: MemberEvent,
               rules: RuleBook, context: CheckContext) -> None:
    check_admission_age(context.birth_date, new.on, rules)


def _check_discipline_level(history: Sequence[MemberEvent], state: MemberState | None,
                            new: MemberEvent, rules: RuleBook, context: CheckContext) -> None:
    assert state is not None
    level = ev.discipline_level(new)
    if level is DisciplineLevel.EXPULSION:
        refuse(_CTX, QT_TRANSLATE_NOOP(
            "Lifecycle", "Expulsion is recorded as its own event, not as a discipline level."),
            rule=HistoryRule.EXPULSION_IS_OWN_EVENT)
    official = state.status is MemberStatus.OFFICIAL
    key = RuleKey.DISCIPLINE_OFFICIAL if official else RuleKey.DISCIPLINE_PROBATIONARY
    if in_force(rules, key, new.on) and level not in discipline_levels(rules, new.on, official):
        refuse(_CTX, QT_TRANSLATE_NOOP(
            "Lifecycle", "A probationary member can only be reprimanded or warned."),
            rule=key)


def _check_card_number(history: Sequence[MemberEvent], state: MemberState | None,
                       new: MemberEvent, rules: RuleBook, context: CheckContext) -> None:
    number = ev.card_number(new)
    if not number:
        refuse(_CTX, QT_TRANSLATE_NOOP("Lifecycle", "Enter the party card number."),
               rule=HistoryRule.CARD_NUMBER_REQUIRED)
    if number in context.card_numbers_of_others:
        refuse(_CTX, QT_TRANSLATE_NOOP(
            "Lifecycle", "Party card number {number} already belongs to another member."),
            rule=HistoryRule.CARD_UNIQUE, number=number)


def _check_badge(history: Sequence[MemberEvent], state: MemberState | None, new: MemberEvent,
                 rules: RuleBook, context: CheckContext) -> None:
    assert state is not None
    years = ev.badge_years(new)
    if not in_force(rules, RuleKey.BADGE_YEARS, new.on):
        return
    if years not in badge_years(rules, new.on):
        refuse(_CTX, QT_TRANSLATE_NOOP("Lifecycle", "There is no {years}-year party badge."),
               rule=RuleKey.BADGE_YEARS, years=years)
    awarded = [ev.badge_years(e) for e in history if e.kind is EventKind.BADGE_AWARDED]
    if awarded and max(awarded) >= years:
        refuse(_CTX, QT_TRANSLATE_NOOP(
            "Lifecycle", "This member already has the {awarded}-year party badge."),
            rule=HistoryRule.BADGE_ONCE, awarded=max(awarded))
    if state.status is MemberStatus.DECEASED:
        check_posthumous_badge(state, years, rules)
    else:
        _check_badge_party_age(state, years, new.on, rules, context)


def check_posthumous_badge(state: MemberState, years: int | None, rules: RuleBook) -> None:
    """Refuse a posthumous badge (of ``years``, or any if None) the member cannot have."""
    badge = state.next_badge
    if badge is None or not badge.posthumous or years not in (None, badge.years):
        assert state.died_on is not None
        refuse(_CTX, QT_TRANSLATE_NOOP(
            "Lifecycle", "Posthumously only the {first}-year party badge is awarded, to a member "
            "who died with at least {min_years} years of party age."),
            rule=RuleKey.BADGE_POSTHUMOUS_MIN_YEARS,
            first=badge_years(rules, state.died_on)[0],
            min_years=int_rule(rules, RuleKey.BADGE_POSTHUMOUS_MIN_YEARS, state.died_on))


def _check_badge_party_age(state: MemberState, years: int, on: date, rules: RuleBook,
                           context: CheckContext) -> None:
    early = int_rule(rules, RuleKey.BADGE_EARLY_MONTHS_GRAVELY_ILL, on)
    needed = years * 12 - (early if context.gravely_ill else 0)
    if state.party_age.total_months < needed:
        refuse(_CTX, QT_TRANSLATE_NOOP(
            "Lifecycle", "On {on} the party age is {age_years} years {age_months} months; the "
            "{years}-year badge needs {years} years (up to {early} months less for a gravely "
            "ill member)."),
            rule=RuleKey.BADGE_EARLY_MONTHS_GRAVELY_ILL if context.gravely_ill
            else RuleKey.BADGE_YEARS,
            on=format_date(on), age_years=state.party_age.years,
            age_months=state.party_age.months, years=years, early=early)


def _check_grading(history: Sequence[MemberEvent], state: MemberState | None, new: MemberEvent,
                   rules: RuleBook, context: CheckContext) -> None:
    assert state is not None
    year = ev.grading_year(new)
    ev.grading_level(new)  # a bad level is a bug of the caller: ValueError
    if not state.admitted_on.year <= year <= new.on.year:
        refuse(_CTX, QT_TRANSLATE_NOOP(
            "Lifecycle", "A grading for {year} cannot be recorded on {on}: the year must be "
            "between the admission year {admitted} and the year of the record."),
            rule=HistoryRule.GRADING_YEAR, year=year, on=format_date(new.on),
            admitted=state.admitted_on.year)
    graded = {ev.grading_year(e) for e in history if e.kind is EventKind.YEARLY_GRADING}
    if year in graded:
        refuse(_CTX, QT_TRANSLATE_NOOP(
            "Lifecycle", "This member already has a grading for {year}."),
            rule=HistoryRule.GRADING_ONCE, year=year)


_DetailCheck = Callable[
    [Sequence[MemberEvent], MemberState | None, MemberEvent, RuleBook, CheckContext], None]

_DETAIL_CHECKS: dict[EventKind, _DetailCheck] = {
    EventKind.ADMISSION_DECISION: _check_age,
    EventKind.READMISSION: _check_age,
    EventKind.DISCIPLINE: _check_discipline_level,
    EventKind.CARD_ISSUED: _check_card_number,
    EventKind.BADGE_AWARDED: _check_badge,
    EventKind.YEARLY_GRADING: _check_grading,
}
