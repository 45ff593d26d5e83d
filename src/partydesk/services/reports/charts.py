"""The reports' charts as reportlab drawings (reportlab.graphics, the library the
printed documents already use). Made for grey-scale print: each series is a grey of
its own with a black outline, and every bar carries its number, so nothing depends
on telling colours apart."""

from __future__ import annotations

from typing import Any

from partydesk.services.printing.fonts import SERIF, SERIF_BOLD, register_fonts

GREYS = (0.15, 0.45, 0.7, 0.9)      # dark to light; each distinct on a laser printer
SIZE = 11


def _grey(level: float) -> Any:
    from reportlab.lib.colors import Color

    return Color(level, level, level)


def _text(x: float, y: float, text: str, anchor: str = "start", bold: bool = False,
          size: float = SIZE) -> Any:
    from reportlab.graphics.shapes import String

    return String(x, y, text, fontName=SERIF_BOLD if bold else SERIF, fontSize=size,
                  textAnchor=anchor)


def _frame(width: float, height: float, title: str) -> Any:
    from reportlab.graphics.shapes import Drawing

    register_fonts()
    drawing = Drawing(width, height)
    drawing.add(_text(width / 2, height - SIZE - 2, title, "middle", bold=True, size=SIZE + 1))
    return drawing


def hbars(title: str, rows: list[tuple[str, int, str]], width: float,
          label_width: float = 150) -> Any:
    """One horizontal bar per row: label, value, the printed value beside the bar."""
    from reportlab.graphics.shapes import Rect

    bar, gap = 16, 8
    height = len(rows) * (bar + gap) + 30
    drawing = _frame(width, height, title)
    most = max([value for _, value, _ in rows] + [1])
    room = width - label_width - 110
    for i, (label, value, printed) in enumerate(rows):
        y = height - 30 - (i + 1) * (bar + gap) + gap
        drawing.add(_text(label_width - 6, y + 4, label, "end"))
        length = room * value / most
        drawing.add(Rect(label_width, y, max(length, 0.5), bar, fillColor=_grey(
            GREYS[i % len(GREYS)]), strokeColor=_grey(0), strokeWidth=0.6))
        drawing.add(_text(label_width + length + 5, y + 4, printed))
    return drawing


def pyramid(title: str, rows: list[tuple[str, int, int]], width: float) -> Any:
    """Age pyramid: men to the left, women to the right, youngest at the bottom."""
    from reportlab.graphics.shapes import Line, Rect

    bar, gap, label = 16, 6, 90
    height = len(rows) * (bar + gap) + 48
    drawing = _frame(width, height, title)
    centre = width / 2
    most = max([max(m, f) for _, m, f in rows] + [1])
    half = (width - label) / 2 - 40
    drawing.add(_text(centre - label / 2 - 4, height - 34, "Nam", "end", bold=True))
    drawing.add(_text(centre + label / 2 + 4, height - 34, "Nữ", bold=True))
    for i, (group, men, women) in enumerate(reversed(rows)):
        y = 6 + i * (bar + gap)
        drawing.add(_text(centre, y + 4, group, "middle"))
        m_len, f_len = half * men / most, half * women / most
        drawing.add(Rect(centre - label / 2 - m_len, y, max(m_len, 0.5), bar,
                         fillColor=_grey(GREYS[0]), strokeColor=_grey(0), strokeWidth=0.6))
        drawing.add(Rect(centre + label / 2, y, max(f_len, 0.5), bar,
                         fillColor=_grey(GREYS[2]), strokeColor=_grey(0), strokeWidth=0.6))
        drawing.add(_text(centre - label / 2 - m_len - 4, y + 4, str(men), "end"))
        drawing.add(_text(centre + label / 2 + f_len + 4, y + 4, str(women)))
    drawing.add(Line(centre - label / 2, 2, centre - label / 2, height - 40))
    drawing.add(Line(centre + label / 2, 2, centre + label / 2, height - 40))
    return drawing


def against_target(title: str, rows: list[tuple[str, int, int | None, str]],
                   width: float) -> Any:
    """Admissions (dark) against the target (light) for each organisation."""
    from reportlab.graphics.shapes import Rect

    bar, gap, label = 12, 10, 70
    height = len(rows) * (2 * bar + gap) + 52
    drawing = _frame(width, height, title)
    drawing.add(Rect(label, height - 40, 12, 10, fillColor=_grey(GREYS[0])))
    drawing.add(_text(label + 16, height - 39, "Đã kết nạp"))
    drawing.add(Rect(label + 110, height - 40, 12, 10, fillColor=_grey(GREYS[3]),
                     strokeColor=_grey(0), strokeWidth=0.6))
    drawing.add(_text(label + 126, height - 39, "Chỉ tiêu"))
    most = max([max(a, t or 0) for _, a, t, _ in rows] + [1])
    room = width - label - 150
    for i, (name, admitted, target, printed) in enumerate(rows):
        y = height - 52 - (i + 1) * (2 * bar + gap) + gap
        drawing.add(_text(label - 6, y + bar - 4, name, "end"))
        done = room * admitted / most
        drawing.add(Rect(label, y + bar, max(done, 0.5), bar, fillColor=_grey(GREYS[0]),
                         strokeColor=_grey(0), strokeWidth=0.6))
        drawing.add(_text(label + done + 4, y + bar + 2, printed, size=SIZE - 1))
        if target:
            aim = room * target / most
            drawing.add(Rect(label, y, aim, bar, fillColor=_grey(GREYS[3]),
                             strokeColor=_grey(0), strokeWidth=0.6))
            drawing.add(_text(label + aim + 4, y + 2, str(target), size=SIZE - 1))
    return drawing
