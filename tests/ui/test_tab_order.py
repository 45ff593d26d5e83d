"""Tab follows reading order and every control is reachable by keyboard, in every dialog of
``tests/ui/windows.py`` and every page of the main window, at 1024×768 as the desk runs
them. The chain is read as Tab walks it (``nextInFocusChain``), the order as the user
sees the window (each control's place in it); a group box or scroll area is read whole
where it stands."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QScrollBar,
    QTabBar,
    QTextEdit,
    QWidget,
)

from partydesk.ui.tab_order import (
    CONTAINERS,
    KEYBOARD,
    ROW_TOLERANCE,
    exclusive_choice,
    tab_chain,
)
from tests.ui.test_desk import desk, open_main_window, world  # noqa: F401  (fixtures)
from tests.ui.windows import DIALOGS

INPUTS = (QAbstractButton, QLineEdit, QTextEdit, QPlainTextEdit, QComboBox, QAbstractSpinBox,
          QAbstractItemView, QAbstractSlider, QTabBar)


def name(widget: QWidget) -> str:
    text = getattr(widget, "text", None)
    label = text() if callable(text) and isinstance(text(), str) else ""
    return f"{type(widget).__name__}({label or widget.accessibleName() or widget.objectName()})"


def containers(widget: QWidget, window: QWidget) -> list[QWidget]:
    """``widget`` and the containers holding it, outermost first."""
    path, parent = [widget], widget.parentWidget()
    while parent is not None and parent is not window:
        if isinstance(parent, CONTAINERS):
            path.insert(0, parent)
        parent = parent.parentWidget()
    return path


def reads_before(a: QWidget, b: QWidget, window: QWidget) -> bool:
    """Whether a reader meets ``a`` no later than ``b``."""
    path_a, path_b = containers(a, window), containers(b, window)
    depth = 0
    while depth < min(len(path_a), len(path_b)) and path_a[depth] is path_b[depth]:
        depth += 1
    if depth == len(path_a):
        return True                        # a is the (focusable) container of b
    if depth == len(path_b):
        return False
    pa = path_a[depth].mapTo(window, path_a[depth].rect().topLeft())
    pb = path_b[depth].mapTo(window, path_b[depth].rect().topLeft())
    if abs(pa.y() - pb.y()) <= ROW_TOLERANCE:
        return pa.x() <= pb.x()
    return pa.y() < pb.y()


def out_of_order(window: QWidget) -> list[str]:
    """Tab steps that go back against reading order (the one wrap-around is allowed)."""
    chain = tab_chain(window)
    steps = list(zip(chain, chain[1:] + chain[:1], strict=True))
    wrong = [f"{name(a)} → {name(b)}" for a, b in steps if not reads_before(a, b, window)]
    return wrong if len(wrong) > 1 else []


def unreachable(window: QWidget) -> list[str]:
    """Visible enabled controls Tab never lands on, and no other key reaches."""
    chain = set(tab_chain(window))
    missing = []
    for widget in window.findChildren(QWidget):
        if not isinstance(widget, INPUTS) or isinstance(widget, QScrollBar):
            continue
        if not widget.isVisibleTo(window) or not widget.isEnabled() or widget.property(KEYBOARD):
            continue
        if exclusive_choice(widget) and any(exclusive_choice(other) and other in chain and
                                            other.parentWidget() is widget.parentWidget()
                                            for other in chain):
            continue                         # arrow keys from the checked one of its set
        target = widget
        while target.focusProxy() is not None:
            target = target.focusProxy()
        owner = target.parentWidget()        # a part of a control Tab lands on
        while owner is not None and owner is not window and (
                owner not in chain or isinstance(owner, CONTAINERS)):
            owner = owner.parentWidget()
        if target not in chain and (owner is None or owner is window):
            missing.append(name(widget))
    return missing


def keyboard_problems(window: QWidget) -> list[str]:
    return ([f"Tab goes back: {step}" for step in out_of_order(window)]
            + [f"not reachable: {w}" for w in unreachable(window)])


@pytest.mark.parametrize("name_", sorted(DIALOGS))
def test_every_dialog_tabs_in_reading_order(qtbot, desk, world, name_):  # noqa: F811
    dialog = DIALOGS[name_][1](world)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.wait(1)
    problems = {}
    steps = len(dialog.pageIds()) if hasattr(dialog, "pageIds") else 1
    for step in range(steps):               # a wizard: each page as the user meets it
        found = keyboard_problems(dialog)
        if found:
            problems[step] = found
        if steps > 1:
            dialog.next()
            qtbot.wait(1)
    assert not problems


@pytest.mark.parametrize("role", ["cell", "committee"])
def test_every_page_tabs_in_reading_order(qtbot, desk, world, role):  # noqa: F811
    window = open_main_window(qtbot, world.cell if role == "cell" else world.committee)
    problems = {}
    for row, section in enumerate(window.sections):   # each page while it is shown
        window.navigation.setCurrentRow(row)
        qtbot.wait(1)
        key = section.key
        found = keyboard_problems(window)
        if found:
            problems[key] = found
    assert not problems


def test_a_dialog_built_out_of_order_tabs_as_it_reads(qtbot, desk):  # noqa: F811
    from PySide6.QtWidgets import QDialog, QGridLayout, QPushButton

    dialog = QDialog()
    save, name_, place = QPushButton("&Lưu"), QLineEdit(), QLineEdit()   # made out of order
    layout = QGridLayout(dialog)
    layout.addWidget(place, 1, 0)
    layout.addWidget(name_, 0, 0)
    layout.addWidget(save, 2, 0)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.wait(1)
    chain = tab_chain(dialog)
    start = chain.index(name_)
    assert (chain[start:] + chain[:start]) == [name_, place, save]
