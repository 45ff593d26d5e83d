"""Settings a committee sets for its cells — dues settings (the unconfirmed amounts,
share kept and rounding) and admission targets — recorded here and carried in each
cell's next downward bundle, where the cell applies them and shows they came from the
committee (``services/bundles/downward_settings.py``)."""

from __future__ import annotations

from partydesk.domain.dues import Month, refuse
from partydesk.domain.dues_rules import SETTING_KEYS, RuleKey
from partydesk.domain.ids import new_id
from partydesk.domain.messages import QT_TRANSLATE_NOOP
from partydesk.domain.organisation import Organisation
from partydesk.services.bundles.downward_settings import DUES_LIMITS
from partydesk.services.bundles.errors import NOT_COMMITTEE, BundleError
from partydesk.services.dues.context import now_stamp
from partydesk.services.dues.facts import BAD_SETTING
from partydesk.services.grading.targets import set_admission_target
from partydesk.storage.bundle_store import list_cells
from partydesk.storage.cell_settings_store import cell_settings_list, insert_cell_dues_settings
from partydesk.storage.database import Database
from partydesk.storage.errors import storage_errors

NO_CELLS = QT_TRANSLATE_NOOP("Committee", "No cell is enrolled yet; nothing was set.")
UNKNOWN_CELL = QT_TRANSLATE_NOOP(
    "Committee", "There is no enrolled cell with code {code}; nothing was set.")


def chosen_cells(db: Database, organisation: Organisation, codes: list[str],
                 every: bool) -> list[str]:
    """The cells named (each must be enrolled), or every enrolled cell."""
    if not organisation.is_committee:
        raise BundleError(NOT_COMMITTEE)
    known = [c["code"] for c in list_cells(db)]
    if every:
        if not known:
            raise BundleError(NO_CELLS)
        return known
    for code in codes:
        if code not in known:
            raise BundleError(UNKNOWN_CELL, code=code)
    return list(dict.fromkeys(codes))


def set_cells_dues_setting(db: Database, organisation: Organisation, key: str, value: int,
                           since: Month, codes: list[str], every: bool = False) -> list[str]:
    """Record a dues setting for the cells; each gets it in its next downward bundle."""
    cells = chosen_cells(db, organisation, codes, every)
    if key not in SETTING_KEYS or not (
            DUES_LIMITS[RuleKey(key)][0] <= value <= DUES_LIMITS[RuleKey(key)][1]):
        raise refuse(BAD_SETTING, key=key, value=value)
    now = now_stamp()
    with storage_errors():
        insert_cell_dues_settings(db, [
            {"id": new_id(), "cell_code": code, "key": str(key), "value": value,
             "from_month": str(since), "created_at": now} for code in cells])
    return cells


def set_cells_target(db: Database, organisation: Organisation, year: int, admissions: int,
                     codes: list[str], every: bool = False) -> list[str]:
    cells = chosen_cells(db, organisation, codes, every)
    with db.atomic():
        for code in cells:
            set_admission_target(db, organisation, year, admissions, code)
    return cells


def settings_set_for_cells(db: Database, organisation: Organisation) -> list[dict]:
    """Every setting set for a cell: cell_code, kind (dues|target), key, value, since,
    set_at."""
    if not organisation.is_committee:
        raise BundleError(NOT_COMMITTEE)
    return cell_settings_list(db)
