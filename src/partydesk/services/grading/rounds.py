"""Recording gradings stage by stage and closing a year's round."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from partydesk.domain.errors import PartyDeskError
from partydesk.domain.events import GradingLevel
from partydesk.domain.grading import (
    LEVEL_NAMES_VI,
    LimitCheck,
    Stage,
    StagedGrading,
    latest_stage,
    level_counts,
    outstanding_limit,
    period_end,
    period_of,
    rules_known,
    score_fits,
)
from partydesk.domain.messages import QT_TRANSLATE_NOOP, message
from partydesk.domain.organisation import Organisation
from partydesk.domain.rulebook import RuleBook
from partydesk.domain.vietnamese import name_sort_key
from partydesk.domain.votes import DecisionKind, VoteOutcome
from partydesk.services.setup.rulebook import default_rulebook
from partydesk.storage import grading_store as store
from partydesk.storage.database import Database
from partydesk.storage.members.records import member_names

PERIODS = ("year", "q1", "q2", "q3", "q4")


class GradingError(PartyDeskError):
    pass


def _refuse(text, **params) -> GradingError:
    return GradingError(message(text, **params))


def check_input(year: int, level: str, score: int | None, stage: str, period: str,
                rules: RuleBook) -> tuple[GradingLevel, Stage]:
    if not 2000 <= year <= 2100:
        raise _refuse(QT_TRANSLATE_NOOP("Grading", "The year {year} is not a year to grade."),
                      year=year)
    if not rules_known(year, rules):
        raise _refuse(QT_TRANSLATE_NOOP(
            "Grading", "The year {year} cannot be graded: the grading rules in force then "
                       "are not in PartyDesk."), year=year)
    if period not in PERIODS:
        raise _refuse(QT_TRANSLATE_NOOP("Grading", "The period must be the year or q1 to q4."))
    try:
        chosen, step = GradingLevel(level), Stage(stage)
    except ValueError:
        raise _refuse(QT_TRANSLATE_NOOP(
            "Grading", "The level must be outstanding, good, completed or not_completed, "
                       "and the stage self, cell or committee.")) from None
    if score is not None and not score_fits(score, chosen, year, rules):
        raise _refuse(QT_TRANSLATE_NOOP(
            "Grading", "A score of {score} does not match the level “{level}” by the rules "
                       "of {year}."), score=score, level=LEVEL_NAMES_VI[chosen], year=year)
    return chosen, step


def _require_cell(organisation: Organisation) -> None:
    if organisation.is_committee:
        raise _refuse(QT_TRANSLATE_NOOP(
            "Grading", "Gradings are recorded in the cell's register; the committee sees "
                       "them when the cell's bundle arrives."))


def _require_open(db: Database, year: int, period: str) -> None:
    if store.round_closed(db, year, period) and period != "year":
        raise _refuse(QT_TRANSLATE_NOOP(
            "Grading", "The grading round of quarter {quarter} of {year} is closed; nothing "
                       "can be changed."), quarter=period[1:], year=year)
    if store.round_closed(db, year, period):
        raise _refuse(QT_TRANSLATE_NOOP(
            "Grading", "The grading round of {year} is closed; nothing can be changed."),
            year=year)


def set_grading(db: Database, organisation: Organisation, member_id: str, year: int,
                level: str, score: int | None = None, stage: str = "committee",
                period: str = "year", rules: RuleBook | None = None) -> None:
    """Record one member's grading at one stage (a later entry of the same stage
    replaces the earlier one)."""
    rules = rules or default_rulebook()
    _require_cell(organisation)
    chosen, step = check_input(year, level, score, stage, period, rules)
    with db.atomic():
        _require_open(db, year, period)
        if member_id not in member_names(db, [member_id]):
            raise _refuse(QT_TRANSLATE_NOOP("Grading", "There is no member with id {id}."),
                          id=member_id)
        store.save_member_grading(db, {"member_id": member_id, "year": year,
                                       "period": period, "stage": step, "level": chosen,
                                       "score": score})


def propose_at_meeting(db: Database, organisation: Organisation, meeting_id: str,
                       member_id: str, year: int, level: str, votes_for: int,
                       against: int = 0, abstain: int = 0, score: int | None = None,
                       rules: RuleBook | None = None, quarter: int | None = None
                       ) -> VoteOutcome:
    """The cell's proposal for one member, voted at a meeting through the vote
    machinery (threshold ``votes.threshold.grading``). The vote is recorded in the
    minutes either way; the proposal only when it passed."""
    from partydesk.services.meetings.items import VoteInput, record_vote

    rules = rules or default_rulebook()
    _require_cell(organisation)
    period = period_of(quarter)
    chosen, _ = check_input(year, level, score, Stage.CELL, period, rules)
    name = member_names(db, [member_id]).get(member_id, "")
    when = f"quý {quarter} năm {year}" if quarter else f"năm {year}"
    with db.atomic():
        _require_open(db, year, period)
        outcome = record_vote(db, meeting_id, VoteInput(
            kind=DecisionKind.GRADING, votes_for=votes_for, against=against,
            abstain=abstain, subject_member_id=member_id,
            question=f"Xếp loại đồng chí {name} {when}: {LEVEL_NAMES_VI[chosen]}"), rules)
        if outcome.passed:
            store.save_member_grading(db, {"member_id": member_id, "year": year,
                                           "period": period, "stage": Stage.CELL, "level": chosen,
                                           "score": score})
    return outcome


def set_cell_grading(db: Database, organisation: Organisation, year: int, level: str,
                     score: int | None = None, stage: str = "committee",
                     rules: RuleBook | None = None, quarter: int | None = None) -> None:
    """The cell's own grading as a collective (of the year, or of a quarter)."""
    rules = rules or default_rulebook()
    _require_cell(organisation)
    period = period_of(quarter)
    chosen, step = check_input(year, level, score, stage, period, rules)
    with db.atomic():
        _require_open(db, year, period)
        store.save_organisation_grading(db, {"year": year, "period": period, "stage": step,
                                             "level": chosen, "score": score})


