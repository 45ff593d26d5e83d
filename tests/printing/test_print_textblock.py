"""The lean body paragraph: markup, line breaking and page splitting."""

from __future__ import annotations

from partydesk.services.printing import layout
from partydesk.services.printing.fonts import SERIF, SERIF_BOLD, SERIF_ITALIC
from partydesk.services.printing.textblock import TextBlock, words


def test_words_follow_bold_italic_and_entities() -> None:
    parsed = words("<b>Kết quả:</b> <i>thông</i> qua &lt;5 &amp; <b>đạt</b>.")
    assert parsed == [((SERIF_BOLD, "Kết"),), ((SERIF_BOLD, "quả:"),),
                      ((SERIF_ITALIC, "thông"),), ((SERIF, "qua"),), ((SERIF, "<5"),),
                      ((SERIF, "&"),), ((SERIF_BOLD, "đạt"), (SERIF, "."))]


def test_lines_fit_the_width_and_split_keeps_two_lines_each_side() -> None:
    block = layout.para(" ".join(["Đồng chí Nguyễn Thị Hường phát biểu ý kiến."] * 12))
    assert isinstance(block, TextBlock)
    _, height = block.wrap(300, 1000)
    lines = round(height / block.leading)
    assert lines > 5
    first, *rest = block._lines or []
    assert first.width <= 300 - block.style.firstLineIndent
    assert all(line.width <= 300 for line in rest)
    assert block.split(300, block.leading * 1.5) == []  # one line would be an orphan
    head, tail = block.split(300, block.leading * (lines - 1))
    assert round(head.wrap(300, 1000)[1] / block.leading) == lines - 2  # no widow
    assert round(tail.wrap(300, 1000)[1] / block.leading) == 2
    assert head.spaceAfter == 0 and tail.spaceBefore == 0
