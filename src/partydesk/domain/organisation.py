"""The organisation this installation belongs to: a cell or a committee."""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

from partydesk.domain.errors import PartyDeskError
from partydesk.domain.messages import QT_TRANSLATE_NOOP, message
from partydesk.domain.vietnamese import clean_text


class Role(StrEnum):
    CELL = "cell"
    COMMITTEE = "committee"


CODE_PATTERN = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,31}$")
NESTED = "/"        # never in a code: a province holds its communes' cells as DUX1/CB01


def holder_code(code: str) -> str:
    """Who sent what a committee holds under ``code``: the cell itself, or, for a cell
    a province holds through a commune's roll-up (``DUX1/CB01``), that commune."""
    return code.split(NESTED, 1)[0]


def summed_by_holder(values: dict[str, int]) -> dict[str, int]:
    """Figures kept per cell, added up per holder (a province: per commune)."""
    total: dict[str, int] = {}
    for code, value in values.items():
        total[holder_code(code)] = total.get(holder_code(code), 0) + value
    return total
MAX_NAME_LENGTH = 120


@dataclass(frozen=True)
class Organisation:
    id: str
    role: Role
    name: str
    code: str
    higher_name: str = ""
    term: str = ""
    secretary: str = ""
    signing_public_key: str = ""
    box_public_key: str = ""

    @property
    def is_committee(self) -> bool:
        return self.role is Role.COMMITTEE


def validate_organisation_fields(name: str, code: str, higher_name: str = "",
                                 term: str = "", secretary: str = "") -> dict[str, str]:
    """Cleaned (NFC, trimmed) fields, or a PartyDeskError saying what is wrong."""
    cleaned = {
        "name": clean_text(name), "code": clean_text(code),
        "higher_name": clean_text(higher_name), "term": clean_text(term),
        "secretary": clean_text(secretary),
    }
    if not cleaned["name"]:
        raise PartyDeskError(message(QT_TRANSLATE_NOOP(
            "Setup", "The organisation's name is missing.")))
    if len(cleaned["name"]) > MAX_NAME_LENGTH:
        raise PartyDeskError(message(QT_TRANSLATE_NOOP(
            "Setup", "The organisation's name is longer than {max} characters."),
            max=MAX_NAME_LENGTH))
    if not CODE_PATTERN.match(cleaned["code"]):
        raise PartyDeskError(message(QT_TRANSLATE_NOOP(
            "Setup", "The code \"{code}\" is not valid: use 1 to 32 Latin letters, "
            "digits, '.', '_' or '-', e.g. CB01."), code=cleaned["code"]))
    return cleaned
