"""One text size for the whole app, from 100 % to 200 %, applied at once.

100 % is 11 pt, what a stock desktop gives. The default is **125 % (about 14 pt)**: the
users are elderly secretaries reading a 14- or 15-inch laptop screen at arm's length,
and 14 pt is the size of the party documents they read every day (13–14 pt Times);
usability guidance for older readers asks for at least 12–14 pt. At 125 % every window
still fits a 1024×768 screen; larger sizes are there for those who need them, and
windows scroll or wrap rather than cut text off.

The size sets the application font (every widget without its own font follows), the
row height of tables and lists, and icon sizes (through a proxy style). Charts and
anything drawn by hand take ``scaled(value)`` or the application font.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QAbstractItemView, QApplication, QProxyStyle, QStyle, QTableView

from partydesk.services.setup.preferences import DEFAULT_TEXT_SIZE as DEFAULT_PERCENT

BASE_POINT_SIZE = 11.0
CHOICES = (100, 125, 150, 175, 200)
MINIMUM, MAXIMUM = 100, 200
ROW_LINES = 1.7          # a table row: the text line and room to click it
SCALED_METRICS = (
    QStyle.PixelMetric.PM_SmallIconSize, QStyle.PixelMetric.PM_ToolBarIconSize,
    QStyle.PixelMetric.PM_ListViewIconSize, QStyle.PixelMetric.PM_ButtonIconSize,
    QStyle.PixelMetric.PM_TabBarIconSize, QStyle.PixelMetric.PM_MessageBoxIconSize,
    QStyle.PixelMetric.PM_IndicatorWidth, QStyle.PixelMetric.PM_IndicatorHeight,
    QStyle.PixelMetric.PM_ExclusiveIndicatorWidth, QStyle.PixelMetric.PM_ExclusiveIndicatorHeight,
)

_percent = DEFAULT_PERCENT


def clamp(percent: int) -> int:
    return max(MINIMUM, min(MAXIMUM, int(percent)))


def current_percent() -> int:
    return _percent


def scaled(value: float) -> int:
    """A size in pixels at 100 %, at the chosen text size."""
    return round(value * _percent / 100)


class ScaledStyle(QProxyStyle):
    """The platform's style with icons and check boxes grown with the text."""

    def __init__(self, percent: int):
        super().__init__()
        self.percent = percent

    def pixelMetric(self, metric, option=None, widget=None) -> int:
        value = super().pixelMetric(metric, option, widget)
        if metric in SCALED_METRICS:
            return round(value * self.percent / 100)
        return value


def row_height(font: QFont | None = None) -> int:
    from PySide6.QtGui import QFontMetrics

    metrics = QFontMetrics(font or QApplication.font())
    return round(metrics.height() * ROW_LINES)


def size_rows(view: QObject, font: QFont | None = None) -> None:
    """Row height of one table for the current text size (``font``: the one coming)."""
    if isinstance(view, QTableView):
        height = row_height(font or view.font())
        view.verticalHeader().setDefaultSectionSize(height)
        view.horizontalHeader().setMinimumHeight(height)


def apply_text_size(app: QApplication, percent: int) -> int:
    """Set the text size everywhere, now: fonts, rows, icons. Returns the size used."""
    global _percent
    _percent = clamp(percent)
    app.setStyle(ScaledStyle(_percent))    # first: a new style re-polishes every widget
    font = QFont(app.font())
    font.setPointSizeF(BASE_POINT_SIZE * _percent / 100)
    app.setFont(font)
    for widget in app.allWidgets():
        if isinstance(widget, QAbstractItemView):
            size_rows(widget, font)     # widgets get the new font only once events run
        if widget.isWindow() and widget.isVisible():
            widget.adjustSize() if widget.size().isEmpty() else widget.updateGeometry()
    return _percent
