"""Printing: our documents against raw reportlab canvas drawing of the same text.

(a) A 3-page minutes document through the service (platypus, justified
    paragraphs, tables) vs the floor: the same words wrapped with simpleSplit and
    drawn line by line with canvas.drawString in the same fonts. Ratio <= 1.5.
(b) The member list of 1,000 members, <= 1 s, beside the floor of drawing the
    same 1,000 rows (cells and grid) straight onto the canvas. Ours includes what
    its verification code costs besides the database row: the SHA-256 digest of
    the whole list as signed, the code, and the footer text and QR on every page.
"""

from __future__ import annotations

import io
import re
from dataclasses import replace
from html import unescape
from typing import Any

from benchmarks.harness import Figure, median_seconds
from partydesk.domain.verification import verification_code
from partydesk.services.printing import samples
from partydesk.services.printing.fonts import SERIF, SERIF_BOLD, SERIF_ITALIC, register_fonts
from partydesk.services.printing.issued import digest
from partydesk.services.printing.layout import A4_SIZE, BOTTOM, LEFT, MM, RIGHT, TOP
from partydesk.services.printing.lists import (
    LEADING,
    MEMBER_COLUMNS,
    SIZE,
    member_cells,
    render_member_list,
    wrap_cell,
)
from partydesk.services.printing.minutes import amendment_blocks, minutes_blocks, render_minutes
from partydesk.services.printing.model import MemberListDocument, MinutesDocument
from partydesk.services.printing.text import place_date

TAG = re.compile(r"<[^>]+>")


def _minutes_lines(doc: MinutesDocument) -> list[tuple[str, str]]:
    """(font, text) of every paragraph the minutes print, markup removed."""
    h = doc.header
    lines = [(SERIF, h.higher_org.upper()), (SERIF_BOLD, h.issuer.upper()), (SERIF, "*"),
             (SERIF_BOLD, "ĐẢNG CỘNG SẢN VIỆT NAM"), (SERIF, f"Số {h.number}"),
             (SERIF_ITALIC, place_date(h.place, h.date)), (SERIF_BOLD, "BIÊN BẢN"),
             (SERIF_BOLD, doc.subject), (SERIF, "-----")]
    for style, text in minutes_blocks(doc) + amendment_blocks(doc):
        font = SERIF_BOLD if "heading" in style else SERIF_ITALIC if "<i>" in text else SERIF
        lines.append((font, unescape(TAG.sub("", text))))
    lines += [(SERIF_BOLD, "THƯ KÝ"), (SERIF_BOLD, doc.minute_taker),
              (SERIF_BOLD, "CHỦ TRÌ"), (SERIF_BOLD, doc.chair)]
    return lines


def raw_minutes(doc: MinutesDocument) -> bytes:
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen.canvas import Canvas

    out = io.BytesIO()
    canvas = Canvas(out, pagesize=A4_SIZE)
    width = A4_SIZE[0] - LEFT - RIGHT
    y = A4_SIZE[1] - TOP
    for font, text in _minutes_lines(doc):
        canvas.setFont(font, 14)
        for line in simpleSplit(text, font, 14, width):
            if y < BOTTOM + 18:
                canvas.showPage()
                canvas.setFont(font, 14)
                y = A4_SIZE[1] - TOP
            y -= 18
            canvas.drawString(LEFT, y, line)
    canvas.save()
    return out.getvalue()


def raw_member_list(doc: MemberListDocument) -> bytes:
    from reportlab.pdfgen.canvas import Canvas

    out = io.BytesIO()
    page = (A4_SIZE[1], A4_SIZE[0])
    canvas = Canvas(out, pagesize=page)
    widths = [w * MM for _, w in MEMBER_COLUMNS]
    xs = [LEFT]
    for w in widths:
        xs.append(xs[-1] + w)
    y = page[1] - TOP
    for row in doc.rows:
        cells = [wrap_cell(c, w).split("\n") for c, w in zip(member_cells(row), widths,
                                                              strict=True)]
        height = max(len(c) for c in cells) * LEADING + 4
        if y - height < BOTTOM:
            canvas.showPage()
            y = page[1] - TOP
        canvas.setFont(SERIF, SIZE)
        for x, lines in zip(xs, cells, strict=False):
            for i, line in enumerate(lines):
                canvas.drawString(x + 2, y - (i + 1) * LEADING, line)
        canvas.grid(xs, [y, y - height])
        y -= height
    canvas.save()
    return out.getvalue()


def _to_memory(render: Any, doc: Any) -> None:
    render(doc, io.BytesIO())


def _signed_list(doc: MemberListDocument) -> MemberListDocument:
    """The list with its code, as issued.issue_snapshot makes it (without the row)."""
    code = verification_code({"digest": digest(doc)})
    return replace(doc, header=replace(doc.header, code=code))


def run(report: Any, args: Any) -> None:
    register_fonts()
    runs = 5 if args.quick else 15  # a loaded machine drifts; more runs steady the median
    minutes = samples.minutes()
    ours = median_seconds(lambda: _to_memory(render_minutes, minutes), runs=runs)
    floor = median_seconds(lambda: raw_minutes(minutes), runs=runs)
    report.add(Figure("minutes, 3 pages", ours, "s", "raw canvas drawString, same text",
                      floor, max_ratio=1.5))

    members = samples.member_list(1000)
    ours = median_seconds(lambda: _to_memory(render_member_list, _signed_list(members)),
                          runs=runs)
    floor = median_seconds(lambda: raw_member_list(members), runs=runs)
    report.add(Figure("member list, 1000 members", ours, "s",
                      "raw canvas, same 1000 rows", floor, max_value=1.0))
