"""The statistics report and the grading report on paper, in the party's document
format (the header, title and signature of services/printing/layout), with their
charts. Input is the reports' figures (the same dict the JSON prints)."""

from __future__ import annotations

from datetime import date
from typing import Any

from partydesk.domain.grading import LEVEL_NAMES_VI, LEVELS
from partydesk.domain.vnnumbers import percent_text, share, thousands
from partydesk.services.printing import layout
from partydesk.services.printing.lists import wrap_cell
from partydesk.services.printing.model import DocumentHeader, Signer
from partydesk.services.printing.text import long_date
from partydesk.services.reports import charts

SMALL = 11
DIMENSIONS = (
    ("by_age_group", "Độ tuổi"), ("by_ethnicity", "Dân tộc"), ("by_religion", "Tôn giáo"),
    ("by_education", "Trình độ giáo dục phổ thông"),
    ("by_professional_level", "Trình độ chuyên môn"),
    ("by_theory_level", "Lý luận chính trị"), ("by_occupation", "Nghề nghiệp"),
    ("by_party_age", "Tuổi đảng"),
)
MOVEMENT_NAMES = (("admissions", "Kết nạp"), ("readmissions", "Kết nạp lại"),
                  ("transfers_in", "Chuyển đến"), ("transfers_out", "Chuyển đi"),
                  ("removals", "Xóa tên"), ("expulsions", "Khai trừ"),
                  ("left", "Ra khỏi Đảng"), ("deaths", "Từ trần"))
SEX_NAMES = {"male": "Nam", "female": "Nữ"}


def _grid(rows: list[list[str]], widths: list[float], numeric_from: int = 1,
          header: bool = True) -> Any:
    """A grid table; *header*: its first row is bold, centred and repeated on each page
    (without: the tail of a longer table, drawn right under it)."""
    from reportlab.platypus import Table, TableStyle

    from partydesk.services.printing.fonts import SERIF, SERIF_BOLD

    table = Table(rows, colWidths=widths, repeatRows=1 if header else 0)
    commands = [("FONT", (0, 0), (-1, -1), SERIF, SMALL, SMALL + 2),
                ("ALIGN", (numeric_from, int(header)), (-1, -1), "RIGHT"),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("GRID", (0, 0), (-1, -1), 0.5, "black")]
    if header:
        commands += [("FONT", (0, 0), (-1, 0), SERIF_BOLD, SMALL, SMALL + 2),
                     ("ALIGN", (0, 0), (-1, 0), "CENTER")]
    table.setStyle(TableStyle(commands))
    return table


def _counts_table(title: str, counts: dict[str, int], total: int, width: float) -> Any:
    rows = [[title, "Số lượng", "Tỷ lệ"]]
    rows += [[label, thousands(n), percent_text(share(n, total))] for label, n in counts.items()]
    return _grid(rows, [width * 0.56, width * 0.2, width * 0.24])


def _heading(text: str) -> Any:
    return layout.para(text, "heading")


def grading_rows(grading: dict) -> list[tuple[str, int, str]]:
    return [(LEVEL_NAMES_VI[lv].replace(" nhiệm vụ", ""), grading[lv.value]["count"],
             f"{grading[lv.value]['count']} ({grading[lv.value]['share_text']})")
            for lv in LEVELS]


def limit_sentence(round_: dict) -> str:
    limit = round_["limit"]
    text = (f"Số đảng viên hoàn thành xuất sắc nhiệm vụ: {limit['outstanding']}, bằng "
            f"{limit['share_of_good_text']} số hoàn thành tốt nhiệm vụ ({limit['good']}); "
            f"tối đa được {limit['allowed']}.")
    if limit["breached"]:
        text += " <b>Vượt tỷ lệ 20 % theo quy định.</b>"
    return text


def _round_sentence(round_: dict) -> str:
    return (f"Đã đánh giá {thousands(round_['graded'])} đảng viên; chưa đánh giá "
            f"{thousands(round_['not_graded'])}; chưa có quyết định của cấp ủy: "
            f"{thousands(round_['undecided'])}.")


def statistics_story(figures: dict, header: DocumentHeader, signer: Signer) -> list[Any]:
    from reportlab.platypus import Spacer

    width = layout.text_width()
    as_of = date.fromisoformat(figures["as_of"])
    story = [layout.header_table(header, width),
             *layout.title_block("Báo cáo", "Thống kê số lượng, chất lượng đảng viên",
                                 f"Tính đến {long_date(as_of)}")]
    total = figures["members"]
    sexes = figures["by_sex"]
    adm = figures["admissions"]
    story += [
        layout.para(f"Tổng số đảng viên: <b>{thousands(total)}</b>; nam {thousands(sexes['male'])}"
                    f", nữ {thousands(sexes['female'])} "
                    f"({percent_text(share(sexes['female'], total))} là nữ)."),
        layout.para(f"Kết nạp đảng viên trong năm {as_of.year}: <b>{adm['text']}</b>"
                    + (f" so với chỉ tiêu {thousands(adm['target'])}" if adm["target"] else "")
                    + f"; bằng {adm['share_of_members_text']} số đảng viên đầu năm."),
        Spacer(1, 4),
        charts.pyramid("Đảng viên theo độ tuổi và giới tính",
                       [(g, v["male"], v["female"])
                        for g, v in figures["by_age_group_sex"].items()], width),
    ]
    for key, title in DIMENSIONS:
        story += [Spacer(1, 6), _counts_table(title, figures[key], total, width)]
    story += [_heading("Biến động đảng viên trong năm"),
              _grid([["Nội dung", "Số lượng"]] + [[name, str(figures["movements"][key])]
                                                   for key, name in MOVEMENT_NAMES],
                    [width * 0.7, width * 0.3])]
    story += _grading_part(figures["grading"], figures["grading_round"], width)
    if figures.get("cells"):
        story += _cells_part(figures, width)
    return signed(story, signer, width)


