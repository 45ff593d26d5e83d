"""Number and symbol of the documents a cell issues: "Số 05-NQ/CB".

Number, hyphen, type code, slash, issuer code (Hướng dẫn 36-HD/VPTW 2018).
Numbers run from 01 **per document type over the cell committee's term**, not
per year, so the next number is found among the numbers already issued in
the term. A cell issues no regulations, guidance or directives.

The codes are the vocabulary of the format, so they are listed here; their
Vietnamese names (printed as the document's title) and whether a cell may use
them come from the rule file (``documents.types``), which a test keeps in step
with this module.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from partydesk.domain.errors import PartyDeskError, RuleViolation
from partydesk.domain.messages import QT_TRANSLATE_NOOP, message
from partydesk.domain.rulebook import RuleBook

DOCUMENT_TYPES_RULE = "documents.types"


class DocumentType(StrEnum):
    """Type codes of the documents a cell issues."""

    NQ = "NQ"    # nghị quyết, resolution
    QD = "QĐ"    # quyết định, decision
    KL = "KL"    # kết luận, conclusion
    QC = "QC"    # quy chế, rules
    TB = "TB"    # thông báo, notice
    BC = "BC"    # báo cáo, report
    KH = "KH"    # kế hoạch, plan
    CTR = "CTr"  # chương trình, programme
    TTR = "TTr"  # tờ trình, submission
    CV = "CV"    # công văn, letter
    BB = "BB"    # biên bản, minutes
    DA = "ĐA"    # đề án, project
    PA = "PA"    # phương án, option paper
    GGT = "GGT"  # giấy giới thiệu, letter of introduction (transfer letter)


# Party document types only higher committees issue.
NOT_ISSUED_BY_CELLS = frozenset({"QĐi", "HD", "CT"})  # regulation, guidance, directive

DEFAULT_ISSUER = "CB"

_NUMBER = re.compile(r"(?:Số:?\s*)?(?P<seq>\d+)-(?P<type>[^\s/-]+)/(?P<issuer>\S+)")


@dataclass(frozen=True)
class DocumentNumber:
    seq: int
    type_code: str
    issuer_code: str = DEFAULT_ISSUER

    def __str__(self) -> str:
        return f"{self.seq:02d}-{self.type_code}/{self.issuer_code}"


def _nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text.strip())


def document_type(type_code: str) -> DocumentType:
    """The cell's document type for ``type_code``; refuse types a cell may not issue."""
    code = _nfc(type_code)
    if code in NOT_ISSUED_BY_CELLS:
        raise RuleViolation(message(QT_TRANSLATE_NOOP(
            "Documents", "A cell does not issue regulations, guidance or directives ({code})."),
            code=code), rule=DOCUMENT_TYPES_RULE, code=code)
    try:
        return DocumentType(code)
    except ValueError:
        raise RuleViolation(message(QT_TRANSLATE_NOOP(
            "Documents", "Unknown document type code: {code}."), code=code),
            rule=DOCUMENT_TYPES_RULE, code=code) from None


def format_number(seq: int, type_code: str, issuer_code: str = DEFAULT_ISSUER) -> str:
    """``format_number(5, "NQ")`` gives ``"05-NQ/CB"`` (at least two digits)."""
    if seq < 1:
        raise RuleViolation(message(QT_TRANSLATE_NOOP(
            "Documents", "Document numbers start at 01, not {seq}."), seq=seq))
    issuer = _nfc(issuer_code)
    if not issuer or any(ch.isspace() for ch in issuer):
        raise RuleViolation(message(QT_TRANSLATE_NOOP(
            "Documents", "The issuer code must be one word, such as CB, not \"{issuer}\"."),
            issuer=issuer))
    return str(DocumentNumber(seq, document_type(type_code).value, issuer))


def parse_number(text: str) -> DocumentNumber:
    """Read "05-NQ/CB" or "Số 05-NQ/CB" (any type code, including other bodies')."""
    match = _NUMBER.fullmatch(_nfc(text))
    if match is None or int(match["seq"]) < 1:
        raise PartyDeskError(message(QT_TRANSLATE_NOOP(
            "Documents", "\"{number}\" is not a document number such as 05-NQ/CB."), number=text))
    return DocumentNumber(int(match["seq"]), match["type"], match["issuer"])


def next_number(existing_numbers_in_term: Iterable[str | DocumentNumber], type_code: str) -> int:
    """The next number for ``type_code``: one past the highest already issued in the term.

    Numbers of other document types do not matter; a gap left by a withdrawn
    document is not filled, since its number was already used.
    """
    wanted = document_type(type_code).value
    numbers = [_as_number(n) for n in existing_numbers_in_term]
    return max((n.seq for n in numbers if n.type_code == wanted), default=0) + 1


def _as_number(number: str | DocumentNumber) -> DocumentNumber:
    return number if isinstance(number, DocumentNumber) else parse_number(number)


def document_type_name(type_code: str, rules: RuleBook, on: date) -> str:
    """The Vietnamese name of a type ("nghị quyết"), printed upper-case as the title."""
    code = document_type(type_code).value
    for entry in rules.value(DOCUMENT_TYPES_RULE, on):
        if entry["code"] == code:
            return str(entry["name"])
    raise LookupError(f"{DOCUMENT_TYPES_RULE} has no entry for {code!r} on {on}")
