"""What a member's events say about them on a given date.

:func:`derive_state` folds the events up to a date into a :class:`MemberState`.
It judges nothing: refusing bad events is :mod:`partydesk.domain.lifecycle`'s
job, so that a register imported with old mistakes can still be shown.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from types import MappingProxyType

from partydesk.domain import events as ev
from partydesk.domain.dates import add_months, add_working_days, whole_months_between
from partydesk.domain.events import DisciplineLevel, EventKind, GradingLevel, MemberEvent
from partydesk.domain.member import MemberStatus
from partydesk.domain.member_rules import RuleKey, badge_years, int_rule, probation_ends_on
from partydesk.domain.rulebook import RuleBook

ACTIVE_STATUSES = frozenset({MemberStatus.PROBATIONARY, MemberStatus.OFFICIAL})
EXITED_STATUSES = frozenset({MemberStatus.REMOVED, MemberStatus.EXPELLED, MemberStatus.LEFT})

_EXIT_STATUS = {
    EventKind.REMOVAL: MemberStatus.REMOVED,
    EventKind.EXPULSION: MemberStatus.EXPELLED,
    EventKind.LEFT_PARTY: MemberStatus.LEFT,
    EventKind.DEATH: MemberStatus.DECEASED,
}


@dataclass(frozen=True)
class PartyAge:
    years: int
    months: int

    @classmethod
    def from_months(cls, total: int) -> PartyAge:
        return cls(total // 12, total % 12)

    @property
    def total_months(self) -> int:
        return self.years * 12 + self.months


@dataclass(frozen=True)
class DateWindow:
    start: date
    end: date

    def __contains__(self, day: object) -> bool:
        return isinstance(day, date) and self.start <= day <= self.end


@dataclass(frozen=True)
class DisciplineRecord:
    level: DisciplineLevel
    on: date


@dataclass(frozen=True)
class NextBadge:
    years: int
    due_on: date
    early_from: date  # earliest award for a gravely ill member
    posthumous: bool = False


@dataclass(frozen=True)
class MemberState:
    status: MemberStatus
    official: bool  # converted in the current membership (kept while transferred out)
    admitted_on: date  # latest admission decision or re-admission
    ceremony_on: date | None
    ceremony_deadline: date | None  # while the ceremony is still to be held
    probation_ends_on: date | None
    conversion_window: DateWindow | None  # while probationary after the ceremony
    official_on: date | None
    party_age: PartyAge
    exempt: bool
    temporarily_away: bool  # transferred out temporarily, still on this register
    temporarily_attending: bool  # from another cell, attending here temporarily
    discipline: DisciplineRecord | None  # latest in the current membership
    card_number: str | None
    badges: tuple[int, ...]
    next_badge: NextBadge | None
    exited_on: date | None  # removal, expulsion, leaving, death or transfer out
    died_on: date | None
    gradings: Mapping[int, GradingLevel] = field(default_factory=dict)

    @property
    def active(self) -> bool:
        return self.status in ACTIVE_STATUSES


@dataclass
class _Period:
    start: date
    end: date | None = None
    converted: bool = False
    removed_on_probation: bool = False


@dataclass
class _Fold:
    """Mutable accumulator while events are replayed in order."""

    status: MemberStatus = MemberStatus.PROBATIONARY
    admitted_on: date | None = None
    ceremony_on: date | None = None
    official_on: date | None = None
    exempt: bool = False
    away: bool = False
    attending: bool = False
    discipline: DisciplineRecord | None = None
    card_number: str | None = None
    badges: set[int] = field(default_factory=set)
    exited_on: date | None = None
    died_on: date | None = None
    gradings: dict[int, GradingLevel] = field(default_factory=dict)
    periods: list[_Period] = field(default_factory=list)

    def apply(self, event: MemberEvent) -> None:
        handler = _HANDLERS.get(event.kind)
        if handler is not None:
            handler(self, event)
        elif event.kind in _EXIT_STATUS:
            self._exit(event)
        else:
            self._set_flag(event)

    def start(self, event: MemberEvent) -> None:
        self.status = MemberStatus.PROBATIONARY
        self.admitted_on = event.on
        self.ceremony_on = self.official_on = self.exited_on = None
        self.exempt = self.away = self.attending = False
        self.discipline = None
        self.card_number = None
        self.periods.append(_Period(event.on))

    def convert(self, event: MemberEvent) -> None:
        self.status = MemberStatus.OFFICIAL
        self.official_on = event.on
        if self.periods:
            self.periods[-1].converted = True

    def transfer_out(self, event: MemberEvent) -> None:
        self.status = MemberStatus.TRANSFERRED_OUT
        self.exited_on = event.on
        # Flags describe activity in this cell; the receiving cell decides anew.
        self.exempt = self.away = self.attending = False

    def transfer_in(self, event: MemberEvent) -> None:
        official = self.official_on is not None
        self.status = MemberStatus.OFFICIAL if official else MemberStatus.PROBATIONARY
        self.exited_on = None

    def _exit(self, event: MemberEvent) -> None:
        self.status = _EXIT_STATUS[event.kind]
        self.exited_on = event.on
        self.exempt = self.away = self.attending = False
        if event.kind is EventKind.DEATH:
            self.died_on = event.on
        if self.periods and self.periods[-1].end is None:
            period = self.periods[-1]
            period.end = event.on
            period.removed_on_probation = (
                event.kind is EventKind.REMOVAL and not period.converted)

    def _set_flag(self, event: MemberEvent) -> None:
        flags = {
            EventKind.EXEMPTION_START: ("exempt", True),
            EventKind.EXEMPTION_END: ("exempt", False),
            EventKind.TRANSFER_OUT_TEMPORARY: ("away", True),
            EventKind.TRANSFER_IN_TEMPORARY: ("attending", True),
        }
        if event.kind is EventKind.RETURN_FROM_TEMPORARY:
            self.away = self.attending = False
        elif event.kind in flags:
            name, value = flags[event.kind]
            setattr(self, name, value)

    def annotate(self, event: MemberEvent) -> None:
        if event.kind is EventKind.DISCIPLINE:
            self.discipline = DisciplineRecord(ev.discipline_level(event), event.on)
        elif event.kind is EventKind.CARD_ISSUED:
            self.card_number = ev.card_number(event)
        elif event.kind is EventKind.BADGE_AWARDED:
            self.badges.add(ev.badge_years(event))
        elif event.kind is EventKind.YEARLY_GRADING:
            self.gradings[ev.grading_year(event)] = ev.grading_level(event)

    def set_ceremony(self, event: MemberEvent) -> None:
        self.ceremony_on = event.on


_HANDLERS = {
    EventKind.ADMISSION_DECISION: _Fold.start,
    EventKind.READMISSION: _Fold.start,
    EventKind.ADMISSION_CEREMONY: _Fold.set_ceremony,
    EventKind.CONVERSION_OFFICIAL: _Fold.convert,
    EventKind.TRANSFER_OUT_OFFICIAL: _Fold.transfer_out,
    EventKind.TRANSFER_IN_OFFICIAL: _Fold.transfer_in,
    **{kind: _Fold.annotate for kind in ev.ANNOTATION_KINDS},
}


def derive_state(events: Iterable[MemberEvent], as_of: date, rules: RuleBook) -> MemberState:
    """The member's state on ``as_of``, from the events dated on or before it.

    Raises ValueError when no event is dated on or before ``as_of`` (the person
    was not yet a member) or the history does not start with an admission.
    """
    history = [event for event in ev.chronological(events) if event.on <= as_of]
    if not history or history[0].kind not in ev.START_KINDS:
        raise ValueError(f"no membership on {as_of}: the history must start with an admission")
    fold = _Fold()
    for event in history:
        fold.apply(event)
    return _finish(fold, as_of, rules)


def _finish(fold: _Fold, as_of: date, rules: RuleBook) -> MemberState:
    assert fold.admitted_on is not None
    probationer = fold.status is MemberStatus.PROBATIONARY
    probation_end = probation_ends_on(fold.ceremony_on, rules) if fold.ceremony_on else None
    return MemberState(
        status=fold.status,
        official=fold.official_on is not None,
        admitted_on=fold.admitted_on,
        ceremony_on=fold.ceremony_on,
        ceremony_deadline=_ceremony_deadline(fold, rules) if probationer else None,
        probation_ends_on=probation_end,
        conversion_window=_conversion_window(probation_end, rules) if probationer else None,
        official_on=fold.official_on,
        party_age=PartyAge.from_months(_party_age_months(fold.periods, as_of)),
        exempt=fold.exempt,
        temporarily_away=fold.away,
        temporarily_attending=fold.attending,
        discipline=fold.discipline,
        card_number=fold.card_number,
        badges=tuple(sorted(fold.badges)),
        next_badge=_next_badge(fold, as_of, rules),
        exited_on=fold.exited_on,
        died_on=fold.died_on,
        gradings=MappingProxyType(dict(fold.gradings)),
    )


def _ceremony_deadline(fold: _Fold, rules: RuleBook) -> date | None:
    if fold.ceremony_on is not None or fold.admitted_on is None:
        return None
    days = int_rule(rules, RuleKey.CEREMONY_WORKING_DAYS, fold.admitted_on)
    return add_working_days(fold.admitted_on, days)


def _conversion_window(probation_end: date | None, rules: RuleBook) -> DateWindow | None:
    if probation_end is None:
        return None
    days = int_rule(rules, RuleKey.CONVERSION_REVIEW_WORKING_DAYS, probation_end)
    return DateWindow(probation_end, add_working_days(probation_end, days))


def _counted_periods(periods: list[_Period]) -> list[_Period]:
    """Periods that make party age.

    Party age counts from the admission decision and leaves out time outside
    the party; a probation that ended in removal never became party age.
    """
    return [p for p in periods if not p.removed_on_probation]


def _party_age_months(periods: list[_Period], as_of: date) -> int:
    return sum(whole_months_between(p.start, p.end or as_of) for p in _counted_periods(periods))


def _date_party_age_reaches(periods: list[_Period], months: int) -> date | None:
    """When the ongoing membership brings party age to ``months``; None if none is ongoing."""
    counted = _counted_periods(periods)
    if not counted or counted[-1].end is not None:
        return None
    before = sum(whole_months_between(p.start, p.end) for p in counted[:-1] if p.end)
    return add_months(counted[-1].start, max(0, months - before))


def _next_badge(fold: _Fold, as_of: date, rules: RuleBook) -> NextBadge | None:
    if fold.status is MemberStatus.DECEASED:
        return _posthumous_badge(fold, rules)
    if fold.status is not MemberStatus.OFFICIAL:
        return None
    awarded = max(fold.badges, default=0)
    open_years = [years for years in badge_years(rules, as_of) if years > awarded]
    if not open_years:
        return None
    age = _party_age_months(fold.periods, as_of)
    reached = [years for years in open_years if age >= years * 12]
    years = max(reached) if reached else min(open_years)
    due_on = _date_party_age_reaches(fold.periods, years * 12)
    if due_on is None:
        return None
    early = int_rule(rules, RuleKey.BADGE_EARLY_MONTHS_GRAVELY_ILL, as_of)
    return NextBadge(years, due_on, add_months(due_on, -early))


def _posthumous_badge(fold: _Fold, rules: RuleBook) -> NextBadge | None:
    """The 30-year badge for a member who died with enough party age and never had it."""
    assert fold.died_on is not None
    first_badge = badge_years(rules, fold.died_on)[0]
    min_years = int_rule(rules, RuleKey.BADGE_POSTHUMOUS_MIN_YEARS, fold.died_on)
    age = _party_age_months(fold.periods, fold.died_on)
    if fold.badges or age < min_years * 12:
        return None
    return NextBadge(first_badge, fold.died_on, fold.died_on, posthumous=True)


def party_age_on(events: Iterable[MemberEvent], on: date, rules: RuleBook) -> PartyAge:
    return derive_state(events, on, rules).party_age


@dataclass(frozen=True)
class Standing:
    """The little of a member's state that dues need, without the rules' deadlines and
    badges (a month of a 2,000-member cell is worked out many times a session)."""

    status: MemberStatus
    temporarily_away: bool
    exited_on: date | None
    died_on: date | None
    party_age_months: int

    @property
    def active(self) -> bool:
        return self.status in ACTIVE_STATUSES


def standing_on(events: Iterable[MemberEvent], as_of: date) -> Standing:
    """Like :func:`derive_state` (same fold, same ValueError), for membership only."""
    history = [event for event in ev.chronological(events) if event.on <= as_of]
    if not history or history[0].kind not in ev.START_KINDS:
        raise ValueError(f"no membership on {as_of}: the history must start with an admission")
    fold = _Fold()
    for event in history:
        fold.apply(event)
    return Standing(fold.status, fold.away, fold.exited_on, fold.died_on,
                    _party_age_months(fold.periods, as_of))
