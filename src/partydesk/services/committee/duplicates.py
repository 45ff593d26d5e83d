"""Members who appear in two cells of the committee — the same card number, or the same
name and birth date under different ids — flagged when the second cell's bundle is
imported (inside the import's transaction, ``bundles/importer.apply_bundle``) and
listed until the committee resolves the pair: checked and not the same person, or the
same person (to be settled with the two cells, e.g. by a transfer). A resolved pair is
not flagged again."""

from __future__ import annotations

from datetime import UTC, datetime

from partydesk.domain.errors import PartyDeskError
from partydesk.domain.messages import QT_TRANSLATE_NOOP, message
from partydesk.domain.organisation import Organisation
from partydesk.services.bundles.errors import NOT_COMMITTEE, BundleError
from partydesk.storage import duplicate_store
from partydesk.storage.database import Database
from partydesk.storage.errors import storage_errors

VERDICTS = ("not_same", "same_person")
UNKNOWN_PAIR = QT_TRANSLATE_NOOP(
    "Committee", "There is no member flagged in two cells with the id {id}; nothing was "
    "changed.")
ALREADY_RESOLVED = QT_TRANSLATE_NOOP(
    "Committee", "This pair was already resolved on {date}; nothing was changed.")


class DuplicateError(PartyDeskError):
    def __init__(self, text, **params):
        super().__init__(message(text, **params))


def open_duplicates(db: Database) -> list[dict]:
    return duplicate_store.list_duplicates(db)


def list_pairs(db: Database, organisation: Organisation, everything: bool = False
               ) -> list[dict]:
    if not organisation.is_committee:
        raise BundleError(NOT_COMMITTEE)
    return duplicate_store.list_duplicates(db, include_resolved=everything)


def resolve_pair(db: Database, organisation: Organisation, pair_id: str, verdict: str,
                 note: str = "") -> dict:
    if not organisation.is_committee:
        raise BundleError(NOT_COMMITTEE)
    if verdict not in VERDICTS:
        raise ValueError(verdict)
    pair = duplicate_store.load_duplicate(db, pair_id.strip())
    if pair is None:
        raise DuplicateError(UNKNOWN_PAIR, id=pair_id)
    if pair["resolved_at"]:
        raise DuplicateError(ALREADY_RESOLVED, date=pair["resolved_at"][:10])
    now = datetime.now(UTC).isoformat(timespec="seconds")
    with storage_errors(), db.atomic():
        duplicate_store.resolve(db, pair["id"], verdict, note.strip(), now)
    return {**pair, "resolved_at": now, "verdict": verdict, "note": note.strip()}
