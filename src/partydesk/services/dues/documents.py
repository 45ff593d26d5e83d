"""The monthly dues report as a PDF in the party document format (the printing service's
layout helpers: header, title, signature) and as an .xlsx sheet."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from partydesk.domain.dues import Month, format_money
from partydesk.domain.organisation import Organisation
from partydesk.services.printing.headers import document_header, secretary_signature
from partydesk.services.printing.issued import issue_snapshot
from partydesk.services.printing.meeting_papers import with_printed_names
from partydesk.services.shared.atomic_files import write_atomically
from partydesk.storage.connection import Database

ROWS = (("Số đảng viên phải đóng", "members"), ("Đảng phí phải thu trong tháng", "due"),
        ("Đảng phí đã thu trong tháng", "collected"),
        ("Đảng phí đã thu từ đầu năm", "collected_year_to_date"),
        ("Chi bộ được trích giữ lại", "retained"), ("Nộp lên cấp ủy cấp trên", "remitted"),
        ("Đảng phí còn nợ từ đầu năm", "arrears"))
NUMBER = "……-BC/CB"      # the number is written by hand when the report is signed


def recipients(organisation: Organisation | None) -> tuple[str, ...]:
    """Up to the higher committee for its report, and the cell's own file copy."""
    higher = (organisation.higher_name if organisation else "") or "Đảng ủy xã"
    return (f"{higher} (để báo cáo),", "Lưu Chi bộ.")


def closing(signer, sent_to: tuple[str, ...], width: float) -> list[Any]:
    """ "Nơi nhận" on the left, the secretary's signature on the right."""
    from reportlab.platypus import Spacer

    from partydesk.services.printing import layout

    return [Spacer(1, 10), layout.two_columns(layout.recipients_block(sent_to),
                                              layout.signature(signer), width)]


def _value(key: str, report: dict) -> str:
    return str(report[key]) if key == "members" else format_money(report[key])


def report_story(header, signer, report: dict,
                 sent_to: tuple[str, ...] = recipients(None)) -> list[Any]:
    from reportlab.platypus import Table

    from partydesk.services.printing import layout
    from partydesk.services.printing.lists import _grid_style, wrap_cell

    month = Month.parse(report["month"])
    width = layout.text_width()
    story: list[Any] = [layout.header_table(header, width)]
    story += layout.title_block("Báo cáo", f"thu, nộp đảng phí tháng {month.label}",
                                f"(từ ngày {month.first_day:%d/%m/%Y} đến ngày "
                                f"{month.last_day:%d/%m/%Y})")
    story.append(layout.para("<b>I. TỔNG HỢP</b>", "heading"))
    rows = [["STT", "Nội dung", "Số liệu"]]
    rows += [[str(i), text, _value(key, report)] for i, (text, key) in enumerate(ROWS, 1)]
    style = _grid_style(12, 15)
    style.add("ALIGN", (2, 1), (2, -1), "RIGHT")
    story.append(Table(rows, colWidths=[0.08 * width, 0.6 * width, 0.32 * width], style=style))
    story.append(layout.para("<b>II. ĐẢNG VIÊN CHƯA ĐÓNG ĐỦ ĐẢNG PHÍ TỪ ĐẦU NĂM</b>",
                             "heading"))
    behind = report["behind"]
    if behind:
        widths = [0.08 * width, 0.46 * width, 0.16 * width, 0.30 * width]
        table = [["STT", "Họ và tên", "Số tháng", "Số tiền còn nợ"]]
        table += [[str(i), wrap_cell(b["full_name"], widths[1], 12), str(b["months"]),
                   format_money(b["owed"])] for i, b in enumerate(behind, 1)]
        style = _grid_style(12, 15)
        style.add("ALIGN", (2, 1), (-1, -1), "RIGHT")
        story.append(Table(table, colWidths=widths, repeatRows=1, style=style))
    else:
        story.append(layout.para("Không có đảng viên nợ đảng phí."))
    return story + closing(signer, sent_to, width)


def write_report(db: Database, organisation: Organisation, report: dict, out: Path,
                 signer: str | None = None) -> Path:
    """Write ``report`` (from :func:`cell_report`) as .pdf or .xlsx, atomically."""
    month = Month.parse(report["month"])
    if out.suffix.lower() == ".xlsx":
        return write_atomically(out, lambda handle: _xlsx(report, organisation, handle))
    header = document_header(db, organisation, month.last_day, NUMBER)
    signer = secretary_signature(organisation, signer)
    report = {**report, "behind": with_printed_names(db, report["behind"])}
    sent_to = recipients(organisation)
    figures = [("Tháng", month.label), *((text, _value(key, report)) for text, key in ROWS),
               ("Số đảng viên chưa đóng đủ", len(report["behind"]))]
    header = issue_snapshot(db, "dues-report", header, f"Tháng {month.label}", figures,
                            {"header": header, "signer": signer, "report": report,
                             "recipients": sent_to})

    def render(handle) -> None:
        from partydesk.services.printing import layout

        layout.build(handle, report_story(header, signer, report, sent_to),
                     title=f"Báo cáo thu nộp đảng phí tháng {month.label}",
                     author=header.issuer, code=header.code)

    return write_atomically(out, render)


def _xlsx(report: dict, organisation: Organisation, handle) -> None:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.title = f"Đảng phí {report['month']}"
    sheet.append([organisation.name, f"Báo cáo thu, nộp đảng phí tháng "
                                     f"{Month.parse(report['month']).label}"])
    for text, key in ROWS:
        sheet.append([text, report[key]])
    sheet.append([])
    sheet.append(["Họ và tên", "Số tháng", "Số tiền còn nợ"])
    for b in report["behind"]:
        sheet.append([b["full_name"], b["months"], b["owed"]])
    sheet.column_dimensions["A"].width = 40
    sheet.column_dimensions["B"].width = 18
    book.save(handle)
