"""Admission targets of a year: a committee sets one per cell; a cell records its own."""

from __future__ import annotations

from partydesk.domain.messages import QT_TRANSLATE_NOOP
from partydesk.domain.organisation import Organisation
from partydesk.services.grading.rounds import _refuse
from partydesk.storage import grading_store
from partydesk.storage.bundle_store import list_cells
from partydesk.storage.database import Database


def set_admission_target(db: Database, organisation: Organisation, year: int,
                         admissions: int, cell_code: str | None = None) -> None:
    if not 2000 <= year <= 2100:
        raise _refuse(QT_TRANSLATE_NOOP("Grading", "The year {year} is not a year to grade."),
                      year=year)
    if admissions < 0 or admissions > 1_000_000:
        raise _refuse(QT_TRANSLATE_NOOP(
            "Targets", "The number of admissions must be a whole number, 0 or more."))
    code = (cell_code or "").strip()
    if code and not organisation.is_committee:
        raise _refuse(QT_TRANSLATE_NOOP(
            "Targets", "Only a committee sets targets for its cells; on a cell leave out "
                       "--cell to record the cell's own target."))
    if code and code not in {c["code"] for c in list_cells(db)}:
        raise _refuse(QT_TRANSLATE_NOOP("Targets", "There is no enrolled cell with code "
                                                   "{code}."), code=code)
    with db.atomic():
        grading_store.set_target(db, year, code, admissions)


def admission_targets(db: Database, year: int) -> dict[str, int]:
    return grading_store.targets(db, year)


def target_units(db: Database, organisation: Organisation) -> list[tuple[str, str]]:
    """(cell code, name) of what a target can be set for: on a cell only itself ('');
    on a committee each enrolled cell, then the committee's own total ('')."""
    if not organisation.is_committee:
        return [("", organisation.name)]
    return [(c["code"], f"{c['code']} — {c['name']}") for c in list_cells(db)] + [
        ("", organisation.name)]
