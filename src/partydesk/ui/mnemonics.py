"""No two Alt+letter shortcuts alike in a window (the idea of KDE's accelerator manager).

Translations and pages written by different people put the same letter on two controls
("&Lưu" and "&Lý luận chính trị": Alt+L jumped to the field instead of saving). When a
window or one of its pages is shown, ``assign_mnemonics`` keeps every letter that is
free and moves a clashing one to another letter of the same text, in this order of
precedence: the dialog's own buttons (Save, Cancel), other buttons, the menu bar, tabs,
then field labels. Only letters a keyboard types without dead keys (a-z, 0-9) are used;
a text with no free letter loses its mark rather than clash.
"""

from __future__ import annotations

import re
import unicodedata

from PySide6.QtWidgets import (
    QAbstractButton,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QMainWindow,
    QTabBar,
    QWidget,
)

MARK = re.compile(r"&(?!&)")


def plain(text: str) -> str:
    return MARK.sub("", text)


def marked_index(text: str) -> int | None:
    """Index in ``plain(text)`` of the marked character, if any."""
    found = MARK.search(text)
    if found is None or found.end() >= len(text):
        return None
    return len(plain(text[:found.start()]))


def typeable(char: str) -> bool:
    return char.isascii() and char.isalnum()


def candidates(bare: str) -> list[int]:
    """Indexes of ``bare`` to try after its own mark: word starts, then any letter."""
    starts = [i for i, c in enumerate(bare)
              if typeable(c) and (i == 0 or not bare[i - 1].isalnum())]
    return starts + [i for i, c in enumerate(bare) if typeable(c) and i not in starts]


def with_mark(text: str, index: int | None) -> str:
    bare = plain(text)
    if index is None:
        return bare
    return bare[:index] + "&" + bare[index:]


class Holder:
    """A control with a mnemonic: how to read and change its text."""

    def __init__(self, get, put, rank: int):
        self.get, self.put, self.rank = get, put, rank


def widget_holders(widget: QWidget) -> list[Holder]:
    if isinstance(widget, QAbstractButton):
        in_box = isinstance(widget.parentWidget(), QDialogButtonBox)
        return [Holder(widget.text, widget.setText, 0 if in_box else 1)]
    if isinstance(widget, QTabBar):
        return [Holder(lambda i=index: widget.tabText(i),
                       lambda t, i=index: widget.setTabText(i, t), 3)
                for index in range(widget.count())]
    if isinstance(widget, QGroupBox) and widget.isCheckable():
        return [Holder(widget.title, widget.setTitle, 4)]
    if isinstance(widget, QLabel) and widget.buddy() is not None:
        return [Holder(widget.text, widget.setText, 4)]
    return []


def holders(window: QWidget) -> list[Holder]:
    """Every visible control of ``window`` with a mnemonic, the most important first."""
    found = [holder for widget in window.findChildren(QWidget)
             if widget.isVisibleTo(window) for holder in widget_holders(widget)]
    if isinstance(window, QMainWindow):
        found += [Holder(action.text, action.setText, 2)
                  for action in window.menuBar().actions()]
    found = [holder for holder in found if MARK.search(holder.get())]
    return sorted(found, key=lambda holder: holder.rank)     # stable: reading order kept


def assign_mnemonics(window: QWidget) -> None:
    """Make the live mnemonics of ``window`` unique (see the module's docstring)."""
    taken: set[str] = set()
    for holder in holders(window):
        text = holder.get()
        bare = plain(text)
        current = marked_index(text)
        order = ([current] if current is not None else []) + candidates(bare)
        chosen = next((i for i in order if fold(bare[i]) not in taken), None)
        if chosen is not None:
            taken.add(fold(bare[chosen]))
        if chosen != current:
            holder.put(with_mark(text, chosen))


def fold(char: str) -> str:
    return unicodedata.normalize("NFD", char)[0].lower()