def signed(story: list[Any], signer: Signer, width: float) -> list[Any]:
    """The story with its last flowable kept on the signature's page (a page never
    holds the signature alone: flow.signed_ending)."""
    from partydesk.services.printing.flow import signed_ending

    block = layout.two_columns([], layout.signature(signer), width)
    return [*story[:-1], signed_ending(story[-1:], block)]


def period_words(year: int, quarter: int | None = None) -> str:
    """ "năm 2026", or "quý 1 năm 2026" for a quarter's round."""
    return f"quý {quarter} năm {year}" if quarter else f"năm {year}"


def _grading_part(grading: dict, round_: dict, width: float,
                  quarter: int | None = None) -> list[Any]:
    rows = [["Mức xếp loại", "Số lượng", "Tỷ lệ"]]
    rows += [[LEVEL_NAMES_VI[lv], str(grading[lv.value]["count"]),
              grading[lv.value]["share_text"]] for lv in LEVELS]
    when = period_words(round_["year"], quarter)
    return [_heading(f"Kết quả xếp loại chất lượng đảng viên {when}"),
            layout.para(_round_sentence(round_)), layout.para(limit_sentence(round_)),
            _grid(rows, [width * 0.56, width * 0.2, width * 0.24]),
            charts.hbars("Tỷ lệ xếp loại chất lượng đảng viên", grading_rows(grading), width)]


def _cells_part(figures: dict, width: float) -> list[Any]:
    rows = [["Chi bộ", "Đảng viên", "Kết nạp / chỉ tiêu", "HTXSNV", "Vượt 20 %"]]
    for c in figures["cells"]:
        rows.append([f"{c['code']} {c['name']}", thousands(c["members"]),
                     c["admissions"]["text"], c["grading"]["outstanding"]["share_text"],
                     "Có" if c["grading_round"]["limit"]["breached"] else ""])
    target_rows = [(c["code"], c["admissions"]["count"], c["admissions"]["target"],
                    c["admissions"]["text"]) for c in figures["cells"]]
    return [_heading("Số liệu từng chi bộ"),
            _grid(rows, [width * 0.34, width * 0.14, width * 0.26, width * 0.13,
                         width * 0.13]),
            charts.against_target("Kết nạp đảng viên so với chỉ tiêu", target_rows, width)]


def grading_story(report: dict, header: DocumentHeader, signer: Signer) -> list[Any]:

    width = layout.text_width()
    story = [layout.header_table(header, width),
             *layout.title_block("Báo cáo", "Kết quả đánh giá, xếp loại chất lượng đảng viên "
                                 "và chi bộ " + period_words(report["year"],
                                                             report.get("quarter")))]
    story += _grading_part(report["grading"], report["round"], width, report.get("quarter"))
    own = report.get("organisation_grading")
    if own:
        story.append(layout.para(f"Chi bộ tự xếp loại: <b>{own['level_text']}</b>."))
    units = report.get("cells") or [report]
    for unit in units:
        if report.get("cells"):
            story.append(_heading(f"{unit['code']} {unit['name']}"))
            story.append(layout.para(limit_sentence(unit["round"])))
        rows = [["STT", "Họ và tên", "Tự đánh giá", "Chi bộ đề nghị", "Cấp ủy quyết định"]]
        short = {lv.value: LEVEL_NAMES_VI[lv].replace(" nhiệm vụ", "") for lv in LEVELS}
        widths = [width * f for f in (0.07, 0.27, 0.22, 0.22, 0.22)]
        for i, m in enumerate(unit["members"], 1):  # a long name (namesake's year) wraps
            rows.append([str(i), wrap_cell(m["full_name"], widths[1] - 8, SMALL),  # 6 pt pads
                         *(short.get(m[s], "") for s in ("self", "cell", "committee"))])
        if len(rows) > 3:  # the last two rows go with the signature (signed below)
            story += [_grid(rows[:-2], widths, 5), _grid(rows[-2:], widths, 5, header=False)]
        elif len(rows) > 1:
            story.append(_grid(rows, widths, numeric_from=5))
    return signed(story, signer, width)


def render(story: list[Any], out: layout.Output, title: str, author: str,
           code: str | None = None) -> None:
    layout.build(out, story, title=title, author=author, code=code)
