"""Quality grading of members and of the cell: levels, the 100-point scale, the
stages of a round and the "outstanding at most 20 % of good" limit.

Every number comes from the rule book (``resources/rules/grading.toml``), looked up
on the last day of the year graded, so earlier years are judged by their own rules.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from enum import StrEnum

from partydesk.domain.events import GradingLevel
from partydesk.domain.rulebook import RuleBook, UnknownRule

LEVELS = (GradingLevel.OUTSTANDING, GradingLevel.GOOD, GradingLevel.COMPLETED,
          GradingLevel.NOT_COMPLETED)

# The levels' full names on the forms (and in the import spreadsheet).
LEVEL_NAMES_VI = {
    GradingLevel.OUTSTANDING: "Hoàn thành xuất sắc nhiệm vụ",
    GradingLevel.GOOD: "Hoàn thành tốt nhiệm vụ",
    GradingLevel.COMPLETED: "Hoàn thành nhiệm vụ",
    GradingLevel.NOT_COMPLETED: "Không hoàn thành nhiệm vụ",
}


class Stage(StrEnum):
    """Steps of a round, in order; stored values, never change them."""

    SELF = "self"            # the member's self-assessment
    CELL = "cell"            # the cell's proposal, voted at the meeting
    COMMITTEE = "committee"  # the committee's decision


STAGE_ORDER = {Stage.SELF: 0, Stage.CELL: 1, Stage.COMMITTEE: 2}

RULE_LEVELS = "grading.levels"
RULE_SCORE_FLOOR = "grading.score_floor"
RULE_OUTSTANDING_SHARE = "grading.outstanding_share_of_good"
RULE_NOT_GRADED = "grading.not_graded"


def year_end(year: int) -> date:
    return date(year, 12, 31)


def level_for_score(score: int, year: int, rules: RuleBook) -> GradingLevel:
    """The level a score on the 100-point scale falls in, by the year's rules."""
    floors = rules.value(RULE_SCORE_FLOOR, year_end(year))
    for level in LEVELS:
        if score >= int(floors[level.value]):
            return level
    return GradingLevel.NOT_COMPLETED


def score_fits(score: int, level: GradingLevel, year: int, rules: RuleBook) -> bool:
    """A score of 0 to 100 matching the level; before the 100-point scale (Quy định
    366, 2025) a score has no level of its own, so any score of 0 to 100 fits."""
    if not 0 <= score <= 100:
        return False
    try:
        return level_for_score(score, year, rules) is level
    except UnknownRule:
        return True


@dataclass(frozen=True)
class StagedGrading:
    member_id: str
    stage: Stage
    level: GradingLevel
    score: int | None = None


def latest_stage(gradings: Iterable[StagedGrading]) -> dict[str, StagedGrading]:
    """Each member's latest stage: the committee's decision, else the cell's proposal,
    else the self-assessment."""
    latest: dict[str, StagedGrading] = {}
    for grading in gradings:
        held = latest.get(grading.member_id)
        if held is None or STAGE_ORDER[grading.stage] > STAGE_ORDER[held.stage]:
            latest[grading.member_id] = grading
    return latest


@dataclass(frozen=True)
class LimitCheck:
    outstanding: int
    good: int
    allowed: int          # the most "outstanding" the rule allows for this many "good"
    numerator: int
    denominator: int

    @property
    def breached(self) -> bool:
        return self.outstanding > self.allowed

    @property
    def share_of_good(self) -> Decimal | None:
        from partydesk.domain.vnnumbers import share
        return share(self.outstanding, self.good)


def outstanding_limit(counts: Mapping[GradingLevel, int], year: int,
                      rules: RuleBook) -> LimitCheck:
    """Judge "outstanding at most 20 % of good" for one grassroots organisation."""
    rule = rules.value(RULE_OUTSTANDING_SHARE, year_end(year))
    numerator, denominator = int(rule["numerator"]), int(rule["denominator"])
    good = counts.get(GradingLevel.GOOD, 0)
    return LimitCheck(outstanding=counts.get(GradingLevel.OUTSTANDING, 0), good=good,
                      allowed=good * numerator // denominator,
                      numerator=numerator, denominator=denominator)


def level_counts(levels: Iterable[GradingLevel]) -> dict[GradingLevel, int]:
    counted = Counter(levels)
    return {level: counted.get(level, 0) for level in LEVELS}


def rules_known(year: int, rules: RuleBook) -> bool:
    """Whether the grading rules in force at the end of ``year`` are in the rule book
    (a year before the earliest regulation held cannot be graded or reported)."""
    try:
        for key in (RULE_LEVELS, RULE_OUTSTANDING_SHARE, RULE_NOT_GRADED):
            rules.value(key, year_end(year))
    except UnknownRule:
        return False
    return True


def not_graded_rule(year: int, rules: RuleBook) -> tuple[bool, int]:
    """(exempt members left out, months since admission under which a member is left out)."""
    rule = rules.value(RULE_NOT_GRADED, year_end(year))
    return bool(rule.get("exempt", True)), int(rule.get("admitted_within_months", 0))


def period_of(quarter: int | None) -> str:
    """The stored period of a round: 'year', or 'q1' to 'q4' for a quarter's."""
    return f"q{quarter}" if quarter else "year"


def period_end(year: int, quarter: int | None) -> date:
    """The last day of the year, or of the quarter: the members counted are those then."""
    if not quarter:
        return date(year, 12, 31)
    month = quarter * 3
    return date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1)
