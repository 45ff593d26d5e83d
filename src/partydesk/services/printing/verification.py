"""The verification code of a signed document, and finding a document by its code.

The code is computed from the record as signed (:mod:`partydesk.storage.verification_store`),
never stored, so it is the same wherever the record is: on the cell that printed
the paper, and on the committee once the cell's bundle is imported there.
:func:`verify` recomputes the codes of every signed record and returns the one
that matches, with the figures a reader compares with the paper.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from typing import Any

from partydesk.domain.errors import PartyDeskError
from partydesk.domain.messages import QT_TRANSLATE_NOOP, message
from partydesk.domain.verification import normalise_code, verification_code
from partydesk.services.printing.issued import KIND_WORDS as SNAPSHOT_WORDS
from partydesk.services.printing.issued import snapshot_record
from partydesk.services.printing.text import short_date
from partydesk.storage.database import Database
from partydesk.storage.issued_store import issued_records
from partydesk.storage.verification_store import (
    letter_record,
    member_name,
    minutes_record,
    resolution_record,
    signed_documents,
)

UNKNOWN_CODE = QT_TRANSLATE_NOOP(
    "Documents", "No signed document in this register has the code {code}.")
KIND_WORDS = {"BB": "Biên bản", "NQ": "Nghị quyết", "GGT": "Giấy giới thiệu sinh hoạt đảng",
              **SNAPSHOT_WORDS}


@dataclass(frozen=True)
class Verified:
    code: str
    kind: str  # "BB" minutes, "NQ" resolution, "GGT" transfer letter, or a snapshot's
    # kind as printed ("members", "member-book", "dues-report", … see issued.KIND_WORDS)
    number: str
    issued_on: str
    cell_code: str | None  # None: this register's own document
    title: str
    figures: tuple[tuple[str, str], ...]  # (label, value) to compare with the paper


def _record(db: Database, document: dict[str, Any]) -> dict[str, Any] | None:
    if document["type_code"] == "NQ":
        return {"kind": "NQ"} | resolution_record(db, document)
    if document["type_code"] == "GGT":
        letter = letter_record(db, document)
        return None if letter is None else {"kind": "GGT"} | letter
    minutes = minutes_record(db, document["meeting_id"] or "", document.get("cell_code"))
    if minutes is None:
        return None
    return {"kind": "BB", "number": document["number"],
            "issued_on": document["issued_on"]} | minutes


def _signed(db: Database) -> Iterator[tuple[dict[str, Any], dict[str, Any]]]:
    for document in signed_documents(db):
        record = _record(db, document)
        if record is not None:
            yield document, record


def minutes_code(db: Database, meeting_id: str) -> str | None:
    for document in signed_documents(db):
        if (document["cell_code"] is None and document["type_code"] == "BB"
                and document["meeting_id"] == meeting_id):
            record = _record(db, document)
            return verification_code(record) if record else None
    return None


def resolution_code(db: Database, document_id: str) -> str | None:
    for document in signed_documents(db):
        if document["cell_code"] is None and document["id"] == document_id:
            record = _record(db, document)
            return verification_code(record) if record else None
    return None


def letter_code(db: Database, document_id: str) -> str | None:
    """The code of this register's transfer letter *document_id* (as issued)."""
    return resolution_code(db, document_id) if document_id else None


def _letter_figures(db: Database, record: dict[str, Any], cell_code: str | None
                    ) -> tuple[tuple[str, str], ...]:
    form = "chính thức" if record["event"] == "transfer_out_official" else "tạm thời"
    return (("Đảng viên", member_name(db, record["member_id"], cell_code)),
            ("Mã đảng viên", record["member_id"]),
            ("Hình thức", f"chuyển sinh hoạt đảng {form}"),
            ("Ngày chuyển đi", short_date(date.fromisoformat(record["occurred_on"]))),
            ("Nơi đến", str(record["details"].get("place", "") or "")))


def _figures(record: dict[str, Any]) -> tuple[tuple[str, str], ...]:
    if record["kind"] == "NQ":
        return (("Số nhiệm vụ", str(len(record["tasks"]))),)
    people = record["meeting_attendance"]
    present = sum(1 for p in people if p["presence"] == "present")
    figures = [("Ngày họp", short_date(date.fromisoformat(record["held_on"]))),
               ("Chủ trì", record["chair_name"]),
               ("Thư ký", record["minute_taker_name"]),
               ("Có mặt", f"{present}/{len(people)}"),
               ("Số ý kiến phát biểu", str(len(record["speeches"])))]
    figures += [(f"Biểu quyết {i}", f"tán thành {v['votes_for']}, không tán thành "
                                    f"{v['against']}, không biểu quyết {v['abstain']}")
                for i, v in enumerate(record["meeting_votes"], 1)]
    return tuple(figures)


def verify(db: Database, typed: str) -> Verified:
    """The signed document whose code is *typed*, or a PartyDeskError saying none is."""
    code = normalise_code(typed)
    for document, record in _signed(db) if code else ():
        if verification_code(record) == code:
            return Verified(code=code, kind=document["type_code"], number=document["number"],
                            issued_on=document["issued_on"], cell_code=document["cell_code"],
                            title=document["title"],
                            figures=_letter_figures(db, record, document["cell_code"])
                            if record["kind"] == "GGT" else _figures(record))
    for row in issued_records(db) if code else ():
        if verification_code(snapshot_record(row)) == code:
            return Verified(code=code, kind=row["kind"], number=row["number"] or "",
                            issued_on=row["issued_on"], cell_code=row["cell_code"],
                            title=row["title"], figures=tuple(row["figures"]))
    raise PartyDeskError(message(UNKNOWN_CODE, code=typed.strip()))
