"""The monthly dues report (members, due, collected this month and year to date, kept by
the cell, sent up, arrears by member) on a cell, and per cell and in total on a committee;
the yearly summary; members behind for the overview."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from partydesk.domain.dues import Month, months_between
from partydesk.domain.dues_rules import Settings, retained_share
from partydesk.domain.organisation import Organisation
from partydesk.domain.rulebook import RuleBook
from partydesk.services.dues.context import load_context
from partydesk.services.dues.ledger import check_month, settle
from partydesk.services.setup.rulebook import default_rulebook
from partydesk.storage.connection import Database
from partydesk.storage.dues_store import all_settings
from partydesk.storage.dues_sums import member_arrears, month_sums
from partydesk.storage.members.records import member_names

KEYS = ("members", "due", "collected", "collected_year_to_date", "retained", "remitted",
        "arrears")
FLAG_RULE = "removal.unpaid_dues_months_in_year"


@dataclass(frozen=True)
class Behind:
    member_id: str
    full_name: str
    months: int          # months this year with less paid than due
    owed: int
    flagged: bool        # as many unpaid months as the removal rule names: for the cell


def _with_shares(sums: dict[str, int], month: Month, rules: RuleBook,
                 settings: Settings) -> dict[str, int]:
    retained = retained_share(sums["collected"], month, rules, settings)
    return {**sums, "retained": retained, "remitted": sums["collected"] - retained}


def _empty() -> dict[str, int]:
    return {k: 0 for k in KEYS if k not in ("retained", "remitted")}


def cell_report(db: Database, month: Month, today: date) -> dict:
    """Settles the year's months up to ``month`` (records what is due), then sums."""
    check_month(month, today)
    context = load_context(db)
    settle(db, months_between(month.january(), month), context)
    sums = month_sums(db, month).get("", _empty())
    report = {"month": str(month), **_with_shares(sums, month, context.rules, context.settings)}
    report["behind"] = [b.__dict__ for b in members_behind(db, month, context.rules)]
    return report


def members_behind(db: Database, month: Month, rules: RuleBook | None = None) -> list[Behind]:
    """Members with unpaid months this year up to ``month`` (from the ledger), name order."""
    rules = rules or default_rulebook()
    limit = int(rules.value(FLAG_RULE, month.last_day))
    rows = member_arrears(db, month)
    names = member_names(db, [r[0] for r in rows])
    behind = [Behind(m, names.get(m, ""), n, owed, n >= limit) for m, n, owed in rows]
    return sorted(behind, key=lambda b: (-b.months, b.full_name))


def committee_report(db: Database, organisation: Organisation, month: Month) -> dict:
    """Each cell's sums from its last bundle, and the total."""
    rules = default_rulebook()
    settings = Settings(all_settings(db))
    cells = []
    total = dict.fromkeys(KEYS, 0)
    for code, sums in sorted(month_sums(db, month, per_cell=True).items()):
        row = {"code": code, **_with_shares(sums, month, rules, settings)}
        cells.append(row)
        for key in KEYS:
            total[key] += row[key]
    return {"month": str(month), "cells": cells, "total": total}


def yearly_summary(db: Database, year: int, today: date) -> list[dict]:
    """The year's months up to today, one report line each (the yearly summary)."""
    last = min(Month(year, 12), Month.of(today))
    if last < Month(year, 1):
        return []
    context = load_context(db)
    settle(db, months_between(Month(year, 1), last), context)
    lines = []
    for month in months_between(Month(year, 1), last):
        sums = month_sums(db, month).get("", _empty())
        lines.append({"month": str(month),
                      **_with_shares(sums, month, context.rules, context.settings)})
    return lines


def flag_limit(rules: RuleBook, on: date) -> int:
    return int(rules.value(FLAG_RULE, on))
