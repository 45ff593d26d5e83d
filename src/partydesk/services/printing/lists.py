"""Lists: the meeting sign-in sheet and the member list (columns of mẫu 7-HSĐV).

Tables here hold plain strings, not Paragraphs, and the member list is cut
into one Table per page by this module (every row's height is known from the
pre-wrapped text), so a list of a thousand members lays out in well under a
second: reportlab never has to measure or split a thousand-row table.
"""

from __future__ import annotations

from typing import Any

from partydesk.services.printing import layout
from partydesk.services.printing.fonts import SERIF
from partydesk.services.printing.model import MemberListDocument, MemberRow, SignInSheet
from partydesk.services.printing.tables import cut_pages, fill, grid_style
from partydesk.services.printing.text import capitalise, long_date, plain, short_date

MM = layout.MM
SIZE, LEADING, PAD = 10, 12, 2
SIGN_SIZE = 13  # the sign-in sheet is read by elderly members: larger type
NOTE_SIZE = 10  # "Miễn SH", "Đi SHTT" in the narrow last column

MEMBER_COLUMNS = (  # (heading, width in mm); the widths add up to the landscape text width
    ("STT", 9), ("Họ và tên", 38), ("Giới\ntính", 10), ("Ngày sinh", 18), ("Dân tộc", 13),
    ("Tôn giáo", 17), ("Quê quán", 49), ("Trình độ\nhọc vấn", 15), ("Lý luận\nchính trị", 16),
    ("Ngày vào\nĐảng", 18), ("Ngày\nchính thức", 18), ("Số thẻ\nđảng viên", 17),
    ("Ghi chú", 14),
)
SIGN_COLUMNS = (("STT", 0.07), ("Họ và tên", 0.47), ("Đảng viên", 0.16), ("Ký tên", 0.18),
                ("Ghi chú", 0.12))


def _grid_style(size: float = SIZE, leading: float = LEADING) -> Any:
    return grid_style(size, leading)


def wrap_cell(text: str, width: float, size: float = SIZE) -> str:
    """Break *text* into lines (joined by newlines) that fit *width* points."""
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfbase.pdfmetrics import stringWidth

    text = plain(text)
    if stringWidth(text, SERIF, size) <= width - 2 * PAD:
        return text
    return "\n".join(simpleSplit(text, SERIF, size, width - 2 * PAD))


def member_cells(row: MemberRow) -> tuple[str, ...]:
    return (str(row.number), row.full_name, row.sex, short_date(row.birth_date),
            row.ethnicity, row.religion, row.home_town, row.education, row.theory_level,
            short_date(row.admission_date), short_date(row.official_date), row.card_number,
            row.notes)


def member_table_pages(doc: MemberListDocument, first: float, later: float,
                       tail: float = 0.0) -> list[Any]:
    """One Table per page, the column headings repeated on each."""
    from reportlab.platypus import PageBreak, Table

    widths = [w * MM for _, w in MEMBER_COLUMNS]
    head = [h for h, _ in MEMBER_COLUMNS]
    head_height = 2 * LEADING + 2 * PAD
    rows = [[wrap_cell(c, w) for c, w in zip(member_cells(r), widths, strict=True)]
            for r in doc.rows]
    heights = [max(c.count("\n") for c in row) * LEADING + LEADING + 2 * PAD for row in rows]
    style = _grid_style()
    story: list[Any] = []
    cuts = cut_pages(heights, first - head_height, later - head_height, tail)
    for n, cut in enumerate(cuts):
        if story:
            story.append(PageBreak())
        rows_height = heights[cut]
        if n < len(cuts) - 1:  # full pages: the signature's page takes the last row
            rows_height = fill(rows_height, (first if n == 0 else later) - head_height)
        story.append(Table([head, *rows[cut]], colWidths=widths,
                           rowHeights=[head_height, *rows_height], style=style))
    return story


def member_list_story(doc: MemberListDocument) -> list[Any]:
    width = layout.text_width(landscape=True)
    note = f"Tính đến {long_date(doc.as_of)}" if doc.as_of else ""
    top = [layout.header_table(doc.header, width), *layout.title_block(doc.title, note=note)]
    frame = layout.A4_SIZE[0] - layout.TOP - layout.BOTTOM - 2  # 2 pt of slack
    end: list[Any] = []
    if doc.signer:
        from reportlab.platypus import Spacer

        end = [Spacer(1, 8), layout.two_columns([], layout.signature(doc.signer), width)]
    used, tail = (sum(f.wrap(width, frame)[1] + f.getSpaceBefore() + f.getSpaceAfter()
                      for f in part) for part in (top, end))
    return top + member_table_pages(doc, frame - used, frame, tail) + end


def render_member_list(doc: MemberListDocument, out: layout.Output) -> None:
    """Write the member list on landscape A4 pages to a path or binary file object."""
    layout.build(out, member_list_story(doc), title=plain(doc.title),
                 author=doc.header.issuer, landscape=True, code=doc.header.code)


def signin_story(sheet: SignInSheet) -> list[Any]:
    from reportlab.platypus import Table

    width = layout.text_width()
    story: list[Any] = [layout.header_table(sheet.header, width)]
    story += layout.title_block("Danh sách đảng viên dự họp", capitalise(sheet.meeting_title),
                                capitalise(long_date(sheet.date)))
    widths = [f * width for _, f in SIGN_COLUMNS]
    rows = [[h for h, _ in SIGN_COLUMNS]]
    rows += [[str(r.number), wrap_cell(r.full_name, widths[1], SIGN_SIZE), plain(r.kind),
              "", wrap_cell(r.note, widths[4], NOTE_SIZE)] for r in sheet.rows]
    heights = [SIGN_SIZE + 10] + [10 * MM] * len(sheet.rows)  # room to sign
    style = _grid_style(SIGN_SIZE, SIGN_SIZE + 2)
    style.add("FONT", (4, 1), (4, -1), SERIF, NOTE_SIZE, NOTE_SIZE + 1)
    story.append(Table(rows, colWidths=widths, rowHeights=heights, repeatRows=1, style=style))
    story.append(layout.para(f"Tổng số: {len(sheet.rows)} đồng chí.", "left"))
    return story


def render_signin(sheet: SignInSheet, out: layout.Output) -> None:
    """Write the sign-in sheet of a meeting as a PDF to a path or binary file object."""
    layout.build(out, signin_story(sheet), title=f"Danh sách dự họp {sheet.meeting_title}",
                 author=sheet.header.issuer)
