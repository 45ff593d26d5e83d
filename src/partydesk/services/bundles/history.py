"""What the sync pages list: the committee a cell sends to, and the bundles sent and
received so far."""

from __future__ import annotations

from partydesk.storage.bundle_store import list_exports, list_imports, load_higher_committee
from partydesk.storage.database import Database

HISTORY_LIMIT = 20


def higher_committee(db: Database) -> dict | None:
    """The committee a cell sends its bundles to (name, code, last_sequence), or None
    when the cell was not set up from an enrolment file."""
    return load_higher_committee(db)


def exported_bundles(db: Database, limit: int = HISTORY_LIMIT) -> list[dict]:
    return list_exports(db, limit)


def imported_bundles(db: Database, limit: int = HISTORY_LIMIT) -> list[dict]:
    return list_imports(db, limit)
