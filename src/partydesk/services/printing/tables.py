"""Long tables (books, lists, reports) cut into one Table per page by us.

Rows hold plain strings wrapped to their column beforehand, so every row's
height is known and reportlab never measures or splits a long table. The
column headings repeat on each page; the last page keeps room for the
signature and takes the last rows with it, so a signature never stands alone.
Any report built on these helpers (dues, grading, statistics) gets the same.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from partydesk.services.printing import layout
from partydesk.services.printing.fonts import SERIF, SERIF_BOLD
from partydesk.services.printing.model import DocumentHeader, Signer
from partydesk.services.printing.text import plain

MM = layout.MM
PAD = 2


def grid_style(size: float, leading: float) -> Any:
    from reportlab.platypus import TableStyle

    return TableStyle([
        ("FONT", (0, 0), (-1, -1), SERIF, size, leading),
        ("FONT", (0, 0), (-1, 0), SERIF_BOLD, size, leading),
        ("ALIGN", (0, 0), (-1, 0), "CENTER"),
        ("ALIGN", (0, 1), (0, -1), "CENTER"),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("GRID", (0, 0), (-1, -1), 0.5, "black"),
        ("LEFTPADDING", (0, 0), (-1, -1), PAD),
        ("RIGHTPADDING", (0, 0), (-1, -1), PAD),
        ("TOPPADDING", (0, 0), (-1, -1), PAD),
        ("BOTTOMPADDING", (0, 0), (-1, -1), PAD),
    ])


def wrap(text: str, width: float, size: float, font: str = SERIF) -> str:
    """*text* broken into lines (joined by newlines) that fit *width* points."""
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfbase.pdfmetrics import stringWidth

    text = plain(text)
    if "\n" not in text and stringWidth(text, font, size) <= width - 2 * PAD:
        return text
    return "\n".join(line for part in text.split("\n")
                     for line in simpleSplit(part, font, size, width - 2 * PAD) or [""])


def cut_pages(heights: Sequence[float], first: float, later: float, tail: float = 0.0
              ) -> list[slice]:
    """Rows into page-sized runs; the last page keeps *tail* points (the signature),
    taking the last row with it if needed."""
    cuts, start, used, room = [], 0, 0.0, first
    for i, h in enumerate(heights):
        if used + h > room and i > start:
            cuts.append(slice(start, i))
            start, used, room = i, 0.0, later
        used += h
    if used + tail > room and len(heights) - start > 1:
        cuts.append(slice(start, len(heights) - 1))
        start = len(heights) - 1
    cuts.append(slice(start, len(heights)))
    return cuts


def fill(heights: Sequence[float], room: float) -> list[float]:
    """Row heights stretched evenly so a page that is not the last is full: moving the
    last rows to the signature's page must not leave a page a third empty."""
    spare = room - sum(heights)
    return [h + spare / len(heights) for h in heights] if spare > 0 and heights else list(heights)


def paged_table(header: DocumentHeader, kind: str, note: str,
                columns: Sequence[tuple[str, float]], rows: Sequence[Sequence[str]],
                signer: Signer | None, size: float = 10, landscape: bool = True,
                subject: str = "") -> list[Any]:
    """The whole story: header, title, the table page by page, the signature.

    *columns* are (heading, width in mm); headings may hold "\\n".
    """
    from reportlab.platypus import PageBreak, Spacer, Table

    leading = size + 2
    width = layout.text_width(landscape)
    top = [layout.header_table(header, width), *layout.title_block(kind, subject, note)]
    end: list[Any] = []
    if signer:
        end = [Spacer(1, 8), layout.two_columns([], layout.signature(signer), width)]
    frame = (layout.A4_SIZE[0] if landscape else layout.A4_SIZE[1]) - layout.TOP \
        - layout.BOTTOM - 2
    used, tail = (sum(f.wrap(width, frame)[1] + f.getSpaceBefore() + f.getSpaceAfter()
                      for f in part) for part in (top, end))
    widths = [w * MM for _, w in columns]
    head = [wrap(h, w, size, SERIF_BOLD) for (h, _), w in zip(columns, widths, strict=True)]
    head_height = (max(h.count("\n") for h in head) + 1) * leading + 2 * PAD
    cells = [[wrap(c, w, size) for c, w in zip(r, widths, strict=True)] for r in rows]
    heights = [(max(c.count("\n") for c in r) + 1) * leading + 2 * PAD for r in cells]
    style = grid_style(size, leading)
    story: list[Any] = list(top)
    if not cells:
        story.append(Table([head], colWidths=widths, rowHeights=[head_height], style=style))
    cuts = cut_pages(heights, frame - used - head_height, frame - head_height, tail) \
        if cells else []
    for n, cut in enumerate(cuts):
        if n:
            story.append(PageBreak())
        rows_height = heights[cut]
        if n < len(cuts) - 1:
            rows_height = fill(rows_height, (frame - used if n == 0 else frame) - head_height)
        story.append(Table([head, *cells[cut]], colWidths=widths,
                           rowHeights=[head_height, *rows_height], style=style))
    return story + end
