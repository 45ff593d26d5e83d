"""The statistics report's figures: members as of a date by each grouping, the
year's admissions against the target and departures, grading shares."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from partydesk.domain.errors import PartyDeskError
from partydesk.domain.events import GradingLevel
from partydesk.domain.grading import (
    LEVELS,
    Stage,
    not_graded_rule,
    outstanding_limit,
    rules_known,
)
from partydesk.domain.messages import QT_TRANSLATE_NOOP, message
from partydesk.domain.organisation import Organisation
from partydesk.domain.rulebook import RuleBook, UnknownRule
from partydesk.domain.statistics import (
    MOVEMENT_KEYS,
    STAGE_RANK,
    Groupings,
    Tally,
    membership_on,
    tallies_from_counts,
)
from partydesk.domain.vnnumbers import achieved_text, as_number, percent_text, share, thousands
from partydesk.services.setup.rulebook import default_rulebook
from partydesk.storage import grading_store, statistics_counts
from partydesk.storage.bundle_store import list_cells
from partydesk.storage.database import Database
from partydesk.storage.statistics_store import member_facts


def tallies(db: Database, as_of: date, committee: bool, rules: RuleBook,
            everything: bool = True, period: str = "year",
            groupings: Groupings | None = None) -> dict[str, Tally]:
    """cell code ('' on a cell) → its counts, counted in SQLite (see
    storage/statistics_counts); re-admitted members' party age is folded here."""
    exempt_out, months = not_graded_rule(as_of.year, rules)

    def party_months(members: list[tuple[str, str]]) -> list[int]:
        histories = statistics_counts.member_histories(db, committee, members)
        parse = date.fromisoformat
        return [membership_on(sorted(((k, parse(on)) for k, on in histories[key]),
                                     key=lambda e: e[1]), as_of)[1] for key in members]

    groupings = groupings or Groupings.from_rules(rules, as_of)
    counts = statistics_counts.counted(
        db, committee, as_of, STAGE_RANK, STAGE_RANK[Stage.COMMITTEE.value], months,
        exempt_out, party_months, everything, period, (groupings.age, groupings.party_age))
    return tallies_from_counts(counts, groupings)


def count_ahead(db: Database, organisation: Organisation, today: date) -> None:
    """After an import on a committee, in its transaction: the year's statistics as of
    31 December (what the reports and a province's views ask first) counted now, so
    that the first question afterwards reads kept counts. Only the cells the import
    wrote are counted, except at the year's first import."""
    if not organisation.is_committee:
        return
    rules = default_rulebook()
    as_of = date(today.year, 12, 31)
    try:
        groupings = _groupings(rules, as_of)
    except PartyDeskError:
        return                     # no rules for that year: nothing to count ahead
    tallies(db, as_of, True, rules, True, "year", groupings)


def _groupings(rules: RuleBook, as_of: date) -> Groupings:
    """The rules' groupings on the day; refused when the rules then are not held."""
    try:
        groupings = Groupings.from_rules(rules, as_of)
    except UnknownRule:
        groupings = None
    if groupings is None or not rules_known(as_of.year, rules):
        raise PartyDeskError(message(QT_TRANSLATE_NOOP(
            "Reports", "No statistics can be made as of {day}: the rules in force then are "
                       "not in PartyDesk."), day=as_of.strftime("%d/%m/%Y")))
    return groupings


def members_to_grade(db: Database, year: int, rules: RuleBook, end: date | None = None
                     ) -> list[str]:
    """Ids of this cell's members the year's grading covers (members on ``end``, by
    default 31 December; a quarter's round gives its quarter's last day)."""
    exempt_out, months = not_graded_rule(year, rules)
    end = end or date(year, 12, 31)
    chosen = []
    for _, m in member_facts(db):
        active, age = membership_on(m.events, end)
        if active and not (exempt_out and m.exempt) and age >= months:
            chosen.append(m.member_id)
    return chosen


def _counts(counter: Mapping[str, int], order: list[str] | None = None) -> dict[str, int]:
    keys = order if order is not None else sorted(counter, key=lambda k: (-counter[k], k))
    return {k: int(counter.get(k, 0)) for k in keys}


def _share(part: int, whole: int) -> dict[str, Any]:
    value = share(part, whole)
    return {"count": part, "share": as_number(value), "share_text": percent_text(value)}


