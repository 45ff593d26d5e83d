"""Figures for the overview page."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from partydesk.domain.member import MemberStatus
from partydesk.storage.bundle_store import list_exports, list_imports
from partydesk.storage.database import Database
from partydesk.storage.members.records import count_by_status


@dataclass(frozen=True)
class RegisterSummary:
    official: int
    probationary: int
    total_active: int


def register_summary(db: Database) -> RegisterSummary:
    counts = count_by_status(db)
    official = counts.get(MemberStatus.OFFICIAL.value, 0)
    probationary = counts.get(MemberStatus.PROBATIONARY.value, 0)
    return RegisterSummary(official, probationary, official + probationary)


def days_since_last_bundle(db: Database, today: date, committee: bool = False) -> int | None:
    """Days since the cell last wrote a bundle (a committee: last received one); None if
    it never has."""
    rows = list_imports(db, 1) if committee else list_exports(db, 1)
    key = "imported_at" if committee else "created_at"
    if not rows or not rows[0].get(key):
        return None
    last = datetime.fromisoformat(rows[0][key]).astimezone().date()
    return max(0, (today - last).days)
