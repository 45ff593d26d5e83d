"""What the committee writes for its cells: decisions about a cell's members
(admission, conversion to official, discipline, badge, removal) and notices with an
optional PDF. Both travel in the cell's next downward bundles."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

from partydesk.domain.errors import PartyDeskError
from partydesk.domain.events import DisciplineLevel
from partydesk.domain.ids import new_id
from partydesk.domain.messages import QT_TRANSLATE_NOOP, message
from partydesk.domain.organisation import Organisation
from partydesk.services.bundles.downward_payload import DECISION_KINDS
from partydesk.services.bundles.errors import NOT_COMMITTEE, BundleError
from partydesk.storage.bundle_store import list_cells, load_cell
from partydesk.storage.database import Database
from partydesk.storage.downward_store import (
    cell_people,
    committee_decisions_named,
    committee_notices_listed,
    insert_decision,
    insert_notices,
)
from partydesk.storage.partition_store import cell_member_known

MAX_ATTACHMENT_BYTES = 20 * 1024 * 1024


class DecisionError(PartyDeskError):
    def __init__(self, text, **params):
        super().__init__(message(text, **params))


UNKNOWN_CELL = QT_TRANSLATE_NOOP("Committee", "There is no cell with the code {code} "
                                 "enrolled here; nothing was recorded.")
UNKNOWN_MEMBER = QT_TRANSLATE_NOOP(
    "Committee", "Cell {code} has no member or candidate with the id {id} in its last "
    "bundle; nothing was recorded.")
EMPTY_NUMBER = QT_TRANSLATE_NOOP("Committee", "The decision needs its number.")
EMPTY_TITLE = QT_TRANSLATE_NOOP("Committee", "The notice needs a title.")
NOT_A_PDF = QT_TRANSLATE_NOOP(
    "Committee", "The file {file} is not a PDF file (or cannot be read, or is larger than "
    "20 MB); nothing was recorded.")
COMMUNE_NOT_CELL = QT_TRANSLATE_NOOP(
    "Committee", "{code} is a commune committee, not a cell: a decision about one of its "
    "members is recorded by the commune for the member's cell. The province sends its "
    "communes notices and settings; nothing was recorded.")
NO_CELLS = QT_TRANSLATE_NOOP("Committee", "No cell is enrolled yet; nothing was recorded.")


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _cell(db: Database, organisation: Organisation, code: str) -> dict:
    if not organisation.is_committee:
        raise BundleError(NOT_COMMITTEE)
    cell = load_cell(db, code)
    if cell is None:
        raise DecisionError(UNKNOWN_CELL, code=code)
    return cell


def record_decision(db: Database, organisation: Organisation, cell_code: str,
                    member_id: str, kind: str, number: str, decided_on: date,
                    level: str | None = None, years: int | None = None) -> str:
    """Record a decision for the cell's next downward bundle; returns its id."""
    if _cell(db, organisation, cell_code).get("level") == "committee":
        raise DecisionError(COMMUNE_NOT_CELL, code=cell_code)
    if kind not in DECISION_KINDS:
        raise ValueError(kind)
    if not number.strip():
        raise DecisionError(EMPTY_NUMBER)
    if not cell_member_known(db, cell_code, member_id):
        raise DecisionError(UNKNOWN_MEMBER, code=cell_code, id=member_id)
    details: dict = {}
    if kind == "discipline":
        details["level"] = DisciplineLevel(level or DisciplineLevel.REPRIMAND).value
    if kind == "badge":
        details["years"] = int(years or 30)
    decision_id = new_id()
    insert_decision(db, {"id": decision_id, "cell_code": cell_code, "member_id": member_id,
                         "kind": kind, "number": number.strip(),
                         "decided_on": decided_on.isoformat(), "details": details,
                         "created_at": _now()})
    return decision_id


def add_notice(db: Database, organisation: Organisation, cell_codes: list[str] | None,
               title: str, text: str = "", attachment: Path | None = None) -> list[str]:
    """A notice for the cells named, or every enrolled cell (``None``); returns the
    codes of the cells it will go to."""
    if not organisation.is_committee:
        raise BundleError(NOT_COMMITTEE)
    if not title.strip():
        raise DecisionError(EMPTY_TITLE)
    codes = ([_cell(db, organisation, c)["code"] for c in dict.fromkeys(cell_codes)]
             if cell_codes else [c["code"] for c in list_cells(db)])
    if not codes:
        raise DecisionError(NO_CELLS)
    data = _read_pdf(attachment) if attachment else None
    now = _now()
    insert_notices(db, [{"id": new_id(), "cell_code": code, "title": title.strip(),
                         "text": text, "attachment_name": attachment.name if data else None,
                         "attachment": data, "created_at": now} for code in codes])
    return codes


def _read_pdf(path: Path) -> bytes:
    try:
        if path.stat().st_size > MAX_ATTACHMENT_BYTES:
            raise DecisionError(NOT_A_PDF, file=str(path))
        data = path.read_bytes()
    except OSError:
        raise DecisionError(NOT_A_PDF, file=str(path)) from None
    if not data.startswith(b"%PDF-"):
        raise DecisionError(NOT_A_PDF, file=str(path))
    return data


def recorded_decisions(db: Database) -> list[dict]:
    """Every decision recorded for the cells, newest first, with the person's name."""
    return committee_decisions_named(db)


def recorded_notices(db: Database) -> list[dict]:
    """Every notice written, newest first; one row per notice and cell."""
    return committee_notices_listed(db)


def people_of(db: Database, organisation: Organisation, cell_code: str) -> list[dict]:
    """Whom a decision for the cell can be about: its members and candidates as its last
    bundle holds them (id, full_name, birth_date, status)."""
    _cell(db, organisation, cell_code)
    return cell_people(db, cell_code)


def enrolled_cells(db: Database, organisation: Organisation) -> list[dict]:
    if not organisation.is_committee:
        raise BundleError(NOT_COMMITTEE)
    return list_cells(db)
