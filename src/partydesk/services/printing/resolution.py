"""Documents the cell issues over the secretary's signature: resolution and notice.

Both end the same way: the last paragraph with "./.", then "Nơi nhận:" and its
list bottom-left (always ending "- Lưu Chi bộ.") beside the signature block
"T/M CHI BỘ" / "BÍ THƯ" and the name on the right. A cell has no seal.
"""

from __future__ import annotations

from typing import Any

from partydesk.services.printing import layout
from partydesk.services.printing.model import (
    NoticeDocument,
    ResolutionDocument,
    Signer,
    Task,
)
from partydesk.services.printing.text import (
    clock,
    final_mark,
    long_date,
    markup,
    weekday,
    with_file_copy,
)


def _ending(closing: str, recipients: tuple[str, ...], signer: Signer,
            file_copy: str = "Lưu Chi bộ.", story: list[Any] | None = None) -> list[Any]:
    """Last paragraph kept on one page with the signature: never a signature alone.

    Without a closing sentence, the last flowable of *story* goes with the signature.
    """
    from partydesk.services.printing.flow import signed_ending

    block = layout.two_columns(
        layout.recipients_block(with_file_copy(recipients, file_copy)),
        layout.signature(signer), layout.text_width())
    last = [layout.para(markup(final_mark(closing)))] if closing else []
    if not last and story:
        last = [story.pop()]
    return [signed_ending(last, block)]


def _tasks_table(tasks: tuple[Task, ...]) -> Any:
    from reportlab.platypus import Table, TableStyle

    width = layout.text_width()
    head = [layout.para(f"<b>{t}</b>", "cell_centre")
            for t in ("TT", "Nội dung", "Người thực hiện", "Thời hạn")]
    rows = [head] + [
        [layout.para(str(i), "cell_centre"), layout.para(markup(t.content), "cell"),
         layout.para(markup(t.assignee), "cell"), layout.para(markup(t.deadline), "cell")]
        for i, t in enumerate(tasks, 1)
    ]
    table = Table(rows, colWidths=[w * width for w in (0.07, 0.53, 0.22, 0.18)],
                  repeatRows=1)
    table.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.5, "black"),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]))
    return table


def resolution_story(doc: ResolutionDocument) -> list[Any]:
    from reportlab.platypus import Spacer

    story: list[Any] = [layout.header_table(doc.header, layout.text_width())]
    story += layout.title_block("Nghị quyết", doc.subject)
    story += [layout.para(markup(p)) for p in doc.preamble]
    story.append(layout.para("QUYẾT NGHỊ:", "centre_bold"))
    for section in doc.sections:
        if section.heading:
            story.append(layout.para(markup(section.heading), "heading"))
        story += [layout.para(markup(p)) for p in section.paragraphs]
    if doc.tasks:
        story.append(layout.para("Phân công thực hiện:", "heading"))
        story += [_tasks_table(doc.tasks), Spacer(1, 6)]
    return story + _ending(doc.closing, doc.recipients, doc.signer, doc.header.file_copy)


def render_resolution(doc: ResolutionDocument, out: layout.Output) -> None:
    """Write a cell resolution (nghị quyết) as a PDF to a path or binary file object."""
    layout.build(out, resolution_story(doc), title=f"Nghị quyết {doc.subject}",
                 author=doc.header.issuer, code=doc.header.code)


def notice_story(doc: NoticeDocument) -> list[Any]:
    story: list[Any] = [layout.header_table(doc.header, layout.text_width())]
    story += layout.title_block("Thông báo", doc.subject)
    if doc.intro:
        story.append(layout.para(markup(doc.intro)))
    when = f"{clock(doc.time)}, {weekday(doc.time.date())}, {long_date(doc.time.date())}"
    story += [layout.para(f"<b>1. Thời gian:</b> {when}."),
              layout.para(f"<b>2. Địa điểm:</b> {markup(doc.place)}.")]
    if doc.agenda:
        story.append(layout.para("<b>3. Nội dung:</b>"))
        story += [layout.para(f"- {markup(a)}", "item") for a in doc.agenda]
    number = 4 if doc.agenda else 3
    story.append(layout.para(f"<b>{number}. Thành phần:</b> {markup(doc.attendees)}"))
    return story + _ending(doc.closing, doc.recipients, doc.signer, doc.header.file_copy)


def render_notice(doc: NoticeDocument, out: layout.Output) -> None:
    """Write a meeting notice (thông báo) as a PDF to a path or binary file object."""
    layout.build(out, notice_story(doc), title=f"Thông báo {doc.subject}",
                 author=doc.header.issuer, code=doc.header.code)
