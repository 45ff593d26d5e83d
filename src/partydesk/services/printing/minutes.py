"""Meeting minutes (biên bản sinh hoạt chi bộ), in the order the meeting runs.

Purpose and guests; minute-taker; attendance report; agenda adopted; each item
with every speaker by name and the chair's conclusion; votes with their counts
and thresholds; conclusion; read back; closing time; signatures (minute-taker
left, chair right); then dated corrections ("Đính chính"), if any.

:func:`minutes_blocks` gives the body as (style, markup) pairs without
reportlab, so the wording can be tested and reused on its own.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from partydesk.services.printing import layout
from partydesk.services.printing.model import Attendance, MinutesDocument, Signer, Vote
from partydesk.services.printing.text import (
    capitalise,
    clock,
    long_date,
    markup,
    percent,
    plain,
)

Block = tuple[str, str]  # (style name in layout.styles(), paragraph markup)

ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X")


def _people(n: int) -> str:
    return f"{n} đồng chí" if n else "không có"


def _opening(doc: MinutesDocument) -> list[Block]:
    subject = markup(doc.subject.strip())
    subject = subject[:1].lower() + subject[1:]
    return [("body", f"Vào hồi {clock(doc.start)}, {long_date(doc.start)}, tại "
                     f"{markup(doc.place)}, chi bộ tiến hành {subject}.")]


def _purpose(doc: MinutesDocument) -> list[Block]:
    blocks: list[Block] = []
    if doc.purpose:
        blocks.append(("body", f"<b>Mục đích:</b> {markup(doc.purpose)}"))
    title = f", {markup(doc.chair_title)}" if doc.chair_title.strip() else ""
    blocks.append(("body", f"<b>Chủ trì:</b> đồng chí {markup(doc.chair)}{title}."))
    if doc.guests:
        blocks.append(("body", "<b>Khách mời:</b>"))
        blocks += [("item", f"- {markup(g)}") for g in doc.guests]
    else:
        blocks.append(("body", "<b>Khách mời:</b> không có."))
    blocks.append(("body", f"<b>Thư ký:</b> chủ trì cử đồng chí {markup(doc.minute_taker)} "
                           f"làm thư ký {markup(doc.gathering)}."))
    return blocks


def _attendance(a: Attendance) -> list[Block]:
    blocks: list[Block] = [
        ("body", f"Tổng số đảng viên của chi bộ: {_people(a.total)} "
                 f"(chính thức: {a.official}, dự bị: {a.probationary})."),
        ("body", f"Đảng viên sinh hoạt tạm thời tại chi bộ: {_people(a.temporary)}."),
        ("body", f"Đảng viên được miễn công tác và sinh hoạt đảng: {_people(a.exempted)}."),
        ("body", f"Đảng viên chuyển sinh hoạt tạm thời đi nơi khác: "
                 f"{_people(a.transferred_out)}."),
        ("body", f"Có mặt: {_people(a.present)} (chính thức: {a.present_official}, "
                 f"dự bị: {a.present_probationary}, sinh hoạt tạm thời: "
                 f"{a.present_temporary})" + ("," if a.present_names else ".")),
    ]
    if a.present_names:
        names = ", ".join(markup(n) for n in a.present_names)
        blocks.append(("item", f"gồm các đồng chí: {names}."))
    absent = a.absent_with_reason
    blocks.append(("body", f"Vắng mặt có lý do: {_people(len(absent))}" + (":" if absent else ".")))
    blocks += [("item", f"- Đồng chí {markup(x.name)}: {markup(x.reason.strip().rstrip(';.'))}"
                        + ("." if i == len(absent) else ";"))
               for i, x in enumerate(absent, 1)]
    names = ", ".join(f"đồng chí {markup(n)}" for n in a.absent_without_reason)
    blocks.append(("body", f"Vắng mặt không có lý do: {_people(len(a.absent_without_reason))}"
                           + (f": {names}." if names else ".")))
    return blocks


def _items(doc: MinutesDocument) -> list[Block]:
    blocks: list[Block] = []
    for i, item in enumerate(doc.agenda, 1):
        blocks.append(("subheading", f"{i}. {markup(capitalise(item.title))}"))
        if item.presenter or item.summary:
            who = f"Đồng chí {markup(item.presenter)} trình bày: " if item.presenter else ""
            blocks.append(("body", who + markup(item.summary)))
        if item.speeches:
            blocks.append(("body", "<i>Ý kiến thảo luận:</i>"))
            blocks += [("item", f"- Đồng chí <b>{markup(s.speaker)}</b>: {markup(s.text)}")
                       for s in item.speeches]
        if item.conclusion:
            blocks.append(("body", f"<i>Chủ trì kết luận:</i> {markup(item.conclusion)}"))
    return blocks


def vote_line(v: Vote) -> str:
    """ "50/51 đồng chí tán thành, đạt 98,04 %" (the denominator: official members counted)."""
    return (f"{v.votes_for}/{v.denominator} đồng chí tán thành, "
            f"đạt {percent(v.votes_for, v.denominator)}")


def _result(v: Vote) -> str:
    if v.denominator:
        verdict = "thông qua" if v.passed else "không thông qua"
        return f"{vote_line(v)}; <b>{verdict}</b>"
    if not v.explanation.strip():
        return f"<b>{'thông qua' if v.passed else 'không thông qua'}</b>"
    head, colon, rest = plain(v.explanation).strip().rstrip(".").partition(": ")
    return f"<b>{markup(head)}</b>: {markup(rest)}" if colon else markup(head)


def _vote(i: int, v: Vote) -> list[Block]:
    blocks: list[Block] = [
        ("subheading", f"{i}. {markup(capitalise(v.question))}"),
        ("body_keep", f"Hình thức biểu quyết: {markup(v.method)}."),
        ("body_keep", f"Tán thành: {v.votes_for} đồng chí; không tán thành: {v.votes_against} "
                 f"đồng chí; không biểu quyết: {v.abstain} đồng chí."),
    ]
    if v.threshold.strip():
        blocks.append(("body_keep",
                       f"Điều kiện thông qua: {markup(v.threshold.strip().rstrip('.'))}."))
    return [*blocks, ("body", f"Kết quả: {_result(v)}.")]


def minutes_blocks(doc: MinutesDocument) -> list[Block]:
    """The body of the minutes, from the opening line to the closing time."""
    sections: list[tuple[str, list[Block]]] = [
        ("MỤC ĐÍCH, THÀNH PHẦN", _purpose(doc)),
        ("TÌNH HÌNH ĐẢNG VIÊN DỰ HỌP", _attendance(doc.attendance)),
        ("CHƯƠNG TRÌNH SINH HOẠT",
         [("body", "Chủ trì thông qua chương trình sinh hoạt; chi bộ nhất trí:")]
         + [("item", f"{i}. {markup(capitalise(a.title))}.") for i, a in enumerate(doc.agenda, 1)]),
        ("NỘI DUNG SINH HOẠT", _items(doc)),
    ]
    if doc.votes:
        votes = [b for i, v in enumerate(doc.votes, 1) for b in _vote(i, v)]
        sections.append(("BIỂU QUYẾT", votes))
    if doc.conclusion:
        sections.append(("KẾT LUẬN", [("body", markup(p)) for p in doc.conclusion]))
    blocks = _opening(doc)
    for n, (title, body) in enumerate(sections):
        blocks.append(("heading", f"{ROMAN[n]}. {title}"))
        blocks += body
    blocks.append(("body", markup(doc.read_back.replace("{gathering}", doc.gathering))))
    ends = markup(capitalise(doc.gathering)) + " kết thúc vào hồi"
    if doc.end is None:
        return [*blocks, ("body", f"{ends} ...... giờ ...... phút cùng ngày.")]
    when = "cùng ngày" if doc.end.date() == doc.start.date() else long_date(doc.end)
    return [*blocks, ("body", f"{ends} {clock(doc.end)} {when}.")]


def amendment_blocks(doc: MinutesDocument) -> list[Block]:
    """One dated paragraph per correction, oldest first."""
    blocks: list[Block] = []
    for a in sorted(doc.amendments, key=lambda a: a.date):
        who = f" (đồng chí {markup(a.author)})" if a.author.strip() else ""
        blocks.append(("body", f"<b>{capitalise(long_date(a.date))}{who}:</b> {markup(a.text)}"))
    return blocks


def _signatures(signers: tuple[Signer, ...], width: float) -> Any:
    """Side by side, names level: a block without "T/M …" gets an empty line instead."""
    if len(signers) > 1 and any(s.on_behalf for s in signers):
        signers = tuple(s if s.on_behalf else replace(s, on_behalf="\u00a0") for s in signers)
    left = layout.signature(signers[0]) if len(signers) > 1 else []
    return layout.two_columns(left, layout.signature(signers[-1]), width)


def _amendments(doc: MinutesDocument, width: float) -> list[Any]:
    """Each correction on its own: title, its date, its text, its own signatures."""
    from reportlab.platypus import CondPageBreak, Spacer

    from partydesk.services.printing import flow

    story: list[Any] = []
    for a, (style, text) in zip(sorted(doc.amendments, key=lambda a: a.date),
                                amendment_blocks(doc), strict=True):
        story += [CondPageBreak(60 * layout.MM), Spacer(1, 12)]
        story += layout.title_block("Đính chính", "", capitalise(long_date(a.date)))
        para = layout.para(text, style)
        signers = a.signers or ((Signer("NGƯỜI ĐÍNH CHÍNH", a.author),) if a.author else ())
        story += [flow.signed_ending([para], _signatures(signers, width))] if signers else [para]
    return story


def minutes_story(doc: MinutesDocument) -> list[Any]:
    from partydesk.services.printing import flow

    width = layout.text_width()
    story: list[Any] = [layout.header_table(doc.header, width)]
    story += layout.title_block("Biên bản", capitalise(doc.subject),
                                "Dự thảo, chưa thông qua" if doc.draft else "")
    body = [layout.para(text, style) for style, text in minutes_blocks(doc)]
    signatures = _signatures((Signer("THƯ KÝ", doc.minute_taker),
                              Signer("CHỦ TRÌ", doc.chair)), width)
    story += [*body[:-1], flow.signed_ending(body[-1:], signatures, gap=8)]
    return story + _amendments(doc, width)


def render_minutes(doc: MinutesDocument, out: layout.Output) -> None:
    """Write the minutes of one meeting as a PDF to a path or binary file object."""

    layout.build(out, minutes_story(doc), title=f"Biên bản {doc.subject}",
                 author=doc.header.issuer, code=doc.header.code)
