"""A lean justified paragraph for the body of documents.

reportlab's Paragraph parses full XML markup and re-measures every fragment on
each wrap; the body of our documents only ever needs bold and italic inside
plain text. This flowable reads that small markup (``<b>``, ``<i>`` and the
entities ``&amp; &lt; &gt;`` that :func:`text.markup` produces), breaks lines
greedily on spaces, and justifies with PDF word spacing (code 32 is a space
in every reportlab TTF subset). It splits between lines across pages, keeping
at least two lines on each side. Measured in benchmarks/bench_printing.py.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from html import unescape
from typing import Any

from reportlab.pdfbase.pdfmetrics import getFont
from reportlab.platypus.flowables import Flowable

from partydesk.services.printing.fonts import (
    SERIF,
    SERIF_BOLD,
    SERIF_BOLD_ITALIC,
    SERIF_ITALIC,
)

FACES = {(False, False): SERIF, (True, False): SERIF_BOLD, (False, True): SERIF_ITALIC,
         (True, True): SERIF_BOLD_ITALIC}
_TAG = re.compile(r"<(/?)([bi])>")

Word = tuple[tuple[str, str], ...]  # pieces (font, text) with no space between them


def _advance(font: str) -> Any:
    """The face's width lookup (1/1000 em) and default, as reportlab's stringWidth uses."""
    face = getFont(font).face
    return face.charWidths.get, face.defaultWidth


def word_width(word: Word, size: float) -> float:
    """stringWidth of the pieces, without its per-call dispatch (it is the hot loop)."""
    total = 0.0
    for font, text in word:
        get, default = _advance(font)
        total += sum(get(ord(c), default) for c in text)
    return total * size * 0.001


def words(markup: str, base: str = SERIF) -> list[Word]:
    """Split our small markup into words, each a run of (font, text) pieces."""
    bold, italic = base in (SERIF_BOLD, SERIF_BOLD_ITALIC), base in (SERIF_ITALIC,
                                                                       SERIF_BOLD_ITALIC)
    result: list[list[tuple[str, str]]] = [[]]
    pos = 0
    for match in [*_TAG.finditer(markup), None]:
        end = match.start() if match else len(markup)
        font = FACES[bold, italic]
        for i, part in enumerate(unescape(markup[pos:end]).split(" ")):
            if i:
                result.append([])
            if part:
                result[-1].append((font, part))
        if match:
            on = not match.group(1)
            bold, italic = (on, italic) if match.group(2) == "b" else (bold, on)
            pos = match.end()
    return [tuple(w) for w in result if w]


@dataclass
class Line:
    words: list[Word]
    width: float  # natural width, single spaces


class TextBlock(Flowable):
    """A paragraph of body text: justify, left or centre; first-line and left indents."""

    def __init__(self, markup: str, style: Any, lines: list[Line] | None = None,
                 first: bool = True, last: bool = True) -> None:
        super().__init__()
        self.style, self.markup = style, markup
        self.first, self.last = first, last  # is this the paragraph's first/last part?
        self.size, self.leading = style.fontSize, style.leading
        self.spaceBefore = style.spaceBefore if first else 0
        self.spaceAfter = style.spaceAfter if last else 0
        self.keepWithNext = getattr(style, "keepWithNext", 0) if last else 0
        self._words = None if lines is not None else words(markup, style.fontName)
        self._lines, self._width = lines, None

    def _indent(self, index: int) -> float:
        first = self.style.firstLineIndent if index == 0 and self.first else 0
        return self.style.leftIndent + first

    def _break(self, width: float) -> list[Line]:
        size, space = self.size, word_width(((SERIF, " "),), self.size)
        lines: list[Line] = []
        current: list[Word] = []
        used = 0.0
        for word in self._words or []:
            w = word_width(word, size)
            room = width - self._indent(len(lines)) - self.style.rightIndent
            if current and used + space + w > room:
                lines.append(Line(current, used))
                current, used = [], 0.0
            used += (space if current else 0) + w
            current.append(word)
        lines.append(Line(current, used))
        return lines

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        if self._words is not None and self._width != aw:  # split parts keep their lines
            self._lines, self._width = self._break(aw), aw
        assert self._lines is not None
        self.width, self.height = aw, len(self._lines) * self.leading
        return self.width, self.height

    def split(self, aw: float, ah: float) -> list[Flowable]:
        self.wrap(aw, ah)
        assert self._lines is not None
        fit = int((ah + 1e-6) // self.leading)
        if fit >= len(self._lines):
            return [self]
        fit = min(fit, len(self._lines) - 2)  # no widow: two lines go over together
        if fit < 2:
            return []
        head = TextBlock(self.markup, self.style, self._lines[:fit], self.first, False)
        tail = TextBlock(self.markup, self.style, self._lines[fit:], False, self.last)
        return [head, tail]

    def draw(self) -> None:
        assert self._lines is not None
        style = self.style
        tx = self.canv.beginText()
        y = self.height - self.size  # first baseline where Paragraph puts it
        state = [None, 0.0]  # current face and word spacing: PDF operators only on change
        for i, line in enumerate(self._lines):
            room = self.width - self._indent(i) - style.rightIndent
            x, spacing = self._indent(i), 0.0
            final = self.last and i == len(self._lines) - 1
            gaps = len(line.words) - 1
            if style.alignment == 4 and not final and gaps:  # TA_JUSTIFY
                spacing = (room - line.width) / gaps
            elif style.alignment == 1:  # TA_CENTER
                x += (room - line.width) / 2
            tx.setTextOrigin(x, y - i * self.leading)
            if spacing != state[1]:
                tx.setWordSpace(spacing)
                state[1] = spacing
            _emit(tx, line.words, self.size, state)
        if state[1]:
            tx.setWordSpace(0)
        self.canv.drawText(tx)


def _emit(tx: Any, line: list[Word], size: float, state: list[Any]) -> None:
    """Write a line's words, one textOut per change of face."""
    buffer: list[str] = []
    for n, word in enumerate(line):
        for i, (face, text) in enumerate(word):
            if face != state[0]:
                if buffer:
                    tx.textOut("".join(buffer))
                tx.setFont(face, size)
                state[0], buffer = face, []
            buffer.append((" " if n and not i else "") + text)
    if buffer:
        tx.textOut("".join(buffer))
