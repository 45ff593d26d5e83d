"""Every window sized to the screen it opens on.

Code asks for the size a window would like (``resize``); when the window is first shown,
``WindowFitter`` (installed once on the application) shrinks it to the room the screen
really has, keeps it on that screen and centres it. A window that should use the whole
height (a document preview) says so with ``fill_height(widget)``. Pages and dialogs
added later follow these rules without doing anything.

``PARTYDESK_SCREEN=1024x768`` pretends the screen is that size (tests, trying a small
laptop on a big monitor).
"""

from __future__ import annotations

import os

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFrame, QScrollArea, QWidget

SCREEN_ENV = "PARTYDESK_SCREEN"
FILL_HEIGHT = "partydesk_fill_height"
FITTED = "partydesk_fitted"
# Room kept for the window manager's title bar and borders, and the taskbar.
FRAME = QSize(16, 40)


def available_area(widget: QWidget | None = None) -> QRect:
    """The part of the screen a window on ``widget``'s screen may use."""
    pretend = os.environ.get(SCREEN_ENV, "")
    if "x" in pretend:
        width, height = (int(part) for part in pretend.lower().split("x", 1))
        return QRect(0, 0, width, height)
    screen = widget.screen() if widget is not None else None
    screen = screen or QGuiApplication.primaryScreen()
    return screen.availableGeometry()


def room(widget: QWidget | None = None) -> QSize:
    """The largest client size a window can have on its screen."""
    area = available_area(widget)
    return QSize(area.width() - FRAME.width(), area.height() - FRAME.height())


def fill_height(widget: QWidget) -> None:
    """Ask for the screen's whole height when ``widget`` is shown (previews)."""
    widget.setProperty(FILL_HEIGHT, True)


def fit_window(widget: QWidget) -> None:
    """Clamp ``widget``'s size (and minimum size) to its screen; centre it there."""
    area, space = available_area(widget.parentWidget() or widget), room(widget)
    minimum = widget.minimumSize()
    widget.setMinimumSize(min(minimum.width(), space.width()),
                          min(minimum.height(), space.height()))
    wanted = widget.size().expandedTo(widget.minimumSizeHint())
    width = min(wanted.width(), space.width())
    height = space.height() if widget.property(FILL_HEIGHT) else min(wanted.height(),
                                                                      space.height())
    widget.resize(width, height)
    left = area.left() + max(0, (area.width() - width - FRAME.width()) // 2)
    top = area.top() + max(0, (area.height() - height - FRAME.height()) // 2)
    widget.move(left, top)
    widget.setProperty(FITTED, True)


WINDOW_TYPES = (Qt.WindowType.Window, Qt.WindowType.Dialog, Qt.WindowType.Sheet)


def wants_fitting(widget) -> bool:
    return (isinstance(widget, QWidget) and widget.isWindow()
            and not widget.property(FITTED) and widget.windowType() in WINDOW_TYPES)


def scrolling(body: QWidget) -> QScrollArea:
    """``body`` in a frameless scroll area: a long form scrolls on a small screen or at a
    large text size while the dialog's buttons below it stay in view."""
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidget(body)
    return area
