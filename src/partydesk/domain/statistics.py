"""The year-end statistics of a cell (or of a committee, cell by cell): members as of
a date by sex, age, ethnicity, religion, education, professional and theory level,
occupation and party age; the year's admissions and departures; grading shares.

Pure counting over plain facts; the groupings are rules data
(``statistics.*`` in ``resources/rules/grading.toml``)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from typing import NamedTuple

from partydesk.domain.dates import whole_months_between
from partydesk.domain.events import EventKind, GradingLevel
from partydesk.domain.grading import LEVELS, STAGE_ORDER
from partydesk.domain.rulebook import RuleBook
from partydesk.domain.vietnamese import fold

# Plain strings (the stored values): compared for every event of every member.
STARTS = frozenset({EventKind.ADMISSION_DECISION.value, EventKind.READMISSION.value})
ENDS = frozenset({EventKind.REMOVAL.value, EventKind.EXPULSION.value,
                  EventKind.LEFT_PARTY.value, EventKind.DEATH.value,
                  EventKind.TRANSFER_OUT_OFFICIAL.value})
CONVERSION = EventKind.CONVERSION_OFFICIAL.value
TRANSFER_IN = EventKind.TRANSFER_IN_OFFICIAL.value
TRANSFER_OUT = EventKind.TRANSFER_OUT_OFFICIAL.value
REMOVAL = EventKind.REMOVAL.value
# Movements in the year, as reported upward.
MOVEMENTS = {kind.value: name for kind, name in (
    (EventKind.ADMISSION_DECISION, "admissions"), (EventKind.READMISSION, "readmissions"),
    (EventKind.REMOVAL, "removals"), (EventKind.EXPULSION, "expulsions"),
    (EventKind.LEFT_PARTY, "left"), (EventKind.DEATH, "deaths"),
    (EventKind.TRANSFER_IN_OFFICIAL, "transfers_in"),
    (EventKind.TRANSFER_OUT_OFFICIAL, "transfers_out"))}
MOVEMENT_KEYS = tuple(dict.fromkeys(MOVEMENTS.values()))
STAGE_RANK = {stage.value: rank for stage, rank in STAGE_ORDER.items()}
UNKNOWN = "Không rõ"
UNTRAINED = "Chưa qua đào tạo"
OTHER = "Khác"


class MemberFacts(NamedTuple):
    """What the statistics need of one member; ``events`` are (kind, day) of the
    membership events (annotations are not needed), in date order. A named tuple:
    a committee report builds tens of thousands of them."""

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
        elif kind == CONVERSION:
            converted = True
        elif kind == TRANSFER_IN:
            active = True
        elif kind in ENDS and active:
            active = False
            if kind == TRANSFER_OUT:
                continue
            if start is not None and (converted or kind != REMOVAL):
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
        elif kind == CONVERSION and status:
            status, official = "official", True
        elif kind == TRANSFER_IN:
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


def _named(text: str, groups: Mapping[str, tuple[str, ...]], unmatched: str) -> str:
    return _named_cached(text, tuple(groups.items()), unmatched)


@lru_cache(maxsize=4096)
def _named_cached(text: str, groups: tuple, unmatched: str) -> str:
    folded = fold(text).lower().strip()
    if not folded:
        return unmatched
    for label, words in groups:
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


def _cell_rows(rows, cell_tallies):
    for row in rows:
        tally = cell_tallies.get(row[0])
        if tally is None:
            tally = cell_tallies[row[0]] = Tally()
        yield tally, row[1:]


def _text(value: str | None, empty: str) -> str:
    return (value or "").strip() or empty


def tallies_from_counts(counts: Mapping[str, list], groupings: Groupings) -> dict[str, Tally]:
    """Per cell code, the Tally of grouped counts (as storage.statistics_counts returns
    them): raw register text is put in the report's groups here, by the rules."""
    tallies: dict[str, Tally] = {}
    ages = [*groupings.age_labels(), OTHER]              # index -1: in no band
    party_ages = [*groupings.party_age_labels(), OTHER]
    education = tuple(groupings.education.items())
    theory = tuple(groupings.theory.items())
    label = {
        "sex": ("by_sex", lambda v: v),
        "ethnicity": ("by_ethnicity", lambda v: _text(v, UNKNOWN)),
        "religion": ("by_religion", lambda v: _text(v, UNKNOWN)),
        "education": ("by_education", lambda v: _named_cached(v or "", education, OTHER)),
        "professional_level": ("by_professional_level", lambda v: _text(v, UNTRAINED)),
        "theory_level": ("by_theory_level",
                         lambda v: _named_cached(v or "", theory, UNTRAINED)),
        "occupation_now": ("by_occupation", lambda v: _text(v, UNKNOWN)),
    }
    for dimension, rows in counts["dimensions"].items():
        name, named = label[dimension]
        for tally, (value, n) in _cell_rows(rows, tallies):
            getattr(tally, name)[named(value)] += n
    for tally, (band, sex, n) in _cell_rows(counts["age_band_sex"], tallies):
        group = ages[band]
        tally.by_age_group[group] += n
        tally.by_age_sex[group, sex] += n
        tally.members += n
    for tally, (band, n) in _cell_rows(counts["party_age_band"], tallies):
        tally.by_party_age[party_ages[band]] += n
    for tally, (n,) in _cell_rows(counts["at_start"], tallies):
        tally.members_at_start += n
    for tally, (kind, n) in _cell_rows(counts["movements"], tallies):
        if kind in MOVEMENTS:
            tally.movements[MOVEMENTS[kind]] += n
    for tally, (level, n, undecided) in _cell_rows(counts["grading"], tallies):
        tally.grading[level] += n
        tally.undecided += undecided
    for tally, (n, missing) in _cell_rows(counts["to_grade"], tallies):
        tally.to_grade += n
        tally.not_graded += missing or 0
    return tallies


def level_order() -> tuple[GradingLevel, ...]:
    return LEVELS
