"""The yearly dues summary as a PDF in the party document format, built like the monthly
report (same header, title, totals table, "Nơi nhận" and signature), and as .xlsx."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from partydesk.domain.dues import Month
from partydesk.domain.organisation import Organisation
from partydesk.services.dues.documents import NUMBER, ROWS, _value, closing, recipients
from partydesk.services.printing.headers import document_header, secretary_signature
from partydesk.services.printing.issued import issue_snapshot
from partydesk.services.shared.atomic_files import write_atomically
from partydesk.storage.connection import Database

# in the year, collected this year and collected since January are the same figure
YEAR_ROWS = tuple((text.replace("trong tháng", "trong năm"), key) for text, key in ROWS
                  if key != "collected_year_to_date")
MONTH_COLUMNS = (("Tháng", None), ("Số đảng\nviên", "members"), ("Phải thu", "due"),
                 ("Đã thu", "collected"), ("Giữ lại", "retained"), ("Nộp lên", "remitted"),
                 ("Còn nợ\ntừ đầu năm", "arrears"))


def _period(summary: dict) -> tuple[date, date]:
    months = [Month.parse(m["month"]) for m in summary["months"]]
    year = summary["year"]
    return (date(year, 1, 1), months[-1].last_day if months else date(year, 12, 31))


def _month_row(label: str, line: dict) -> list[str]:
    return [label] + [_value(key, line) for _text, key in MONTH_COLUMNS[1:]]


def summary_story(header, signer, summary: dict, sent_to: tuple[str, ...]) -> list[Any]:
    from reportlab.platypus import Table

    from partydesk.services.printing import layout
    from partydesk.services.printing.fonts import SERIF_BOLD
    from partydesk.services.printing.lists import _grid_style

    first, last = _period(summary)
    width = layout.text_width()
    story: list[Any] = [layout.header_table(header, width)]
    story += layout.title_block("Báo cáo", f"tổng hợp thu, nộp đảng phí năm {summary['year']}",
                                f"(từ ngày {first:%d/%m/%Y} đến ngày {last:%d/%m/%Y})")
    story.append(layout.para("<b>I. TỔNG HỢP CẢ NĂM</b>", "heading"))
    total = summary["total"]
    rows = [["STT", "Nội dung", "Số liệu"]]
    rows += [[str(i), text, _value(key, total)] for i, (text, key) in enumerate(YEAR_ROWS, 1)]
    style = _grid_style(12, 14)
    style.add("ALIGN", (2, 1), (2, -1), "RIGHT")
    story.append(Table(rows, colWidths=[0.08 * width, 0.6 * width, 0.32 * width], style=style))
    story.append(layout.para("<b>II. CHI TIẾT THEO THÁNG</b>", "heading"))
    table = [[text for text, _key in MONTH_COLUMNS]]
    table += [_month_row(Month.parse(m["month"]).label, m) for m in summary["months"]]
    table.append(_month_row("Cả năm", total))
    style = _grid_style(11, 12.5)
    style.add("ALIGN", (1, 1), (-1, -1), "RIGHT")
    style.add("FONT", (0, -1), (-1, -1), SERIF_BOLD, 11, 12.5)
    widths = [0.12 * width, 0.12 * width] + [0.152 * width] * 5
    story.append(Table(table, colWidths=widths, repeatRows=1, style=style))
    return story + closing(signer, sent_to, width)


def write_summary(db: Database, organisation: Organisation, summary: dict, out: Path,
                 signer: str | None = None) -> Path:
    """Write ``summary`` (from :func:`cell_summary`) as .pdf or .xlsx, atomically."""
    year = summary["year"]
    if out.suffix.lower() == ".xlsx":
        return write_atomically(out, lambda handle: _xlsx(summary, organisation, handle))
    header = document_header(db, organisation, _period(summary)[1], NUMBER)
    signer = secretary_signature(organisation, signer)
    sent_to = recipients(organisation)
    figures = [("Năm", year), ("Số tháng", len(summary["months"])),
               *((text, _value(key, summary["total"])) for text, key in YEAR_ROWS)]
    header = issue_snapshot(db, "dues-summary", header, f"Năm {year}", figures,
                            {"header": header, "signer": signer, "summary": summary,
                             "recipients": sent_to})

    def render(handle) -> None:
        from partydesk.services.printing import layout

        layout.build(handle, summary_story(header, signer, summary, sent_to),
                     title=f"Báo cáo tổng hợp thu nộp đảng phí năm {year}",
                     author=header.issuer, code=header.code)

    return write_atomically(out, render)


def _xlsx(summary: dict, organisation: Organisation, handle) -> None:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.title = f"Đảng phí năm {summary['year']}"
    sheet.append([organisation.name,
                  f"Báo cáo tổng hợp thu, nộp đảng phí năm {summary['year']}"])
    sheet.append([])
    sheet.append(["Tháng", *(text for text, _key in ROWS)])
    for line in summary["months"]:
        sheet.append([Month.parse(line["month"]).label, *(line[key] for _t, key in ROWS)])
    sheet.append(["Cả năm", *(summary["total"][key] for _t, key in ROWS)])
    sheet.column_dimensions["A"].width = 12
    book.save(handle)
