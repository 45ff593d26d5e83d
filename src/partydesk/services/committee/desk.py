"""The committee's desk across its cells: how long since each cell's last bundle,
which cells recorded no meeting last month, members waiting for a committee decision
(conversion due, admission proposed), members in transit between cells, dues arrears by
cell and members who appear in two cells. Everything is read from what the cells' last
bundles brought, so it is as fresh as those bundles."""

from __future__ import annotations

import calendar
from datetime import date

from partydesk.domain.dues import Month
from partydesk.domain.organisation import Organisation, holder_code, summed_by_holder
from partydesk.domain.reminders import conversions_due
from partydesk.services.committee.cells import _require_committee, cells_status, local_date
from partydesk.services.committee.duplicates import open_duplicates
from partydesk.services.setup.rulebook import default_rulebook
from partydesk.storage import desk_store
from partydesk.storage.database import Database
from partydesk.storage.dues_sums import month_sums
from partydesk.storage.rollup_store import nested_code, rollup_cells
from partydesk.storage.transfer_store import in_transit


def last_month(today: date) -> tuple[date, date]:
    previous = Month.of(today).next(-1)
    days = calendar.monthrange(previous.year, previous.month)[1]
    return date(previous.year, previous.month, 1), date(previous.year, previous.month, days)


def committee_desk(db: Database, organisation: Organisation, today: date) -> dict:
    """JSON-ready: ``as_of``, ``meeting_month``, ``dues_month``, ``cells`` (one per cell:
    code, name, last_sequence, last_bundle_at, days_since_bundle, waiting, members,
    meetings_last_month, no_meeting_last_month, in_transit, arrears, waiting_decisions),
    ``waiting_decisions``, ``in_transit``, ``duplicates``."""
    _require_committee(organisation)
    first, last = last_month(today)
    meetings = desk_store.meetings_by_cell(db, first.isoformat(), last.isoformat())
    without = _cells_without_meeting(db, meetings)
    dues_month = Month.of(today).next(-1)
    arrears = summed_by_holder({code: sums.get("arrears", 0) for code, sums
                                in month_sums(db, dues_month, per_cell=True).items()})
    waiting = waiting_decisions(db, today)
    transit = in_transit(db)
    held_meetings = summed_by_holder(meetings)
    cells = []
    for cell in cells_status(db, organisation, today):
        code = cell["code"]
        since = local_date(cell["last_bundle_at"])
        held = held_meetings.get(code, 0)
        row = {
            "code": code, "name": cell["name"], "last_sequence": cell["last_sequence"],
            "last_bundle_at": cell["last_bundle_at"],
            "days_since_bundle": None if since is None else (today - since).days,
            "waiting": cell["waiting"], "members": cell["members"],
            "meetings_last_month": held,
            # a cell with no bundle yet has told us nothing: not counted as "no meeting"
            "no_meeting_last_month": since is not None and held == 0,
            "in_transit": sum(1 for t in transit if holder_code(t["from_cell"]) == code),
            "arrears": arrears.get(code, 0),
            "waiting_decisions": sum(1 for w in waiting if holder_code(w["cell_code"]) == code)}
        if code in without:          # a commune, on a province: which of its cells held none
            row["cells_without_meeting"] = without[code]
            row["no_meeting_last_month"] = bool(without[code])
        cells.append(row)
    return {"as_of": today.isoformat(), "meeting_month": f"{first:%Y-%m}",
            "dues_month": str(dues_month), "cells": cells, "waiting_decisions": waiting,
            "in_transit": [{k: v for k, v in t.items() if k != "out_details"}
                           for t in transit],
            "duplicates": open_duplicates(db)}


def _cells_without_meeting(db: Database, meetings: dict[str, int]) -> dict[str, list[str]]:
    """On a province: ``commune → its reported cells that held no meeting`` (cells with
    no bundle have told nothing). Empty on a commune committee."""
    found: dict[str, list[str]] = {}
    for cell in rollup_cells(db):
        none_held = cell["sequence"] is not None and not meetings.get(
            nested_code(cell["commune_code"], cell["cell_code"]))
        listed = found.setdefault(cell["commune_code"], [])
        if none_held:
            listed.append(cell["cell_code"])
    return found


def waiting_decisions(db: Database, today: date) -> list[dict]:
    """Members and candidates waiting for the committee: probation ended (or ending
    within a month) with no conversion decision recorded, and candidates whose cell
    passed its resolution with no admission decision recorded. Each: cell_code,
    member_id, full_name, kind (conversion|admission), since, overdue."""
    probationers = desk_store.probationers(db)
    keys = [(p["cell_code"], p["id"]) for p in probationers]
    histories = desk_store.cell_histories(db, keys)
    names = {(p["cell_code"], p["id"]): p["full_name"] for p in probationers}
    converted = desk_store.decided(db, "conversion")
    rules = default_rulebook()
    found = []
    for key in keys:
        if key in converted or key not in histories:
            continue
        for due in conversions_due({key[1]: histories[key]}, today, rules,
                                   within_days=31):
            found.append({"cell_code": key[0], "member_id": key[1], "full_name": names[key],
                          "kind": "conversion", "since": due.probation_ends_on.isoformat(),
                          "overdue": due.overdue})
    admitted = desk_store.decided(db, "admission")
    for candidate in desk_store.proposed_candidates(db):
        if (candidate["cell_code"], candidate["id"]) not in admitted:
            found.append({"cell_code": candidate["cell_code"], "member_id": candidate["id"],
                          "full_name": candidate["full_name"], "kind": "admission",
                          "since": candidate["cell_resolution_on"], "overdue": False})
    return sorted(found, key=lambda w: (w["since"], w["cell_code"], w["member_id"]))
