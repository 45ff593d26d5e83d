"""Plain inputs of the books and letters: member book, transfer book, transfer letter."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from partydesk.services.printing.model import DocumentHeader, Signer


@dataclass(frozen=True)
class BookDocument:
    """A register book printed as one long landscape table (mẫu 7-HSĐV, transfer book)."""

    header: DocumentHeader
    kind: str  # "SỔ DANH SÁCH ĐẢNG VIÊN"
    columns: tuple[tuple[str, float], ...]  # (heading, width in mm)
    rows: tuple[tuple[str, ...], ...]
    signer: Signer | None
    as_of: date | None = None
    size: float = 9


@dataclass(frozen=True)
class TransferLetter:
    """Giấy giới thiệu sinh hoạt đảng: the member goes with it to the receiving cell."""

    header: DocumentHeader
    signer: Signer
    recipient: str  # where the member goes (place or organisation), as recorded
    official: bool  # chính thức / tạm thời
    full_name: str
    birth_date: date | None
    home_town: str
    membership: str  # "chính thức", "dự bị"
    admitted_on: date | None
    official_on: date | None
    card_number: str
    transfer_date: date
    issuer_name: str = "Chi bộ"  # "Chi bộ thôn Đồng Tâm", as the organisation spells it
    valid_days: int = 30  # working days to present it at the receiving cell
