"""Verification codes of signed snapshots: the member list, books and reports.

These documents are signed as of a day and are not numbered records of their own,
so printing one keeps a row (:mod:`partydesk.storage.issued_store`) of what was
signed: the kind, the date and number printed, the title, the figures a reader
compares with the paper (counts and totals, no names) and the SHA-256 digest of
the whole document as signed (every name and line). The code is computed from that
row, so it changes with any line of the paper, says nothing itself, and travels to
the committee in the cell's bundle with the row (``cell_issued_records``).
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import unicodedata
from collections.abc import Sequence
from datetime import date
from functools import partial
from typing import Any

from partydesk.domain.verification import verification_code
from partydesk.services.printing.model import DocumentHeader
from partydesk.storage.database import Database
from partydesk.storage.issued_store import record_issued

# kind (as in ``partydesk print KIND``) → the words ``verify`` names it with
KIND_WORDS = {
    "notice": "Thông báo",
    "members": "Danh sách đảng viên",
    "member-book": "Sổ danh sách đảng viên (mẫu 7-HSĐV)",
    "transfer-book": "Sổ giới thiệu sinh hoạt đảng",
    "dues-report": "Báo cáo thu, nộp đảng phí",
    "dues-summary": "Báo cáo tổng hợp thu, nộp đảng phí",
    "grading": "Báo cáo kết quả đánh giá, xếp loại chất lượng đảng viên",
    "statistics": "Báo cáo thống kê số lượng, chất lượng đảng viên",
}
Figures = Sequence[tuple[str, Any]]


def _default(value: Any) -> Any:
    """JSON for what json does not know: a dataclass as its fields, anything else as str."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return value.__dict__
    return str(value)


def digest(content: Any) -> str:
    """SHA-256 (hex) of *content* as signed: dataclasses, dicts, lists, dates; the JSON
    text NFC-normalised as a whole (one C pass: 1,000 list rows in a few ms)."""
    data = json.dumps(content, sort_keys=True, ensure_ascii=False, default=_default)
    return hashlib.sha256(unicodedata.normalize("NFC", data).encode("utf-8")).hexdigest()


def snapshot_record(row: dict[str, Any]) -> dict[str, Any]:
    """What the code hashes: the row without its id, cell or creation time."""
    return {"kind": row["kind"], "issued_on": row["issued_on"], "number": row["number"] or "",
            "title": row["title"], "figures": [[str(k), str(v)] for k, v in row["figures"]],
            "digest": row["digest"]}


def issue_snapshot(db: Database, kind: str, header: DocumentHeader, title: str,
                   figures: Figures, content: Any) -> DocumentHeader:
    """Keep the snapshot as issued and return *header* with its verification code.

    *content* is the document as signed without its code (the dataclass or the
    figures dict it is drawn from, with its header and signer)."""
    issued_on = header.date.isoformat() if isinstance(header.date, date) else str(header.date)
    nfc = partial(unicodedata.normalize, "NFC")  # as a bundle's payload must be
    row = {"kind": kind, "issued_on": issued_on, "number": nfc(header.number or ""),
           "title": nfc(title), "figures": [(nfc(str(k)), nfc(str(v))) for k, v in figures],
           "digest": digest(content)}
    with db.atomic():
        record_issued(db, row)
    return dataclasses.replace(header, code=verification_code(snapshot_record(row)))
