"""The province's views (issue 15): its communes and their cells with who has not
reported, the consolidated register across them, and the statistics and grading
reports by commune and cell and in total. The ``cell_*`` tables hold a commune's
cell as ``COMMUNE/CELL``; these views put the cells back under their communes."""

from __future__ import annotations

from datetime import date
from typing import Any

from partydesk.domain.bundles import is_waiting
from partydesk.domain.errors import PartyDeskError
from partydesk.domain.messages import QT_TRANSLATE_NOOP, message
from partydesk.domain.organisation import Organisation
from partydesk.domain.statistics import Groupings, Tally
from partydesk.domain.vietnamese import fold
from partydesk.services.bundles.errors import NOT_COMMITTEE, BundleError
from partydesk.services.committee.cells import local_date, waiting_days
from partydesk.services.reports.grading_report import grading_report, period_end, period_of
from partydesk.services.reports.statistics import tallies, unit_figures
from partydesk.services.setup.rulebook import default_rulebook
from partydesk.storage import grading_store
from partydesk.storage.province_store import communes, page_token, page_token_key, register_page
from partydesk.storage.rollup_store import SEPARATOR, rollup_cells

MAX_PAGE = 500


def _require_committee(organisation: Organisation) -> None:
    if not organisation.is_committee:
        raise BundleError(NOT_COMMITTEE)


def holds_communes(db) -> bool:
    """Whether this committee is a province: it has enrolled a commune committee."""
    return bool(communes(db))


def reporting(db, organisation: Organisation, today: date) -> dict[str, Any]:
    """Every commune with its cells: what came last, and who has not reported (a
    commune with no roll-up for more than the waiting days, or none yet; a cell
    whose commune holds no bundle of it, or one older than the waiting days)."""
    _require_committee(organisation)
    days = waiting_days(db)
    cells_of: dict[str, list[dict]] = {}
    for cell in rollup_cells(db):
        cells_of.setdefault(cell["commune_code"], []).append({
            "code": cell["cell_code"], "name": cell["name"], "status": cell["status"],
            "fingerprint": cell["fingerprint"], "last_sequence": cell["sequence"],
            "last_bundle_at": cell["created_at"], "members": cell["member_count"],
            "reported": cell["sequence"] is not None,
            "waiting": cell["sequence"] is None
            or is_waiting(local_date(cell["created_at"]), today, days)})
    listed = []
    for commune in communes(db):
        since = local_date(commune["last_bundle_created_at"] or commune["enrolled_at"])
        cells = cells_of.get(commune["code"], [])
        listed.append({"code": commune["code"], "name": commune["name"],
                       "status": commune["status"], "fingerprint": commune["fingerprint"],
                       "last_sequence": commune["last_sequence"],
                       "last_rollup_at": commune["last_bundle_created_at"],
                       "members": commune["member_count"],
                       "reported": commune["last_sequence"] > 0,
                       "waiting": is_waiting(since, today, days), "cells": cells})
    return {"waiting_days": days, "communes": listed,
            "communes_not_reported": [c["code"] for c in listed
                                      if c["waiting"] or not c["reported"]],
            "cells_not_reported": [f"{c['code']}{SEPARATOR}{cell['code']}"
                                   for c in listed for cell in c["cells"] if cell["waiting"]]}


def register(db, organisation: Organisation, search: str = "", commune: str | None = None,
             cell: str | None = None, status: str | None = None, page: int = 1,
             per_page: int = 50, after: str | None = None) -> dict[str, Any]:
    """One page of the consolidated register; each row says its commune and cell.
    ``after`` is the ``next`` of the page before (keyset: any page costs what the
    first does); without it ``page`` counts pages from the first (offset)."""
    _require_committee(organisation)
    page, per_page = max(page, 1), min(max(per_page, 1), MAX_PAGE)
    key = page_token_key(after) if after else None
    if after and key is None:
        raise PartyDeskError(message(QT_TRANSLATE_NOOP(
            "Province", "“{text}” is not the next page of a list of members: give the "
                        "“next” of the page before."), text=after[:40]))
    rows, more = register_page(db, fold(search).split(), commune, cell, status, per_page,
                               (page - 1) * per_page, key)
    following = page_token(rows[-1]) if more and rows else None
    for row in rows:
        row.pop("sort_key")
        held_as = row.pop("cell_code")
        row["commune_code"], _, row["cell_code"] = held_as.rpartition(SEPARATOR)
    return {"page": page, "per_page": per_page, "more": more, "next": following,
            "members": rows}


def _split(code: str) -> tuple[str, str]:
    commune, _, cell = code.rpartition(SEPARATOR)
    return commune, cell


def statistics_by_commune(db, organisation: Organisation, as_of: date,
                          period: str = "year") -> dict[str, Any]:
    """The statistics report with each commune's total and its cells under it."""
    _require_committee(organisation)
    rules = default_rulebook()
    groupings = Groupings.from_rules(rules, as_of)       # once, not once per cell
    counted = tallies(db, as_of, True, rules, True, period, groupings)
    rounds = grading_store.closed_rounds(db, as_of.year, True, period)
    names = {(c["commune_code"], c["cell_code"]): c["name"] for c in rollup_cells(db)}
    total, listed = Tally(), []
    for commune in communes(db):
        code, commune_total, cells = commune["code"], Tally(), []
        for (commune_code, cell_code), name in names.items():
            if commune_code != code:
                continue
            tally = counted.get(f"{code}{SEPARATOR}{cell_code}", Tally())
            commune_total.add(tally)
            cells.append({"code": cell_code, "name": name, **unit_figures(
                tally, as_of, None, rules, rounds.get(f"{code}{SEPARATOR}{cell_code}"),
                groupings)})
        total.add(commune_total)
        listed.append({"code": code, "name": commune["name"],
                       **unit_figures(commune_total, as_of, None, rules, None, groupings),
                       "cells": cells})
    return {"code": organisation.code, "name": organisation.name,
            **unit_figures(total, as_of, None, rules, None, groupings), "communes": listed}


def grading_by_commune(db, organisation: Organisation, year: int,
                       quarter: int | None = None) -> dict[str, Any]:
    """The grading report with its cells grouped under their communes, and each
    commune's shares (from the statistics by commune)."""
    _require_committee(organisation)
    report = grading_report(db, organisation, year, quarter=quarter)
    cells = report.pop("cells", [])
    report.pop("cell_gradings", None)
    by_commune: dict[str, list[dict]] = {}
    for cell in cells:
        commune, code = _split(cell["code"])
        if commune:
            by_commune.setdefault(commune, []).append({**cell, "code": code})
    report["communes"] = [{"code": c["code"], "name": c["name"],
                           "members_total": c["members"], "grading": c["grading"],
                           "round": c["grading_round"], "cells": by_commune.get(c["code"], [])}
                          for c in statistics_by_commune(
                              db, organisation, period_end(year, quarter),
                              period_of(quarter))["communes"]]
    return report
