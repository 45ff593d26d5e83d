"""Layouts of the register books and the transfer letter."""

from __future__ import annotations

from typing import Any

from partydesk.services.printing import layout
from partydesk.services.printing.model_books import BookDocument, TransferLetter
from partydesk.services.printing.tables import paged_table
from partydesk.services.printing.text import long_date, markup, plain, short_date


def book_story(doc: BookDocument) -> list[Any]:
    note = f"Tính đến {long_date(doc.as_of)}" if doc.as_of else ""
    return paged_table(doc.header, doc.kind, note, doc.columns, doc.rows, doc.signer,
                       size=doc.size)


def render_book(doc: BookDocument, out: layout.Output) -> None:
    """Write a register book on landscape A4 pages."""
    layout.build(out, book_story(doc), title=plain(doc.kind).capitalize(),
                 author=doc.header.issuer, landscape=True, code=doc.header.code)


def _line(label: str, value: str) -> Any:
    return layout.para(f"{label}: <b>{markup(value)}</b>" if value else f"{label}: ......",
                       "item")


def letter_story(doc: TransferLetter) -> list[Any]:
    from partydesk.services.printing.flow import signed_ending

    kind = "chính thức" if doc.official else "tạm thời"
    story: list[Any] = [layout.header_table(doc.header, layout.text_width())]
    story += layout.title_block("Giấy giới thiệu sinh hoạt đảng", f"({kind})")
    story += [layout.para("Kính gửi: Cấp ủy nơi đảng viên đến sinh hoạt đảng", "centre_bold"),
              layout.para(f"{markup(doc.issuer_name)} trân trọng giới thiệu:"),
              _line("Đồng chí", doc.full_name),
              _line("Sinh ngày", short_date(doc.birth_date)),
              _line("Quê quán", doc.home_town),
              _line("Là đảng viên", doc.membership),
              _line("Ngày vào Đảng", short_date(doc.admitted_on)),
              _line("Ngày chính thức", short_date(doc.official_on)),
              _line("Số thẻ đảng viên", doc.card_number),
              layout.para(f"Được chuyển sinh hoạt đảng {kind} từ "
                          f"{long_date(doc.transfer_date)} đến {markup(doc.recipient)}.")]
    closing = layout.para(
        "Đề nghị các đồng chí tiếp nhận và giúp đỡ đồng chí sinh hoạt đảng theo quy định. "
        f"Đảng viên phải xuất trình giấy này trong {doc.valid_days} ngày làm việc kể từ "
        "ngày ký./.")
    block = layout.two_columns([], layout.signature(doc.signer), layout.text_width())
    return [*story, signed_ending([closing], block)]


def render_transfer_letter(doc: TransferLetter, out: layout.Output) -> None:
    layout.build(out, letter_story(doc), title=f"Giấy giới thiệu sinh hoạt đảng "
                 f"{doc.full_name}", author=doc.header.issuer, code=doc.header.code)
