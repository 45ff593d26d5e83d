"""Membership rule values, read from the rule book as of a date, and their names.

:class:`RuleKey` names values that live in ``resources/rules/membership.toml``;
:class:`HistoryRule` names rules of logic (order of events, status) that have
no number to look up. Both appear as ``RuleViolation.rule`` when an event is
refused, so the UI and the audit log can say which rule stopped it.
"""

from __future__ import annotations

from datetime import date
from typing import Any, NoReturn

from partydesk.domain.dates import add_months, format_date, whole_months_between
from partydesk.domain.errors import RuleViolation
from partydesk.domain.events import DisciplineLevel
from partydesk.domain.messages import QT_TRANSLATE_NOOP, message
from partydesk.domain.rulebook import RuleBook, UnknownRule


class RuleKey:
    """Keys of rule values the domain reads; each must exist in the shipped rule files."""

    PROBATION_MONTHS = "probation.months"
    CONVERSION_REVIEW_WORKING_DAYS = "conversion.review_working_days"
    MIN_AGE_MONTHS = "admission.min_age_months"
    MAX_AGE_MONTHS = "admission.max_age_months"
    CEREMONY_WORKING_DAYS = "admission.ceremony_working_days"
    SPONSORS_REQUIRED = "admission.sponsors_required"
    SPONSORS_REQUIRED_YOUTH_UNION = "admission.sponsors_required_youth_union"
    SPONSOR_MONTHS_TOGETHER = "admission.sponsor_months_together"
    CERTIFICATE_VALID_MONTHS = "awareness_certificate.valid_months"
    READMISSION_MIN_MONTHS_OUT = "readmission.min_months_out"
    DISCIPLINE_PROBATIONARY = "discipline.levels.probationary"
    DISCIPLINE_OFFICIAL = "discipline.levels.official"
    BADGE_YEARS = "badge.years"
    BADGE_POSTHUMOUS_MIN_YEARS = "badge.posthumous_min_party_age_years"
    BADGE_EARLY_MONTHS_GRAVELY_ILL = "badge.early_months_gravely_ill"
    TRANSFER_START_WORKING_DAYS = "transfer.start_working_days"
    TRANSFER_PRESENT_WORKING_DAYS = "transfer.present_working_days"


class HistoryRule:
    """Rules of logic about a member's history; no value to look up."""

    STATUS = "history.status"
    DATE_ORDER = "history.date_order"
    AFTER_DEATH = "history.after_death"
    ADMISSION_ONCE = "history.admission_once"
    CEREMONY_FIRST = "history.ceremony_first"
    EXPULSION_IS_OWN_EVENT = "discipline.expulsion_is_own_event"
    CARD_NUMBER_REQUIRED = "card.number_required"
    CARD_UNIQUE = "card.unique"
    BADGE_ONCE = "badge.once"
    GRADING_ONCE = "grading.once"
    GRADING_YEAR = "grading.year"


def all_rule_keys() -> tuple[str, ...]:
    return tuple(value for name, value in vars(RuleKey).items() if name.isupper())


def refuse(context: str, text: str, rule: str, **params: Any) -> NoReturn:
    """Raise a RuleViolation; ``text`` must be wrapped in QT_TRANSLATE_NOOP by the caller."""
    raise RuleViolation(message(context, text, **params), rule=rule)


def rule_value(rules: RuleBook, key: str, on: date) -> Any:
    """The value in force on ``on``; before the first recorded version, that first version.

    The register holds members admitted decades before the oldest version in
    the rule files, and their dates (probation end, badges) must still be
    derived. Refusals use :func:`in_force` first: an event is refused only by a
    rule known to have been in force on its date.
    """
    if not in_force(rules, key, on):
        return rules.history(key)[0].value
    return rules.value(key, on)


def in_force(rules: RuleBook, key: str, on: date) -> bool:
    """Whether a version of the rule was in force on ``on`` (UnknownRule if the key is unknown)."""
    versions = rules.history(key)
    if not versions:
        raise UnknownRule(key)
    return versions[0].effective <= on


def int_rule(rules: RuleBook, key: str, on: date) -> int:
    return int(rule_value(rules, key, on))


def probation_ends_on(ceremony_on: date, rules: RuleBook) -> date:
    return add_months(ceremony_on, int_rule(rules, RuleKey.PROBATION_MONTHS, ceremony_on))


def badge_years(rules: RuleBook, on: date) -> tuple[int, ...]:
    return tuple(sorted(int(years) for years in rule_value(rules, RuleKey.BADGE_YEARS, on)))


def discipline_levels(rules: RuleBook, on: date, official: bool) -> frozenset[DisciplineLevel]:
    key = RuleKey.DISCIPLINE_OFFICIAL if official else RuleKey.DISCIPLINE_PROBATIONARY
    return frozenset(DisciplineLevel(level) for level in rule_value(rules, key, on))


def age_in_months(birth_date: date, on: date) -> int:
    return whole_months_between(birth_date, on)


def check_admission_age(birth_date: date | None, on: date, rules: RuleBook) -> None:
    """Refuse admission outside the age range, counted in whole months on ``on``.

    A limit not yet in force on ``on`` is not applied (old admissions entered late).
    """
    enforce_min = in_force(rules, RuleKey.MIN_AGE_MONTHS, on)
    enforce_max = in_force(rules, RuleKey.MAX_AGE_MONTHS, on)
    if not (enforce_min or enforce_max):
        return
    min_months = int_rule(rules, RuleKey.MIN_AGE_MONTHS, on)
    max_months = int_rule(rules, RuleKey.MAX_AGE_MONTHS, on)
    limits = {"min_years": min_months // 12, "max_years": max_months // 12}
    if birth_date is None:
        refuse("Admission", QT_TRANSLATE_NOOP(
            "Admission",
            "The date of birth is needed to check the admission age "
            "({min_years} to {max_years} years, counted in months)."),
            rule=RuleKey.MIN_AGE_MONTHS, **limits)
    age = age_in_months(birth_date, on)
    shown = {"years": age // 12, "months": age % 12, "on": format_date(on), **limits}
    if enforce_min and age < min_months:
        refuse("Admission", QT_TRANSLATE_NOOP(
            "Admission",
            "On {on} the person is {years} years {months} months old; "
            "admission needs at least {min_years} years."),
            rule=RuleKey.MIN_AGE_MONTHS, **shown)
    if enforce_max and age > max_months:
        refuse("Admission", QT_TRANSLATE_NOOP(
            "Admission",
            "On {on} the person is {years} years {months} months old; admission is possible "
            "up to {max_years} years (older needs a decision of the higher committee)."),
            rule=RuleKey.MAX_AGE_MONTHS, **shown)
