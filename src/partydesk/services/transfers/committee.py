"""The committee's side of a transfer: who is in transit, and forwarding a dossier."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime

from partydesk.domain.errors import PartyDeskError
from partydesk.domain.events import PLACE
from partydesk.domain.messages import QT_TRANSLATE_NOOP, message
from partydesk.domain.organisation import Organisation
from partydesk.services.bundles.errors import NOT_COMMITTEE, BundleError
from partydesk.storage.bundle_store import load_cell
from partydesk.storage.database import Database
from partydesk.storage.transfer_store import dossier, forwarded_to, in_transit, record_forward

NOT_IN_TRANSIT = QT_TRANSLATE_NOOP(
    "Transfers", "Member {id} is not in transit: no cell's last bundle shows an official "
    "transfer out not yet received elsewhere. Nothing was changed.")
UNKNOWN_CELL = QT_TRANSLATE_NOOP(
    "Transfers", "There is no cell with the code {code} enrolled here; nothing was changed.")
SAME_CELL = QT_TRANSLATE_NOOP(
    "Transfers", "Member {id} left cell {code}; forward the dossier to another cell. "
    "Nothing was changed.")


class TransferError(PartyDeskError):
    def __init__(self, text, **params):
        super().__init__(message(text, **params))


def transit(db: Database, organisation: Organisation) -> list[dict]:
    """One dict per member in transit: member_id, full_name, birth_date, card_number,
    from_cell, left_on, to_place, to_cell, forwarded_at, state (waiting|forwarded),
    present_by (the day the letter should have been presented at the new cell)."""
    if not organisation.is_committee:
        raise BundleError(NOT_COMMITTEE)
    from partydesk.services.setup.rulebook import default_rulebook

    rules = default_rulebook()
    rows = []
    for row in in_transit(db):
        details = json.loads(row.pop("out_details") or "{}")
        due = _present_by(row["left_on"], rules)
        rows.append({**row, "to_place": details.get(PLACE),
                     "state": "forwarded" if row["to_cell"] else "waiting",
                     "present_by": due.isoformat() if due else None})
    return rows


def _present_by(left_on: str | None, rules) -> date | None:
    """None before the rule applies (a departure older than the rule data reach)."""
    from partydesk.domain.rulebook import UnknownRule
    from partydesk.services.transfers.deadlines import present_by

    try:
        return present_by(date.fromisoformat(left_on), rules) if left_on else None
    except UnknownRule:
        return None


def forward(db: Database, organisation: Organisation, member_id: str, to_cell: str) -> dict:
    """Put the member's dossier in ``to_cell``'s next downward bundles."""
    moving = {row["member_id"]: row for row in transit(db, organisation)}.get(member_id)
    if moving is None:
        raise TransferError(NOT_IN_TRANSIT, id=member_id)
    if load_cell(db, to_cell) is None:
        raise TransferError(UNKNOWN_CELL, code=to_cell)
    if to_cell == moving["from_cell"]:
        raise TransferError(SAME_CELL, id=member_id, code=to_cell)
    record_forward(db, member_id, moving["from_cell"], to_cell,
                   datetime.now(UTC).isoformat(timespec="seconds"))
    return {**moving, "to_cell": to_cell, "state": "forwarded"}


def transfers_for(db: Database, cell_code: str) -> list[dict]:
    """The dossiers a downward bundle to ``cell_code`` carries (until the member is
    current there)."""
    found = []
    for row in forwarded_to(db, cell_code):
        papers = dossier(db, row["from_cell"], row["member_id"])
        left = [e["occurred_on"] for e in papers["events"]
                if e["kind"] == "transfer_out_official"]
        found.append({"member_id": row["member_id"], "from_cell": row["from_cell"],
                      "left_on": max(left) if left else None, "dossier": papers})
    return found
