"""Measure a printed PDF with pdfplumber: lines of text with their fonts and places."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

import pdfplumber

MM = 72 / 25.4
TOP, BOTTOM = 20 * MM, 20 * MM


@dataclass(frozen=True)
class Line:
    page: int  # 1-based
    top: float  # from the top of the page, points
    bottom: float
    text: str
    bold: bool  # every character bold
    size: float  # largest font size on the line


@dataclass(frozen=True)
class Page:
    number: int
    height: float
    lines: tuple[Line, ...]  # inside the frame (margins left out), top to bottom
    content_bottom: float  # lowest ink in the frame: text, rules, table lines

    @property
    def frame_bottom(self) -> float:
        return self.height - BOTTOM

    @property
    def empty_fraction(self) -> float:
        return (self.frame_bottom - self.content_bottom) / (self.height - TOP - BOTTOM)


def _lines(page, number: int) -> list[Line]:
    rows: dict[int, list] = {}
    for char in page.chars:
        rows.setdefault(round(char["bottom"] - char["size"] * 0.2), []).append(char)
    lines = []
    for key in sorted(rows):
        chars = sorted(rows[key], key=lambda c: c["x0"])
        inked = [c for c in chars if c["text"].strip()]
        if not inked:
            continue
        text, end = "", None
        for c in chars:
            if end is not None and c["x0"] - end > 3 and not text.endswith(" "):
                text += " "  # two columns on one row
            text, end = text + c["text"], c["x1"]
        lines.append(Line(number, min(c["top"] for c in inked),
                          max(c["bottom"] for c in inked), " ".join(text.split()),
                          all("Bold" in c["fontname"] for c in inked),
                          max(c["size"] for c in inked)))
    return lines


@cache
def measure(pdf: Path) -> list[Page]:
    pages = []
    with pdfplumber.open(pdf) as document:
        for number, page in enumerate(document.pages, 1):
            height = page.height
            lines = [ln for ln in _lines(page, number)
                     if ln.top >= TOP - 2 and ln.bottom <= height - BOTTOM + 2]
            ink = [ln.bottom for ln in lines]
            ink += [r["bottom"] for r in (*page.rects, *page.lines)
                    if r["bottom"] <= height - BOTTOM + 2]
            pages.append(Page(number, height, tuple(lines), max(ink, default=TOP)))
    return pages


@cache
def all_lines(pdf: Path) -> list[Line]:
    """Every line, margins included (page numbers, the verification code)."""
    with pdfplumber.open(pdf) as document:
        return [ln for n, page in enumerate(document.pages, 1) for ln in _lines(page, n)]
