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
