"""The receiving cell's side of a transfer: dossiers that came down, and accepting one
(the member appears with the whole history and a dated "transferred in" event)."""

from __future__ import annotations

import json
from datetime import date

from partydesk.domain.errors import PartyDeskError
from partydesk.domain.events import PLACE, EventKind, MemberEvent
from partydesk.domain.messages import QT_TRANSLATE_NOOP, message
from partydesk.domain.organisation import Organisation
from partydesk.services.bundles.errors import NOT_CELL, BundleError
from partydesk.services.members.aggregate import LifeChange, write_lives
from partydesk.storage.database import Database
from partydesk.storage.errors import storage_errors
from partydesk.storage.members.records import RECORD_FIELDS, load_member, record_from_row
from partydesk.storage.transfer_store import (
    incoming_ids,
    list_incoming,
    load_incoming,
    mark_accepted,
)

NO_DOSSIER = QT_TRANSLATE_NOOP(
    "Transfers", "No dossier for member {id} has come from the committee; nothing was "
    "changed.")
ALREADY_HERE = QT_TRANSLATE_NOOP(
    "Transfers", "Member {id} is already in this register; nothing was changed.")
BEFORE_LEAVING = QT_TRANSLATE_NOOP(
    "Transfers", "The arrival date {on} is before the member left the other cell ({left}); "
    "nothing was changed.")


class TransferError(PartyDeskError):
    def __init__(self, text, **params):
        super().__init__(message(text, **params))


def new_transfers(db: Database, transfers: list[dict]) -> list[dict]:
    """Dossiers not received before and of members not in this register."""
    seen = incoming_ids(db)
    return [t for t in transfers
            if t["member_id"] not in seen and load_member(db, t["member_id"]) is None]


def incoming(db: Database, organisation: Organisation) -> list[dict]:
    if organisation.is_committee:
        raise BundleError(NOT_CELL)
    return [{**row, "state": "accepted" if row["accepted_on"] else "waiting"}
            for row in list_incoming(db)]


def accept(db: Database, organisation: Organisation, member_id: str, on: date) -> str:
    """Add the member with the dossier's history and a "transferred in" event on ``on``
    (checked by the rules like any event); returns the member's status."""
    if organisation.is_committee:
        raise BundleError(NOT_CELL)
    found = load_incoming(db, member_id)
    if found is None:
        raise TransferError(NO_DOSSIER, id=member_id)
    if found["accepted_on"] or load_member(db, member_id) is not None:
        raise TransferError(ALREADY_HERE, id=member_id)
    if found["left_on"] and on.isoformat() < found["left_on"]:
        raise TransferError(BEFORE_LEAVING, on=on.isoformat(), left=found["left_on"])
    papers = found["dossier"]
    record = record_from_row({name: papers["record"].get(name) for name in RECORD_FIELDS})
    history = [MemberEvent(EventKind(e["kind"]), date.fromisoformat(e["occurred_on"]),
                           json.loads(e["details"] or "{}")) for e in papers["events"]]
    arrival = MemberEvent(EventKind.TRANSFER_IN_OFFICIAL, on,
                          {PLACE: found["from_cell"]})
    with storage_errors(), db.atomic():
        [done] = write_lives(db, [LifeChange(member_id, (*history, arrival), record)], on)
        mark_accepted(db, member_id, on.isoformat())
    return done.state.status.value
