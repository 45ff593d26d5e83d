"""Tab follows reading order in every window, whoever built it.

Qt's Tab chain is the order widgets were created in, which is rarely the order they are
shown in (a button made before the form above it, a panel added to a layout later). A
secretary who works by keyboard then jumps about the window. ``order_tabs`` re-threads
the chain of a window's visible controls as they are read: top to bottom by row (tops
within ``ROW_TOLERANCE`` pixels are one row), left to right within a row. The controls
inside a scroll area, group box, tab or stacked page are read together, where their
container stands, so Tab finishes a group before going on. The desk (``ui/desk.py``)
calls it when a window or a page of it is shown.

Of an exclusive set of radio buttons only the checked one is a tab stop (the arrow keys
move within the set, ``exclusive_choice``); all of them are ordered, so whichever is
checked sits in its place.

A control with no focus of its own (``Qt.NoFocus``) is reachable another way and says so
in its ``KEYBOARD`` property (the calendar button of a date field: Alt+Down).
"""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QGroupBox,
    QScrollArea,
    QStackedWidget,
    QTabWidget,
    QWidget,
)

ROW_TOLERANCE = 6
KEYBOARD = "keyboard"          # property: how a control without a tab stop is reached
CONTAINERS = (QScrollArea, QGroupBox, QStackedWidget, QTabWidget)


def tab_stop(widget: QWidget, window: QWidget) -> bool:
    """A control Tab lands on: takes Tab focus, shown, enabled, not a proxy for another."""
    return (bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)
            and widget.isVisibleTo(window) and widget.isEnabled()
            and widget.focusProxy() is None and widget.window() is window)


def exclusive_choice(widget: QWidget) -> bool:
    """One of a set of buttons of which one is checked (arrow keys move between them)."""
    if not isinstance(widget, QAbstractButton) or not widget.isCheckable():
        return False
    group = widget.group()
    return widget.autoExclusive() or (group is not None and group.exclusive())


def orderable(widget: QWidget, window: QWidget) -> bool:
    """A tab stop, or a choice that becomes one when checked."""
    return tab_stop(widget, window) or (
        exclusive_choice(widget) and widget.isVisibleTo(window) and widget.isEnabled()
        and widget.window() is window)


def tab_chain(window: QWidget) -> list[QWidget]:
    """The tab stops of ``window`` in the order Tab visits them."""
    found, widget = [], window.nextInFocusChain()
    while widget is not window and widget not in found:
        if tab_stop(widget, window):
            found.append(widget)
        widget = widget.nextInFocusChain()
    return [widget for widget in found if widget is not window]


def container_of(widget: QWidget, window: QWidget) -> QWidget:
    """The innermost container holding ``widget`` (the window if none)."""
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        if isinstance(parent, CONTAINERS):
            return parent
        parent = parent.parentWidget()
    return window


def position(widget: QWidget, window: QWidget) -> QPoint:
    return widget.mapTo(window, QPoint(0, 0))


def in_rows(widgets: list[QWidget], window: QWidget) -> list[QWidget]:
    """``widgets`` top to bottom by row, left to right within a row."""
    by_top = sorted(widgets, key=lambda w: (position(w, window).y(), position(w, window).x()))
    rows: list[list[QWidget]] = []
    for widget in by_top:
        top = position(widget, window).y()
        if rows and top - position(rows[-1][0], window).y() <= ROW_TOLERANCE:
            rows[-1].append(widget)
        else:
            rows.append([widget])
    return [w for row in rows for w in sorted(row, key=lambda w: position(w, window).x())]


def reading_order(window: QWidget) -> list[QWidget]:
    """The tab stops of ``window`` as a reader meets them (containers read as one)."""
    stops = [w for w in window.findChildren(QWidget) if orderable(w, window)]
    members: dict[QWidget, list[QWidget]] = {}
    for stop in stops:               # each stop, and each container up to the window
        child = stop
        while child is not window:
            parent = container_of(child, window)
            members.setdefault(parent, [])
            if child in members[parent]:
                break
            members[parent].append(child)
            child = parent

    return expand(window, members, stops, window)


def expand(container: QWidget, members: dict, stops: list, window: QWidget) -> list[QWidget]:
    """The stops inside ``container`` in reading order, each container's inside in place.
    (A plain function, not a closure: a self-referencing closure keeps Qt wrappers alive
    until the garbage collector runs, which crashed PySide with a worker thread running.)"""
    ordered = []
    for item in in_rows(members.get(container, []), window):
        if item in stops:
            ordered.append(item)         # a focusable container comes before its inside
        ordered += expand(item, members, stops, window) if item in members else []
    return ordered


def order_tabs(window: QWidget) -> None:
    """Thread the Tab chain of ``window``'s visible controls in reading order."""
    ordered = reading_order(window)
    for first, second in pairwise(ordered):
        QWidget.setTabOrder(first, second)