@dataclass(frozen=True)
class RoundCheck:
    """What the secretary sees before closing a round."""

    year: int
    limit: LimitCheck
    missing: tuple[str, ...]        # names of members to be graded with no grading
    undecided: int                  # graded, no committee decision yet
    cell_graded: bool
    closed: bool


def check_round(db: Database, organisation: Organisation, year: int, on: date | None = None,
                rules: RuleBook | None = None, quarter: int | None = None) -> RoundCheck:
    """The year's round, or with ``quarter`` that quarter's (kept apart from the year's)."""
    from partydesk.services.reports.statistics import members_to_grade

    rules = rules or default_rulebook()
    if not rules_known(year, rules):
        raise _refuse(QT_TRANSLATE_NOOP(
            "Grading", "The year {year} cannot be graded: the grading rules in force then "
                       "are not in PartyDesk."), year=year)
    period = period_of(quarter)
    rows = store.member_gradings(db, year, period)
    latest = latest_stage(StagedGrading(r["member_id"], Stage(r["stage"]),
                                        GradingLevel(r["level"])) for r in rows)
    counts = level_counts(g.level for g in latest.values())
    expected = members_to_grade(db, year, rules, period_end(year, quarter))
    missing_ids = [m for m in expected if m not in latest]
    names = member_names(db, missing_ids)
    return RoundCheck(
        year=year, limit=outstanding_limit(counts, year, rules),
        missing=tuple(sorted((names.get(m, m) for m in missing_ids), key=name_sort_key)),
        undecided=sum(g.stage is not Stage.COMMITTEE for g in latest.values()),
        cell_graded=bool(store.organisation_gradings(db, year, period)),
        closed=store.round_closed(db, year, period) is not None)


def close_round(db: Database, organisation: Organisation, year: int, accept: bool = False,
                rules: RuleBook | None = None, quarter: int | None = None) -> RoundCheck:
    """Close the year's round (or with ``quarter`` that quarter's). A breach of the
    limit or missing gradings refuse the closing unless ``accept`` (the secretary saw
    them); a breach is kept with the round and stated in the report."""
    _require_cell(organisation)
    check = check_round(db, organisation, year, rules=rules, quarter=quarter)
    if check.closed:
        raise _refuse(QT_TRANSLATE_NOOP("Grading", "The grading round of {year} is already "
                                                   "closed."), year=year)
    if not accept and check.limit.breached:
        raise _refuse(QT_TRANSLATE_NOOP(
            "Grading", "{outstanding} members are graded outstanding, more than the {allowed} "
                       "allowed ({share} of {good} good). Look again, or close anyway."),
            outstanding=check.limit.outstanding, allowed=check.limit.allowed,
            share=f"{check.limit.numerator * 100 // check.limit.denominator} %",
            good=check.limit.good)
    if not accept and check.missing:
        raise _refuse(QT_TRANSLATE_NOOP(
            "Grading", "{count} members have no grading yet: {names}. Grade them, or close "
                       "anyway."), count=len(check.missing), names=", ".join(check.missing[:10]))
    with db.atomic():
        store.close_round(db, year, period_of(quarter), check.limit.breached)
    return check


def members_for_grading(db: Database, year: int, rules: RuleBook | None = None,
                        quarter: int | None = None) -> list[tuple[str, str]]:
    """(id, name) of the members the year's (or the quarter's) grading covers, in
    Vietnamese name order."""
    from partydesk.services.reports.statistics import members_to_grade

    ids = members_to_grade(db, year, rules or default_rulebook(), period_end(year, quarter))
    names = member_names(db, ids)
    return sorted(((m, names.get(m, m)) for m in ids), key=lambda p: name_sort_key(p[1]))
