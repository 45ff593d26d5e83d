"""What the overview reminds the secretary of: conversions, ceremonies, badges, certificates.

Every helper takes the histories as a mapping from member id to events and
returns reminders sorted by the date that matters, soonest first.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from partydesk.domain.candidates import Candidate
from partydesk.domain.dates import add_months
from partydesk.domain.events import MemberEvent
from partydesk.domain.member_rules import badge_years
from partydesk.domain.member_state import (
    DateWindow,
    MemberState,
    MemberStatus,
    NextBadge,
    derive_state,
)
from partydesk.domain.rulebook import RuleBook

Histories = Mapping[str, Sequence[MemberEvent]]


@dataclass(frozen=True)
class ConversionReminder:
    member_id: str
    probation_ends_on: date
    window: DateWindow  # the cell considers conversion within it
    overdue: bool


@dataclass(frozen=True)
class CeremonyReminder:
    member_id: str
    decided_on: date
    deadline: date
    overdue: bool


@dataclass(frozen=True)
class BadgeReminder:
    member_id: str
    badge: NextBadge
    overdue: bool


@dataclass(frozen=True)
class CertificateReminder:
    candidate: Candidate
    expires_on: date
    expired: bool


def _states(histories: Histories, today: date,
            rules: RuleBook) -> Iterator[tuple[str, MemberState]]:
    for member_id, events in histories.items():
        if any(event.on <= today for event in events):
            yield member_id, derive_state(events, today, rules)


def conversions_due(histories: Histories, today: date, rules: RuleBook, *,
                    within_days: int = 0) -> list[ConversionReminder]:
    """Probationers whose probation has ended (or ends within ``within_days``), not converted.

    Overdue means the review window (working days after probation) has passed.
    """
    horizon = date.fromordinal(today.toordinal() + within_days)
    reminders = [
        ConversionReminder(member_id, state.probation_ends_on, state.conversion_window,
                           overdue=today > state.conversion_window.end)
        for member_id, state in _states(histories, today, rules)
        if state.conversion_window is not None and state.probation_ends_on is not None
        and state.probation_ends_on <= horizon
    ]
    return sorted(reminders, key=lambda r: (r.probation_ends_on, r.member_id))


def ceremonies_due(histories: Histories, today: date, rules: RuleBook) -> list[CeremonyReminder]:
    """Members admitted by decision whose ceremony is not yet recorded."""
    reminders = [
        CeremonyReminder(member_id, state.admitted_on, state.ceremony_deadline,
                         overdue=today > state.ceremony_deadline)
        for member_id, state in _states(histories, today, rules)
        if state.ceremony_deadline is not None
    ]
    return sorted(reminders, key=lambda r: (r.deadline, r.member_id))


def badges_due(histories: Histories, today: date, rules: RuleBook, *,
               within_months: int) -> list[BadgeReminder]:
    """Next party badges due within ``within_months`` (overdue and posthumous ones included)."""
    horizon = add_months(today, within_months)
    reminders = [
        BadgeReminder(member_id, state.next_badge, overdue=state.next_badge.due_on < today)
        for member_id, state in _states(histories, today, rules)
        if state.next_badge is not None and state.next_badge.due_on <= horizon
        and state.status in (MemberStatus.OFFICIAL, MemberStatus.DECEASED)
    ]
    return sorted(reminders, key=lambda r: (r.badge.due_on, r.member_id))


def certificates_expiring(candidates: Iterable[Candidate], today: date, rules: RuleBook, *,
                          within_months: int) -> list[CertificateReminder]:
    """Awareness certificates of candidates not yet admitted that expire within the horizon.

    Already expired certificates are included, marked expired.
    """
    horizon = add_months(today, within_months)
    reminders = []
    for candidate in candidates:
        expires = candidate.certificate_expires_on(rules)
        if candidate.admission_decision_on is None and expires is not None and expires <= horizon:
            reminders.append(CertificateReminder(candidate, expires, expired=expires < today))
    return sorted(reminders, key=lambda r: (r.expires_on, r.candidate.full_name))


def badge_admission_windows(today: date, rules: RuleBook, *, within_months: int,
                            overdue_months: int = 36) -> list[tuple[date, date]]:
    """Admission-date windows that can hold a member whose badge is due within the horizon
    (or overdue by up to ``overdue_months``): a cheap pre-filter before ``badges_due``."""
    windows = []
    for years in badge_years(rules, today):
        first = add_months(today, -12 * years - overdue_months)
        last = add_months(today, within_months - 12 * years)
        windows.append((first, last))
    return windows
