"""The party document format (Hướng dẫn 36-HD/VPTW) as reportlab building blocks.

A4; margins top and bottom 20 mm, left 30 mm, right 15 mm; Times-compatible
serif (Liberation Serif) 14 pt for the body; page numbers centred in the top
margin from page 2. Only this module and its siblings import reportlab, and
only when a document is first printed.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from functools import cache
from typing import TYPE_CHECKING, Any, BinaryIO

from partydesk.services.printing.fonts import (
    SERIF_BOLD,
    SERIF_ITALIC,
    register_fonts,
)
from partydesk.services.printing.model import DocumentHeader, Signer
from partydesk.services.printing.text import markup, place_date, plain, upper

if TYPE_CHECKING:
    from reportlab.platypus import Flowable, Paragraph, Table

    from partydesk.services.printing.textblock import TextBlock

Output = str | os.PathLike[str] | BinaryIO

MM = 72 / 25.4
A4_SIZE = (210 * MM, 297 * MM)
TOP, BOTTOM, LEFT, RIGHT = 20 * MM, 20 * MM, 30 * MM, 15 * MM
BODY_SIZE = 14
PARTY_SIZE = 15  # "ĐẢNG CỘNG SẢN VIỆT NAM", HD 36 Phụ lục 3
KIND_SIZE = 15  # "BIÊN BẢN", "NGHỊ QUYẾT" (15-16 pt)
SIGN_SPACE = 22 * MM  # room to sign by hand (a cell has no seal)


def text_width(landscape: bool = False) -> float:
    page_width = A4_SIZE[1] if landscape else A4_SIZE[0]
    return page_width - LEFT - RIGHT


@cache
def styles() -> dict[str, Any]:
    """Paragraph styles by role; built on first use (fonts registered then)."""
    from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
    from reportlab.lib.styles import ParagraphStyle

    family = register_fonts()
    base = ParagraphStyle("base", fontName=family, fontSize=BODY_SIZE, leading=18)
    body = ParagraphStyle("body", base, alignment=TA_JUSTIFY, firstLineIndent=10 * MM,
                          spaceAfter=3)
    centre = ParagraphStyle("centre", base, alignment=TA_CENTER)
    return {
        "body": body,
        "item": ParagraphStyle("item", body, firstLineIndent=0, leftIndent=10 * MM),
        "heading": ParagraphStyle("heading", body, fontName=SERIF_BOLD, spaceBefore=6,
                                  keepWithNext=1),
        "body_keep": ParagraphStyle("body_keep", body, keepWithNext=1),
        "subheading": ParagraphStyle("subheading", body, fontName=SERIF_BOLD, keepWithNext=1),
        "centre": centre,
        "centre_bold": ParagraphStyle("centre_bold", centre, fontName=SERIF_BOLD),
        "centre_italic": ParagraphStyle("centre_italic", centre, fontName=SERIF_ITALIC),
        "party": ParagraphStyle("party", centre, fontName=SERIF_BOLD, fontSize=PARTY_SIZE,
                                leading=19),
        "kind": ParagraphStyle("kind", centre, fontName=SERIF_BOLD, fontSize=KIND_SIZE,
                               leading=19, spaceBefore=14),
        "subject": ParagraphStyle("subject", centre, fontName=SERIF_BOLD),
        "left": ParagraphStyle("left", base, alignment=TA_LEFT),
        "small": ParagraphStyle("small", base, fontSize=12, leading=14),
        "cell": ParagraphStyle("cell", base, fontSize=12, leading=14),
        "cell_centre": ParagraphStyle("cell_centre", centre, fontSize=12, leading=14),
    }


def para(text: str, style: str = "body") -> Paragraph | TextBlock:
    """A paragraph of *markup* (callers escape user text with ``text.markup``).

    Text with only ``<b>``/``<i>`` (nearly all of it) goes through the lean
    :class:`TextBlock`; underlined text through reportlab's Paragraph.
    """
    if "<u>" not in text:
        from partydesk.services.printing.textblock import TextBlock

        return TextBlock(text, styles()[style])
    from reportlab.platypus import Paragraph

    return Paragraph(text, styles()[style])


def header_table(header: DocumentHeader, width: float) -> Table:
    """Top-left issuer block and top-right party name, number level with date."""
    from reportlab.platypus import Table, TableStyle

    number = f"Số {markup(header.number)}" if header.number else ""
    left = [para(markup(upper(header.higher_org)), "centre"),
            para(markup(upper(header.issuer)), "centre_bold"),
            para("*", "centre")]
    right = [para("<u>ĐẢNG CỘNG SẢN VIỆT NAM</u>", "party")]
    rows = [[left, right],
            [para(number, "centre"),
             para(markup(place_date(header.place, header.date)), "centre_italic")]]
    table = Table(rows, colWidths=[width * 0.45, width * 0.55])
    table.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 0),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
    ]))
    return table


def title_block(kind: str, subject: str = "", note: str = "") -> list[Flowable]:
    """ "BIÊN BẢN" / "NGHỊ QUYẾT" in bold capitals, subject, italic note, then "-----"."""
    from reportlab.platypus import Spacer

    parts = [para(markup(upper(kind)), "kind")]
    if subject:
        parts.append(para(markup(subject), "subject"))
    if note:
        parts.append(para(markup(note), "centre_italic"))
    parts += [para("-----", "centre"), Spacer(1, 6)]
    return parts


def signature(signer: Signer) -> list[Flowable]:
    """ "T/M CHI BỘ" / "BÍ THƯ", room to sign, the name in bold."""
    from reportlab.platypus import Spacer

    parts = []
    if signer.on_behalf:
        parts.append(para(markup(upper(signer.on_behalf)), "centre_bold"))
    parts += [para(markup(upper(signer.title)), "centre_bold"), Spacer(1, SIGN_SPACE),
              para(markup(signer.name), "centre_bold")]
    return parts


def two_columns(left: Sequence[Any], right: Sequence[Any], width: float) -> Table:
    """Side-by-side blocks (signatures, or recipients beside the signature)."""
    from reportlab.platypus import Table, TableStyle

    table = Table([[list(left), list(right)]], colWidths=[width * 0.45, width * 0.55])
    table.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
    ]))
    table.keepWithNext = False
    return table


def recipients_block(recipients: Sequence[str]) -> list[Flowable]:
    """ "Nơi nhận:" and one line per recipient, each "- ...", the last "- Lưu Chi bộ." """
    parts = [para("<u>Nơi nhận</u>:", "small")]
    parts += [para("- " + markup(r), "small") for r in recipients]
    return parts


def build(out: Output, story: list[Any], title: str, author: str,
          landscape: bool = False, code: str | None = None) -> None:
    """Lay out *story* on A4 pages and write the PDF to a path or binary file.

    The frame has no padding, so the margins are exactly those of the format.
    The story flows by the rules of :mod:`.flow` (reportlab's own
    keep-with-next is replaced by them); *code* is the verification code of a
    signed document, printed with its QR code at the foot of every page.
    """
    from reportlab.platypus import Frame, PageTemplate

    from partydesk.services.printing.flow import arrange
    from partydesk.services.printing.pdfout import canvas_maker, info_arguments, page_furniture

    register_fonts()
    size = (A4_SIZE[1], A4_SIZE[0]) if landscape else A4_SIZE
    target = os.fspath(out) if isinstance(out, str | os.PathLike) else out
    doc = _document(
        target, pagesize=size, topMargin=TOP, bottomMargin=BOTTOM,
        leftMargin=LEFT, rightMargin=RIGHT, title=plain(title), author=plain(author),
        lang="vi-VN", **info_arguments(plain(title)),
    )
    frame = Frame(LEFT, BOTTOM, doc.width, doc.height, leftPadding=0, rightPadding=0,
                  topPadding=0, bottomPadding=0)
    doc.addPageTemplates([PageTemplate("page", [frame], onPage=page_furniture(code))])
    doc.build(arrange(story, doc.width, doc.height),
              canvasmaker=canvas_maker(plain(title), plain(author)))


@cache
def _document_class() -> Any:
    from reportlab.platypus import BaseDocTemplate

    class Document(BaseDocTemplate):
        def handle_keepWithNext(self, flowables: list[Any]) -> None:  # noqa: N802
            """Already done by :func:`flow.arrange`, with splitting."""

    return Document


def _document(*args: Any, **kwargs: Any) -> Any:
    return _document_class()(*args, **kwargs)
