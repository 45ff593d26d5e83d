"""The year-end statistics of a cell (or of a committee, cell by cell): members as of
a date by sex, age, ethnicity, religion, education, professional and theory level,
occupation and party age; the year's admissions and departures; grading shares.

Pure counting over plain facts; the groupings are rules data
(``statistics.*`` in ``resources/rules/grading.toml``)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date

from partydesk.domain.dates import whole_months_between
from partydesk.domain.events import EventKind, GradingLevel
from partydesk.domain.grading import LEVELS, STAGE_ORDER, Stage
from partydesk.domain.rulebook import RuleBook
from partydesk.domain.vietnamese import fold

STARTS = frozenset({EventKind.ADMISSION_DECISION, EventKind.READMISSION})
ENDS = frozenset({EventKind.REMOVAL, EventKind.EXPULSION, EventKind.LEFT_PARTY,
                  EventKind.DEATH, EventKind.TRANSFER_OUT_OFFICIAL})
# Movements in the year, as reported upward.
MOVEMENTS = {
    EventKind.ADMISSION_DECISION: "admissions", EventKind.READMISSION: "readmissions",
    EventKind.REMOVAL: "removals", EventKind.EXPULSION: "expulsions",
    EventKind.LEFT_PARTY: "left", EventKind.DEATH: "deaths",
    EventKind.TRANSFER_IN_OFFICIAL: "transfers_in",
    EventKind.TRANSFER_OUT_OFFICIAL: "transfers_out",
}
MOVEMENT_KEYS = tuple(dict.fromkeys(MOVEMENTS.values()))
UNKNOWN = "Không rõ"
UNTRAINED = "Chưa qua đào tạo"
OTHER = "Khác"


@dataclass(frozen=True)
class MemberFacts:
    """What the statistics need of one member; ``events`` are (kind, day) of the
    membership events (annotations are not needed), in date order."""

    member_id: str
    sex: str
    birth_date: date
    ethnicity: str = ""
    religion: str = ""
    education: str = ""
    professional_level: str = ""
    theory_level: str = ""
    occupation: str = ""
    events: Sequence[tuple[str, date]] = ()
    exempt: bool = False


def membership_on(events: Sequence[tuple[str, date]], day: date) -> tuple[bool, int]:
    """(a member on ``day``, whole months of party age on ``day``) from the events.

    A membership starts with an admission or re-admission and ends with removal,
    expulsion, leaving, death or an official transfer out (a transfer back in
    resumes it). A probation ended by removal gives no party age."""
    active, start, months, converted = False, None, 0, False
    for kind, on in events:
        if on > day:
            break
        if kind in STARTS:
            active, start, converted = True, on, False
        elif kind == EventKind.CONVERSION_OFFICIAL:
            converted = True
        elif kind == EventKind.TRANSFER_IN_OFFICIAL:
            active = True
        elif kind in ENDS and active:
            active = False
            if kind == EventKind.TRANSFER_OUT_OFFICIAL:
                continue
            if start is not None and (converted or kind != EventKind.REMOVAL):
                months += whole_months_between(start, on)
            start = None
    if active and start is not None:
        months += whole_months_between(start, day)
    return active, months


def status_on(events: Sequence[tuple[str, date]], day: date) -> str | None:
    """'official', 'probationary' or None (not a member of this register) on ``day``."""
    status, official = None, False
    for kind, on in events:
        if on > day:
            break
        if kind in STARTS:
            status, official = "probationary", False
        elif kind == EventKind.CONVERSION_OFFICIAL and status:
            status, official = "official", True
        elif kind == EventKind.TRANSFER_IN_OFFICIAL:
            status = "official" if official else "probationary"
        elif kind in ENDS:
            status = None
    return status


def age_on(birth: date, day: date) -> int:
    return day.year - birth.year - ((day.month, day.day) < (birth.month, birth.day))


@dataclass(frozen=True)
class Groupings:
    age: tuple[tuple[int, int], ...]
    party_age: tuple[tuple[int, int], ...]
    education: Mapping[str, tuple[str, ...]]
    theory: Mapping[str, tuple[str, ...]]

    @classmethod
    def from_rules(cls, rules: RuleBook, on: date) -> Groupings:
        def bands(key):
            return tuple((int(lo), int(hi)) for lo, hi in rules.value(key, on))

        def words(key):
            return {label: tuple(fold(w).lower() for w in texts)
                    for label, texts in rules.value(key, on).items()}
        return cls(bands("statistics.age_groups"), bands("statistics.party_age_groups"),
                   words("statistics.education_groups"), words("statistics.theory_groups"))

    def age_labels(self) -> list[str]:
        return [band_label(band, last=i == len(self.age) - 1) for i, band in enumerate(self.age)]

    def party_age_labels(self) -> list[str]:
        return [band_label(band, last=i == len(self.party_age) - 1)
                for i, band in enumerate(self.party_age)]


def band_label(band: tuple[int, int], last: bool = False) -> str:
    low, high = band
    if last and high >= 150:
        return f"Từ {low} trở lên"
    return f"{low}–{high}"


def _band(value: int, bands: Sequence[tuple[int, int]], labels: Sequence[str]) -> str | None:
    for (low, high), label in zip(bands, labels, strict=True):
        if low <= value <= high:
            return label
    return None


def _named(text: str, groups: Mapping[str, tuple[str, ...]], unmatched: str) -> str:
    folded = fold(text).lower().strip()
    if not folded:
        return unmatched
    for label, words in groups.items():
        if folded in words or any(w in folded for w in words if len(w) > 4):
            return label
    return unmatched


@dataclass
class Tally:
    """The counts of one organisation (a cell, or a committee's total)."""

    members: int = 0
    members_at_start: int = 0
    by_sex: Counter = field(default_factory=Counter)
    by_age_group: Counter = field(default_factory=Counter)
    by_ethnicity: Counter = field(default_factory=Counter)
    by_religion: Counter = field(default_factory=Counter)
    by_education: Counter = field(default_factory=Counter)
    by_professional_level: Counter = field(default_factory=Counter)
    by_theory_level: Counter = field(default_factory=Counter)
    by_occupation: Counter = field(default_factory=Counter)
    by_party_age: Counter = field(default_factory=Counter)
    by_age_sex: Counter = field(default_factory=Counter)   # (age group, sex)
    movements: Counter = field(default_factory=Counter)
    grading: Counter = field(default_factory=Counter)
    undecided: int = 0          # graded, but the committee has not decided yet
    not_graded: int = 0         # to be graded, with no grading at all
    to_grade: int = 0           # members the year's grading covers

    DIMENSIONS = ("by_sex", "by_age_group", "by_ethnicity", "by_religion", "by_education",
                  "by_professional_level", "by_theory_level", "by_occupation", "by_party_age")

    def add(self, other: Tally) -> None:
        for name in (*self.DIMENSIONS, "by_age_sex", "movements", "grading"):
            getattr(self, name).update(getattr(other, name))
        for name in ("members", "members_at_start", "undecided", "not_graded", "to_grade"):
            setattr(self, name, getattr(self, name) + getattr(other, name))


def count_members(members: Iterable[MemberFacts], as_of: date, groupings: Groupings,
                  gradings: Mapping[str, tuple[str, str]] | None = None,
                  not_graded_months: int = 0, exempt_not_graded: bool = True) -> Tally:
    """Count ``members`` as of ``as_of``. ``gradings``: member id → (stage, level) of
    each member's latest stage for the year of ``as_of``."""
    gradings = gradings or {}
    tally = Tally()
    year_start, start_eve = date(as_of.year, 1, 1), date(as_of.year - 1, 12, 31)
    age_labels, party_labels = groupings.age_labels(), groupings.party_age_labels()
    for m in members:
        for kind, on in m.events:
            if year_start <= on <= as_of and kind in MOVEMENTS:
                tally.movements[MOVEMENTS[kind]] += 1
        if membership_on(m.events, start_eve)[0]:
            tally.members_at_start += 1
        active, months = membership_on(m.events, as_of)
        graded = gradings.get(m.member_id)
        if graded is not None:
            stage, level = graded
            tally.grading[GradingLevel(level)] += 1
            tally.undecided += STAGE_ORDER[Stage(stage)] < STAGE_ORDER[Stage.COMMITTEE]
        if not active:
            continue
        tally.members += 1
        tally.by_sex[m.sex] += 1
        group = _band(age_on(m.birth_date, as_of), groupings.age, age_labels) or OTHER
        tally.by_age_group[group] += 1
        tally.by_age_sex[group, m.sex] += 1
        tally.by_party_age[_band(months // 12, groupings.party_age, party_labels) or OTHER] += 1
        tally.by_ethnicity[m.ethnicity.strip() or UNKNOWN] += 1
        tally.by_religion[m.religion.strip() or UNKNOWN] += 1
        tally.by_education[_named(m.education, groupings.education, OTHER)] += 1
        tally.by_professional_level[m.professional_level.strip() or UNTRAINED] += 1
        tally.by_theory_level[_named(m.theory_level, groupings.theory, UNTRAINED)] += 1
        tally.by_occupation[m.occupation.strip() or UNKNOWN] += 1
        if (exempt_not_graded and m.exempt) or months < not_graded_months:
            continue
        tally.to_grade += 1
        tally.not_graded += graded is None
    return tally


def level_order() -> tuple[GradingLevel, ...]:
    return LEVELS
