"""The grading report of a year: each member's stages and latest level, the shares,
the cell's own grading, the 20 % limit and what is still undecided."""

from __future__ import annotations

from typing import Any

from partydesk.domain.grading import (
    LEVEL_NAMES_VI,
    STAGE_ORDER,
    Stage,
    period_end,
    period_of,
)
from partydesk.domain.organisation import Organisation
from partydesk.domain.rulebook import RuleBook
from partydesk.services.reports.statistics import statistics
from partydesk.services.setup.rulebook import default_rulebook
from partydesk.storage import grading_store
from partydesk.storage.database import Database


def _members(rows: list[dict]) -> dict[str, list[dict]]:
    """cell code → one entry per member with each stage and the latest."""
    by_member: dict[tuple[str, str], dict[str, Any]] = {}
    for r in rows:
        entry = by_member.setdefault((r["cell_code"], r["member_id"]), {
            "member_id": r["member_id"], "full_name": r["full_name"],
            "card_number": r["card_number"] or "", "self": None, "cell": None,
            "committee": None, "level": None, "stage": None, "score": None})
        entry[r["stage"]] = r["level"]
        if entry["stage"] is None or STAGE_ORDER[Stage(r["stage"])] > STAGE_ORDER[
                Stage(entry["stage"])]:
            entry.update(stage=r["stage"], level=r["level"], score=r["score"])
    result: dict[str, list[dict]] = {}
    for (code, _), entry in by_member.items():
        entry["level_text"] = LEVEL_NAMES_VI[entry["level"]]
        result.setdefault(code, []).append(entry)
    return result


def _own(rows: list[dict]) -> dict[str, dict | None]:
    best: dict[str, dict] = {}
    for r in rows:
        held = best.get(r["cell_code"])
        if held is None or STAGE_ORDER[Stage(r["stage"])] > STAGE_ORDER[Stage(held["stage"])]:
            best[r["cell_code"]] = {"stage": r["stage"], "level": r["level"],
                                    "score": r["score"],
                                    "level_text": LEVEL_NAMES_VI[r["level"]]}
    return best


def _unit(figures: dict, members: list[dict], own: dict | None) -> dict[str, Any]:
    return {"code": figures["code"], "name": figures["name"], "members_total": figures[
        "members"], "grading": figures["grading"], "round": figures["grading_round"],
            "organisation_grading": own, "members": members}


def grading_report(db: Database, organisation: Organisation, year: int,
                   rules: RuleBook | None = None, quarter: int | None = None
                   ) -> dict[str, Any]:
    """The year's grading (or one quarter's, where the committee asks for one): on a
    cell its members, on a committee each cell and the total. A quarter's gradings
    never count in the year's report, nor the year's in a quarter's."""
    rules = rules or default_rulebook()
    committee = organisation.is_committee
    period = period_of(quarter)
    figures = statistics(db, organisation, period_end(year, quarter), rules, period=period)
    members = _members(grading_store.graded_members(db, year, committee, period))
    own = _own(grading_store.organisation_gradings(db, year, period, committee=committee))
    mine = _unit(figures, members.get("", []) if not committee else [],
                 own.get("") if not committee else None)
    report = {"year": year, "quarter": quarter, **mine}
    if committee:
        report["cells"] = [_unit(cell, members.get(cell["code"], []), own.get(cell["code"]))
                           for cell in figures["cells"]]
        report["cell_gradings"] = {code: g["level"] for code, g in own.items()}
    return report
