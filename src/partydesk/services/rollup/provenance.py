"""Where a committee's record of a member comes from: which cell wrote it, in which
of its bundles (sequence, date, key fingerprint), and on a province through which
commune's roll-up (sequence, date, the commune's key fingerprint)."""

from __future__ import annotations

import json

from partydesk.domain.errors import PartyDeskError
from partydesk.domain.messages import QT_TRANSLATE_NOOP, message
from partydesk.domain.organisation import Organisation
from partydesk.services.bundles.errors import NOT_COMMITTEE, BundleError
from partydesk.storage.rollup_store import (
    SEPARATOR,
    held_member_events,
    held_member_rows,
    rollup_cell,
    sender_row,
)

NOT_HELD = QT_TRANSLATE_NOOP(
    "Rollup", "No cell's bundle held here has a member with the id {id}.")


def _bundle(sequence, created_at, fingerprint) -> dict:
    return {"sequence": sequence, "created_at": created_at, "fingerprint": fingerprint}


def provenance(db, held_as: str) -> dict:
    """``{"cell": {code, name}, "bundle": {sequence, created_at, fingerprint},
    "rollup": None | {"commune": {code, name}, sequence, created_at, fingerprint}}``."""
    if SEPARATOR not in held_as:                      # a commune: straight from the cell
        cell = sender_row(db, held_as) or {"name": None, "last_sequence": None,
                                           "last_bundle_created_at": None,
                                           "fingerprint": None}
        return {"cell": {"code": held_as, "name": cell["name"]},
                "bundle": _bundle(cell["last_sequence"], cell["last_bundle_created_at"],
                                  cell["fingerprint"]),
                "rollup": None}
    commune_code, cell_code = held_as.split(SEPARATOR, 1)
    cell = rollup_cell(db, commune_code, cell_code) or {}
    commune = sender_row(db, commune_code) or {}
    return {"cell": {"code": cell_code, "name": cell.get("name")},
            "bundle": _bundle(cell.get("sequence"), cell.get("created_at"),
                              cell.get("fingerprint")),
            "rollup": {"commune": {"code": commune_code, "name": commune.get("name")},
                       **_bundle(commune.get("last_sequence"),
                                 commune.get("last_bundle_created_at"),
                                 commune.get("fingerprint"))}}


def held_member(db, organisation: Organisation, member_id: str) -> dict:
    """The member's record as the committee holds it (its current row), its events,
    and ``provenance``; ``also_held`` lists other rows (a member who moved)."""
    if not organisation.is_committee:
        raise BundleError(NOT_COMMITTEE)
    rows = held_member_rows(db, member_id)
    if not rows:
        raise PartyDeskError(message(NOT_HELD, id=member_id))
    record = rows[0]
    held_as = record.pop("cell_code")
    events = [{"kind": e["kind"], "date": e["occurred_on"],
               "details": _details(e["details"])}
              for e in held_member_events(db, held_as, member_id)]
    return {**record, "events": events, "provenance": provenance(db, held_as),
            "also_held": [{"status": r["status"], "provenance": provenance(db, r["cell_code"])}
                          for r in rows[1:]]}


def _details(text) -> dict:
    try:
        value = json.loads(text or "{}")
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}
