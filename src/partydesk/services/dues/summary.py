"""The yearly dues summary: one line per month of the year up to today (the monthly
report's figures) and the year's total, on a cell; per cell and in total on a committee.

In a total, the amounts of the months (due, collected, retained, remitted) are added up;
``members``, ``collected_year_to_date`` and ``arrears`` already run from January, so the
total takes them from the last month."""

from __future__ import annotations

from datetime import date

from partydesk.domain.dues import Month, months_between, refuse
from partydesk.domain.dues_rules import Settings
from partydesk.domain.messages import QT_TRANSLATE_NOOP
from partydesk.services.dues.report import KEYS, _with_shares, yearly_summary
from partydesk.services.setup.rulebook import default_rulebook
from partydesk.storage.connection import Database
from partydesk.storage.dues_store import all_settings
from partydesk.storage.dues_sums import month_sums

FIRST_YEAR = 1930        # the Party's founding: no dues were collected before
BAD_YEAR = QT_TRANSLATE_NOOP(
    "Dues", "There is no dues summary for the year {year}: give a year from {first} to "
            "{last}.")
ADDED = ("due", "collected", "retained", "remitted")


def check_year(year: int, today: date) -> None:
    if not FIRST_YEAR <= year <= today.year:
        raise refuse(BAD_YEAR, year=year, first=FIRST_YEAR, last=today.year)


def year_total(months: list[dict]) -> dict[str, int]:
    """The year's total of the monthly lines (see the module's docstring)."""
    if not months:
        return dict.fromkeys(KEYS, 0)
    last = months[-1]
    return {key: sum(m[key] for m in months) if key in ADDED else last[key] for key in KEYS}


def cell_summary(db: Database, year: int, today: date) -> dict:
    """Settles the year's months up to today (records what is due), then sums each."""
    check_year(year, today)
    months = yearly_summary(db, year, today)
    return {"year": year, "months": months, "total": year_total(months)}


def committee_summary(db: Database, year: int, today: date) -> dict:
    """Each cell's months and year total from its last bundle, and the committee's total."""
    check_year(year, today)
    rules, settings = default_rulebook(), Settings(all_settings(db))
    per_cell: dict[str, list[dict]] = {}
    for month in months_between(Month(year, 1), min(Month(year, 12), Month.of(today))):
        for code, sums in month_sums(db, month, per_cell=True).items():
            per_cell.setdefault(code, []).append(
                {"month": str(month), **_with_shares(sums, month, rules, settings)})
    cells = [{"code": code, "months": lines, **year_total(lines)}
             for code, lines in sorted(per_cell.items())]
    total = {key: sum(c[key] for c in cells) for key in KEYS}
    return {"year": year, "cells": cells, "total": total}
