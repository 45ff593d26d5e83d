"""Writing the reports: a PDF in the party's format, or an xlsx with every table."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from partydesk.domain.grading import LEVEL_NAMES_VI, LEVELS
from partydesk.domain.organisation import Organisation
from partydesk.services.printing.headers import (
    document_header,
    require_name,
    secretary_signature,
)
from partydesk.services.printing.issued import issue_snapshot
from partydesk.services.printing.meeting_papers import with_printed_names
from partydesk.services.printing.model import Signer
from partydesk.services.printing.text import short_date
from partydesk.services.shared.atomic_files import write_atomically
from partydesk.storage.database import Database


def _signer(organisation: Organisation, name: str | None) -> Signer:
    """The secretary recorded, or ``name`` (``--signer``, or the name the app asked
    for); refused before any file is written when there is neither."""
    if organisation.is_committee:
        return Signer(title="BÍ THƯ", name=require_name(name or organisation.secretary,
                                                         "BÍ THƯ"), on_behalf="T/M ĐẢNG ỦY")
    return secretary_signature(organisation, name)


def write_statistics(db: Database, organisation: Organisation, figures: dict,
                     out: Path, signer: str | None = None) -> Path:
    if out.suffix.lower() == ".xlsx":
        return write_atomically(out, lambda h: _statistics_workbook(figures).save(h))
    from partydesk.services.reports import printed

    header = document_header(db, organisation, date.today())
    signature = _signer(organisation, signer)
    as_of = short_date(date.fromisoformat(figures["as_of"]))
    header = issue_snapshot(db, "statistics", header, f"Tính đến {as_of}",
                            statistics_figures(figures),
                            {"header": header, "signer": signature, "figures": figures})
    story = printed.statistics_story(figures, header, signature)
    return write_atomically(out, lambda h: printed.render(
        story, h, f"Thống kê đảng viên {figures['as_of']}", organisation.name, header.code))


def write_grading(db: Database, organisation: Organisation, report: dict, out: Path,
                  signer: str | None = None) -> Path:
    if out.suffix.lower() == ".xlsx":
        return write_atomically(out, lambda h: _grading_workbook(report).save(h))
    from partydesk.services.reports import printed

    header = document_header(db, organisation, date.today())
    signature = _signer(organisation, signer)
    report = {**report, "members": with_printed_names(db, report.get("members", []))}
    title = "Xếp loại chất lượng " + printed.period_words(report["year"], report.get("quarter"))
    header = issue_snapshot(db, "grading", header, title, grading_figures(report),
                            {"header": header, "signer": signature, "report": report})
    story = printed.grading_story(report, header, signature)
    return write_atomically(out, lambda h: printed.render(story, h, title, organisation.name,
                                                          header.code))


def _levels(grading: dict) -> list[tuple[str, Any]]:
    return [(LEVEL_NAMES_VI[lv], grading[lv.value]["count"]) for lv in LEVELS]


def statistics_figures(figures: dict) -> list[tuple[str, Any]]:
    """Counts a reader compares with the statistics report: no name."""
    return [("Tính đến", short_date(date.fromisoformat(figures["as_of"]))),
            ("Tổng số đảng viên", figures["members"]),
            ("Nam", figures["by_sex"]["male"]), ("Nữ", figures["by_sex"]["female"]),
            ("Kết nạp trong năm", figures["admissions"]["count"]),
            *_levels(figures["grading"])]


def grading_figures(report: dict) -> list[tuple[str, Any]]:
    round_ = report["round"]
    return [("Đã đánh giá", round_["graded"]), ("Chưa đánh giá", round_["not_graded"]),
            ("Chưa có quyết định của cấp ủy", round_["undecided"]),
            *_levels(report["grading"])]


def _sheet(workbook: Any, title: str, headers: list[str], rows: list[list[Any]]) -> None:
    from openpyxl.styles import Font

    sheet = workbook.create_sheet(title[:31])
    sheet.append(headers)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for row in rows:
        sheet.append(row)
    for i, _ in enumerate(headers):
        sheet.column_dimensions[chr(65 + i)].width = 24 if i == 0 else 16


def _units(figures: dict) -> list[dict]:
    return [figures, *figures.get("cells", [])]


def _statistics_workbook(figures: dict) -> Any:
    from openpyxl import Workbook

    from partydesk.services.reports.printed import DIMENSIONS, MOVEMENT_NAMES, SEX_NAMES

    workbook = Workbook()
    workbook.remove(workbook.active)
    units = _units(figures)
    codes = [u["code"] for u in units]
    _sheet(workbook, "Tổng hợp", ["Đơn vị", "Đảng viên", "Đầu năm", "Kết nạp", "Chỉ tiêu",
                                   "Đạt (%)", "Kết nạp / đảng viên đầu năm (%)"],
           [[u["code"], u["members"], u["members_at_start"], u["admissions"]["count"],
             u["admissions"]["target"], u["admissions"]["share_of_target"],
             u["admissions"]["share_of_members"]] for u in units])
    sex = [[SEX_NAMES[k], *(u["by_sex"][k] for u in units)] for k in ("male", "female")]
    _sheet(workbook, "Giới tính", ["Giới tính", *codes], sex)
    for key, title in DIMENSIONS:
        labels = list(dict.fromkeys(label for u in units for label in u[key]))
        _sheet(workbook, title, [title, *codes],
               [[label, *(u[key].get(label, 0) for u in units)] for label in labels])
    _sheet(workbook, "Biến động", ["Nội dung", *codes],
           [[name, *(u["movements"][key] for u in units)] for key, name in MOVEMENT_NAMES])
    _sheet(workbook, "Xếp loại", ["Mức xếp loại", *codes, *(f"{c} (%)" for c in codes)],
           [[LEVEL_NAMES_VI[lv], *(u["grading"][lv.value]["count"] for u in units),
             *(u["grading"][lv.value]["share"] for u in units)] for lv in LEVELS])
    return workbook


def _grading_workbook(report: dict) -> Any:
    from openpyxl import Workbook

    workbook = Workbook()
    workbook.remove(workbook.active)
    units = report.get("cells") or [report]
    names = {lv.value: LEVEL_NAMES_VI[lv] for lv in LEVELS}
    _sheet(workbook, "Đảng viên", ["Chi bộ", "Họ và tên", "Số thẻ đảng viên", "Tự đánh giá",
                                    "Chi bộ đề nghị", "Cấp ủy quyết định", "Điểm"],
           [[u["code"], m["full_name"], m["card_number"], names.get(m["self"], ""),
             names.get(m["cell"], ""), names.get(m["committee"], ""), m["score"]]
            for u in units for m in u["members"]])
    _sheet(workbook, "Tổng hợp", ["Đơn vị", *(names[lv.value] for lv in LEVELS),
                                  "Chưa quyết định", "Vượt 20 %"],
           [[u["code"], *(u["grading"][lv.value]["count"] for lv in LEVELS),
             u["round"]["undecided"], u["round"]["limit"]["breached"]]
            for u in ([report] + (report.get("cells") or []))])
    return workbook


def print_statistics(db: Database, organisation: Organisation, as_of: date, out: Path,
                     signer: str | None = None) -> Path:
    """The statistics report as of ``as_of``, to a .pdf or .xlsx file."""
    from partydesk.services.reports.statistics import statistics

    return write_statistics(db, organisation, statistics(db, organisation, as_of), out,
                            signer)


def print_grading(db: Database, organisation: Organisation, year: int, out: Path,
                  signer: str | None = None, quarter: int | None = None) -> Path:
    """The grading report of ``year`` (or of one quarter), to a .pdf or .xlsx file."""
    from partydesk.services.reports.grading_report import grading_report

    return write_grading(db, organisation,
                         grading_report(db, organisation, year, quarter=quarter), out, signer)
