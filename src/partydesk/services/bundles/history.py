"""What the sync pages list: the committee a cell sends to, and the bundles sent and
received so far."""

from __future__ import annotations

from partydesk.storage.bundle_store import list_exports, list_imports, load_higher_committee
from partydesk.storage.database import Database
from partydesk.storage.downward_store import (
    list_received_decisions,
    list_received_notices,
    load_received,
    received_decisions_named,
)
from partydesk.storage.downward_store import notice_attachment as stored_attachment

HISTORY_LIMIT = 20


def higher_committee(db: Database) -> dict | None:
    """The committee a cell sends its bundles to (name, code, last_sequence), or None
    when the cell was not set up from an enrolment file."""
    return load_higher_committee(db)


def exported_bundles(db: Database, limit: int = HISTORY_LIMIT) -> list[dict]:
    return list_exports(db, limit)


def imported_bundles(db: Database, limit: int = HISTORY_LIMIT) -> list[dict]:
    return list_imports(db, limit)


def committee_receipt(db: Database) -> dict | None:
    """What the committee's newest downward bundle says it holds from this cell:
    ``sequence``, ``created_at`` (of that bundle), or None before any receipt."""
    received = load_received(db)
    if not received or received["receipt_sequence"] is None:
        return None
    return {"sequence": received["receipt_sequence"],
            "created_at": received["receipt_created_at"]}


def received_decisions(db: Database) -> list[dict]:
    """The committee's decisions that came down, applied or kept with a reason."""
    return list_received_decisions(db)


def received_notices(db: Database) -> list[dict]:
    return list_received_notices(db)


def received_settings(db: Database) -> list[dict]:
    """Settings that came down from the committee (kind, key, value, since, set_at,
    received_at), in force here from the import that brought them."""
    from partydesk.storage.cell_settings_store import list_received_settings

    return list_received_settings(db)


def decisions_received(db: Database) -> list[dict]:
    """The decisions received, newest first, each with the person's name, whether it
    was applied as a dated event, and why not."""
    return received_decisions_named(db)


def notice_attachment(db: Database, notice_id: str) -> tuple[str, bytes] | None:
    """(file name, PDF bytes) of a received notice's attachment, or None."""
    return stored_attachment(db, notice_id)


def people_named(db: Database, ids: list[str]) -> dict[str, str]:
    """The names of these members (ids not found are left out)."""
    from partydesk.storage.members.records import member_names

    return member_names(db, ids)
