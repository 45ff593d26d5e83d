"""The committee's view of its cells: each cell's last bundle, whether one is overdue,
and the consolidated register of every cell's members."""

from __future__ import annotations

from datetime import date, datetime

from partydesk.domain.bundles import DEFAULT_WAITING_DAYS, MAX_WAITING_DAYS, is_waiting
from partydesk.domain.dues import Month
from partydesk.domain.messages import QT_TRANSLATE_NOOP
from partydesk.domain.organisation import Organisation, holder_code, summed_by_holder
from partydesk.domain.vietnamese import fold
from partydesk.services.bundles.errors import NOT_COMMITTEE, BundleError
from partydesk.storage.bundle_store import list_cells
from partydesk.storage.consolidated_store import (
    consolidated_count,
    consolidated_page,
    consolidated_rows,
)
from partydesk.storage.database import Database
from partydesk.storage.dues_sums import last_month_by_cell
from partydesk.storage.partition_store import consolidated_members, member_counts_by_cell
from partydesk.storage.settings_store import get_setting, set_setting

WAITING_DAYS_KEY = "committee.waiting_days"
BAD_WAITING_DAYS = QT_TRANSLATE_NOOP(
    "Committee", "The number of days must be a whole number from 1 to {most}.")


def _require_committee(organisation: Organisation) -> None:
    if not organisation.is_committee:
        raise BundleError(NOT_COMMITTEE)


def cells_overview(db: Database, organisation: Organisation) -> list[dict]:
    """One dict per enrolled cell: code, name, status, fingerprint, last_sequence,
    last_bundle_at, last_imported_at, members (active members in its last bundle)."""
    _require_committee(organisation)
    return [{"code": c["code"], "name": c["name"], "status": c["status"],
             "fingerprint": c["fingerprint"], "last_sequence": c["last_sequence"],
             "last_bundle_at": c["last_bundle_created_at"],
             "last_imported_at": c["last_imported_at"], "members": c["member_count"],
             "enrolled_at": c["enrolled_at"]}
            for c in list_cells(db)]


def waiting_days(db: Database) -> int:
    """After how many days without a bundle a cell is marked as waited for."""
    try:
        days = int(get_setting(db, WAITING_DAYS_KEY) or DEFAULT_WAITING_DAYS)
    except ValueError:
        return DEFAULT_WAITING_DAYS
    return days if 1 <= days <= MAX_WAITING_DAYS else DEFAULT_WAITING_DAYS


def set_waiting_days(db: Database, days: int) -> None:
    if not isinstance(days, int) or not 1 <= days <= MAX_WAITING_DAYS:
        raise BundleError(BAD_WAITING_DAYS, most=MAX_WAITING_DAYS)
    set_setting(db, WAITING_DAYS_KEY, str(days))


def local_date(stamp: str | None) -> date | None:
    """The local calendar day of a stored UTC time stamp."""
    return datetime.fromisoformat(stamp).astimezone().date() if stamp else None


def cells_status(db: Database, organisation: Organisation, today: date) -> list[dict]:
    """:func:`cells_overview` plus, for each cell, ``official`` and ``probationary``
    (members held from its last bundle) and ``waiting`` (no bundle made for more than
    the waiting days, counted from its enrolment while none has come)."""
    days = waiting_days(db)
    counts = _counts_by_holder(member_counts_by_cell(db))
    last_month = Month.of(today).next(-1)
    dues = _dues_by_holder(last_month_by_cell(db, last_month))
    cells = []
    for cell in cells_overview(db, organisation):
        held = counts.get(cell["code"], {})
        since = local_date(cell["last_bundle_at"] or cell["enrolled_at"])
        cells.append({**cell, "official": held.get("official", 0),
                      "probationary": held.get("probationary", 0),
                      "waiting": is_waiting(since, today, days),
                      "dues_month": str(last_month),
                      "dues_due": dues.get(cell["code"], (0, 0))[0],
                      "dues_collected": dues.get(cell["code"], (0, 0))[1]})
    return cells


def _counts_by_holder(counts: dict[str, dict[str, int]]) -> dict[str, dict[str, int]]:
    """On a province, the members of a commune's cells counted under the commune."""
    total: dict[str, dict[str, int]] = {}
    for code, by_status in counts.items():
        held = total.setdefault(holder_code(code), {})
        for status, count in by_status.items():
            held[status] = held.get(status, 0) + count
    return total


def _dues_by_holder(dues: dict[str, tuple[int, int]]) -> dict[str, tuple[int, int]]:
    due = summed_by_holder({code: pair[0] for code, pair in dues.items()})
    collected = summed_by_holder({code: pair[1] for code, pair in dues.items()})
    return {code: (due[code], collected[code]) for code in due}


def committee_members(db: Database, organisation: Organisation, search: str | None = None,
                      status: str | None = None, cell_code: str | None = None) -> list[dict]:
    """Every member held from every cell, each with its cell's code; searched like the
    cell register (accents and đ folded, each word a prefix of a word of the name)."""
    _require_committee(organisation)
    return consolidated_members(db, fold(search or "").split(), status, cell_code)


def committee_members_page(db: Database, organisation: Organisation,
                           search: str | None = None, status: str | None = None,
                           cell_code: str | None = None, flag: str | None = None,
                           after=None, limit: int = 500) -> list[dict]:
    """One page of the consolidated register after the row keyed ``after`` (the
    ``(sort_key, cell_code, id)`` of the last row shown), like the cell's register."""
    _require_committee(organisation)
    return consolidated_page(db, fold(search or "").split(), status, cell_code, flag,
                             after, limit)


def committee_members_count(db: Database, organisation: Organisation,
                            search: str | None = None, status: str | None = None,
                            cell_code: str | None = None, flag: str | None = None) -> int:
    _require_committee(organisation)
    return consolidated_count(db, fold(search or "").split(), status, cell_code, flag)


def committee_member_rows(db: Database, organisation: Organisation,
                          search: str | None = None, status: str | None = None,
                          flag: str | None = None):
    """Every matching member, page by page (for listings and exports)."""
    _require_committee(organisation)
    return consolidated_rows(db, fold(search or "").split(), status, None, flag)
