"""Charts drawn with Qt's own painting (QPainter).

Why not a chart library: Qt Charts would add a module to load (start-up matters on old
laptops) and its own styling to fight, and the four charts the overview needs are
bars. Painting them ourselves lets every size follow the application's font, so the
charts grow with the largest text size, and lets each series be a grey with its own
fill pattern and a black outline, with the number written on every bar, so they read
in grey-scale and for colour-blind eyes."""

from __future__ import annotations

from math import ceil
from typing import TYPE_CHECKING

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

if TYPE_CHECKING:
    from partydesk.services.overview.charts import Series

FILLS = ((QColor(40, 40, 40), Qt.BrushStyle.SolidPattern),
         (QColor(170, 170, 170), Qt.BrushStyle.SolidPattern),
         (QColor(90, 90, 90), Qt.BrushStyle.BDiagPattern),
         (QColor(220, 220, 220), Qt.BrushStyle.SolidPattern))


def _brush(index: int) -> QBrush:
    colour, style = FILLS[index % len(FILLS)]
    return QBrush(colour, style)


class ChartView(QWidget):
    """One chart. ``kind``: "stacked" (vertical stacked bars, e.g. months),
    "pyramid" (two series left and right of the labels), "hbars" (horizontal bars
    with their printed values), "pairs" (two horizontal bars per row)."""

    def __init__(self, title: str, kind: str, parent=None):
        super().__init__(parent)
        self.title, self.kind = title, kind
        self.series: Series | None = None
        self.names: tuple[str, ...] = ()
        self.labels: tuple[str, ...] = ()
        self.empty_text = ""
        self.setAccessibleName(title)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def set_series(self, series: Series | None, names: tuple[str, ...] = (),
                   labels: tuple[str, ...] = (), empty_text: str = "") -> None:
        self.series, self.names, self.empty_text = series, names, empty_text
        self.labels = labels or (series.labels if series else ())
        self.updateGeometry()            # its minimum height follows its rows
        if series is not None:
            rows = [f"{label}: {', '.join(map(str, values))}"
                    for label, values in zip(self.labels, series.values, strict=True)]
            self.setAccessibleDescription("; ".join(rows))
            self.setToolTip("\n".join(rows))
        self.update()

    def minimumSizeHint(self) -> QSize:
        """Tall enough for every row to hold its text at the current text size."""
        line = self.fontMetrics().height()
        rows = len(self.series.values) if self.series and self.kind != "stacked" else 5
        return QSize(16 * line, int((rows * 1.25 + 4) * line))

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor("white"))
        painter.setPen(QPen(QColor("black")))
        line = self.fontMetrics().height()
        title_font = self.font()
        title_font.setBold(True)
        painter.setFont(title_font)
        painter.drawText(QRectF(0, 0, self.width(), line * 1.4), Qt.AlignmentFlag.AlignCenter,
                         self.title)
        painter.setFont(self.font())
        area = QRectF(line * 0.5, line * 1.5, self.width() - line, self.height() - line * 2)
        if self.series is None or not self.series.values:
            painter.drawText(area, Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                             self.empty_text)
            return
        area = self._legend(painter, area, line)
        {"stacked": self._stacked, "pyramid": self._pyramid, "hbars": self._hbars,
         "pairs": self._pairs}[self.kind](painter, area, line)

    def _legend(self, painter: QPainter, area: QRectF, line: float) -> QRectF:
        if len(self.names) < 2:
            return area
        x = area.left()
        for i, name in enumerate(self.names):
            box = QRectF(x, area.top() + line * 0.2, line * 0.8, line * 0.8)
            painter.setBrush(_brush(i * 3 if self.kind == "pairs" else i))   # as the bars
            painter.drawRect(box)
            painter.drawText(QRectF(x + line, area.top(), 12 * line, line),
                             Qt.AlignmentFlag.AlignLeft, name)
            x += line * 1.5 + self.fontMetrics().horizontalAdvance(name)
        return area.adjusted(0, line * 1.3, 0, 0)

    def _bar(self, painter: QPainter, rect: QRectF, index: int) -> None:
        painter.setBrush(QBrush(QColor("white")))
        painter.drawRect(rect)
        painter.setBrush(_brush(index))
        painter.drawRect(rect)

    def _stacked(self, painter: QPainter, area: QRectF, line: float) -> None:
        values = self.series.values
        most = max(sum(v) for v in values) or 1
        axis = line * 1.2
        step = area.width() / len(values)
        height = area.height() - axis - line
        every = max(1, ceil((self.fontMetrics().horizontalAdvance("00/00") + line) / step))
        named_from = area.right()          # labels are placed right to left, never overlapping
        for i, row in reversed(list(enumerate(values))):
            x, bottom = area.left() + i * step, area.bottom() - axis
            for j, value in enumerate(row):
                h = height * value / most
                self._bar(painter, QRectF(x + step * 0.15, bottom - h, step * 0.7, h), j)
                bottom -= h
            width = every * step
            left = min(x + step / 2 - width / 2, area.right() - width)
            if left + width <= named_from + 0.5:       # the latest month always named
                painter.drawText(QRectF(left, area.bottom() - axis, width, axis),
                                 Qt.AlignmentFlag.AlignCenter, self.labels[i])
                named_from = left
        painter.drawText(QRectF(area.left(), area.top(), area.width(), line),
                         Qt.AlignmentFlag.AlignRight, " + ".join(map(str, values[-1])))

    def _pyramid(self, painter: QPainter, area: QRectF, line: float) -> None:
        values = self.series.values
        label_width = max(self.fontMetrics().horizontalAdvance(t) for t in self.labels) + line * 2
        most = max(max(v) for v in values) or 1
        number = self.fontMetrics().horizontalAdvance("0000")
        half = (area.width() - label_width) / 2 - number
        row = area.height() / len(values)
        centre = area.center().x()
        for i, (label, (left, right)) in enumerate(zip(reversed(self.labels),
                                                       reversed(values), strict=True)):
            y = area.top() + i * row
            box = QRectF(centre - label_width / 2, y, label_width, row)
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, label)
            lw, rw = half * left / most, half * right / most
            self._bar(painter, QRectF(centre - label_width / 2 - lw, y + row * 0.15, lw,
                                      row * 0.7), 0)
            self._bar(painter, QRectF(centre + label_width / 2, y + row * 0.15, rw, row * 0.7),
                      1)
            painter.drawText(QRectF(centre - label_width / 2 - lw - number, y, number, row),
                             Qt.AlignmentFlag.AlignCenter, str(left))
            painter.drawText(QRectF(centre + label_width / 2 + rw, y, number, row),
                             Qt.AlignmentFlag.AlignCenter, str(right))

    def _hbars(self, painter: QPainter, area: QRectF, line: float) -> None:
        self._rows(painter, area, line, pairs=False)

    def _pairs(self, painter: QPainter, area: QRectF, line: float) -> None:
        self._rows(painter, area, line, pairs=True)

    def _rows(self, painter: QPainter, area: QRectF, line: float, pairs: bool) -> None:
        values, texts = self.series.values, self.series.texts
        metrics = self.fontMetrics()
        label_width = min(max(metrics.horizontalAdvance(t) for t in self.labels) + line * 0.5,
                          area.width() * 0.34)          # longer labels wrap
        text_width = max([metrics.horizontalAdvance(t) for t in texts] + [metrics
                         .horizontalAdvance("0000")]) + line * 0.5
        room = max(area.width() - label_width - text_width, line)
        most = max(max(v) for v in values) or 1
        row = area.height() / len(values)
        for i, (label, row_values) in enumerate(zip(self.labels, values, strict=True)):
            y = area.top() + i * row
            painter.drawText(QRectF(area.left(), y, label_width - line * 0.3, row),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                             | Qt.TextFlag.TextWordWrap, label)
            shown = row_values if pairs else row_values[:1]
            bar = row * 0.8 / len(shown)
            for j, value in enumerate(shown):
                top = y + row * 0.1 + j * bar
                self._bar(painter, QRectF(area.left() + label_width, top,
                                          room * value / most, bar), j * 3 if pairs else i)
            # one printed value per row, beside its longest bar
            w = room * max(shown) / most
            painter.drawText(QRectF(area.left() + label_width + w + line * 0.3, y,
                                    text_width + room - w, row),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                             texts[i] if texts else " / ".join(map(str, shown)))
