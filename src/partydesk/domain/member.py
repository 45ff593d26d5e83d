"""A party member's record: the columns of the official member list book (mẫu 7-HSĐV)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum


class Sex(StrEnum):
    MALE = "male"
    FEMALE = "female"


class MemberStatus(StrEnum):
    PROBATIONARY = "probationary"
    OFFICIAL = "official"
    TRANSFERRED_OUT = "transferred_out"
    REMOVED = "removed"
    EXPELLED = "expelled"
    LEFT = "left"
    DECEASED = "deceased"


@dataclass(frozen=True)
class MemberRecord:
    id: str
    full_name: str
    sex: Sex
    birth_date: date
    ethnicity: str = "Kinh"
    religion: str = "Không"
    birth_name: str = ""
    home_town: str = ""
    residence: str = ""
    education: str = ""
    professional_level: str = ""
    theory_level: str = ""
    languages: str = ""
    occupation_before: str = ""
    occupation_now: str = ""
    admitted_on: date | None = None      # admission decision: party age counts from here
    ceremony_on: date | None = None      # admission ceremony: probation counts from here
    official_on: date | None = None
    card_number: str = ""
    history_number: str = ""
    badge_number: str = ""
    service: str = ""                    # army / police / retired, as written in the book
    phone: str = ""
    notes: str = ""
    status: MemberStatus = MemberStatus.PROBATIONARY
    # The word of the full name the member is filed under ("" = the last word), for
    # names that do not end with the given name (Ê Đê "Y Bih Niê" is filed under Bih).
    given_name: str = ""