def unit_figures(tally: Tally, as_of: date, target: int | None, rules: RuleBook,
                 closed: Mapping[str, Any] | None = None,
                 groupings: Groupings | None = None) -> dict[str, Any]:
    """One organisation's figures, in the report's JSON shape. ``groupings``: the
    rules' groupings as of the date, looked up once for a committee's 200 cells."""
    groupings = groupings or Groupings.from_rules(rules, as_of)
    admitted = tally.movements.get("admissions", 0)
    of_target = share(admitted, target) if target else None
    of_members = share(admitted, tally.members_at_start)
    graded = sum(tally.grading.values())
    limit = outstanding_limit({lv: tally.grading.get(lv, 0) for lv in LEVELS},
                              as_of.year, rules)
    well = tally.grading.get(GradingLevel.OUTSTANDING, 0) + tally.grading.get(
        GradingLevel.GOOD, 0)
    return {
        "as_of": as_of.isoformat(),
        "members": tally.members, "members_text": thousands(tally.members),
        "members_at_start": tally.members_at_start,
        "by_sex": _counts(tally.by_sex, ["male", "female"]),
        "by_age_group": _counts(tally.by_age_group, groupings.age_labels()),
        "by_party_age": _counts(tally.by_party_age, groupings.party_age_labels()),
        "by_age_group_sex": {group: {sex: tally.by_age_sex.get((group, sex), 0)
                                     for sex in ("male", "female")}
                             for group in groupings.age_labels()},
        "by_ethnicity": _counts(tally.by_ethnicity),
        "by_religion": _counts(tally.by_religion),
        "by_education": _counts(tally.by_education),
        "by_professional_level": _counts(tally.by_professional_level),
        "by_theory_level": _counts(tally.by_theory_level),
        "by_occupation": _counts(tally.by_occupation),
        "admissions": {
            "count": admitted, "target": target, "share_of_target": as_number(of_target),
            "share_of_target_text": percent_text(of_target),
            "text": achieved_text(admitted, target),
            "share_of_members": as_number(of_members),
            "share_of_members_text": percent_text(of_members)},
        "movements": {key: tally.movements.get(key, 0) for key in MOVEMENT_KEYS},
        "grading": {lv.value: _share(tally.grading.get(lv, 0), graded) for lv in LEVELS},
        "grading_round": {
            "year": as_of.year, "graded": graded, "to_grade": tally.to_grade,
            "not_graded": tally.not_graded, "undecided": tally.undecided,
            "completed_well": _share(well, graded),
            "closed": bool(closed),
            "limit": {"outstanding": limit.outstanding, "good": limit.good,
                      "allowed": limit.allowed, "breached": limit.breached,
                      "share_of_good": as_number(limit.share_of_good),
                      "share_of_good_text": percent_text(limit.share_of_good)}},
    }


def statistics(db: Database, organisation: Organisation, as_of: date,
               rules: RuleBook | None = None, everything: bool = True,
               period: str = "year") -> dict[str, Any]:
    """The statistics report: a cell's figures, or a committee's total with ``cells``.
    Without ``everything`` only members by age and sex, movements and grading are
    counted (the overview's charts); the other groupings come back empty. The grading
    counted is the year's round, or with ``period`` 'q1' to 'q4' that quarter's."""
    rules = rules or default_rulebook()
    committee = organisation.is_committee
    groupings = _groupings(rules, as_of)
    counted = tallies(db, as_of, committee, rules, everything, period, groupings)
    targets = grading_store.targets(db, as_of.year)
    rounds = grading_store.closed_rounds(db, as_of.year, committee, period)
    if not committee:
        figures = unit_figures(counted.get("", Tally()), as_of, targets.get(""), rules,
                               rounds.get(""), groupings)
        return {"code": organisation.code, "name": organisation.name, **figures}
    cells, total = [], Tally()
    names = {c["code"]: c["name"] for c in list_cells(db)}
    for code in sorted(set(names) | set(counted)):
        tally = counted.get(code, Tally())
        total.add(tally)
        cells.append({"code": code, "name": names.get(code, code),
                      **unit_figures(tally, as_of, targets.get(code), rules, rounds.get(code),
                                     groupings)})
    cell_targets = [targets[c["code"]] for c in cells if c["code"] in targets]
    total_target = targets.get("") or (sum(cell_targets) if cell_targets else None)
    figures = unit_figures(total, as_of, total_target, rules, None, groupings)
    figures["grading_round"]["breached_cells"] = [
        c["code"] for c in cells if c["grading_round"]["limit"]["breached"]]
    return {"code": organisation.code, "name": organisation.name, **figures, "cells": cells}


def grading_shares(db: Database, committee: bool, year: int) -> dict[str, Any]:
    """Only the grading figures of a year (level → count, share, share_text), from each
    member's latest stage: what the overview shows for a year already over."""
    latest: dict[tuple[str, str], tuple[int, str]] = {}
    for code, member, stage, level in grading_store.latest_stage_rows(db, year, committee):
        held = latest.get((code, member))
        if held is None or STAGE_RANK[stage] > held[0]:
            latest[code, member] = (STAGE_RANK[stage], level)
    levels = [level for _, level in latest.values()]
    return {lv.value: _share(levels.count(lv.value), len(levels)) for lv in LEVELS}
