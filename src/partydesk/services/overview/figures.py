"""Figures for the overview page."""

from __future__ import annotations

from dataclasses import dataclass

from partydesk.domain.member import MemberStatus
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
