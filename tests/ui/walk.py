"""Walk a window's widget tree as a user meets it: the mnemonics that are live, every
text shown, whether English source text leaks into the Vietnamese interface."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from functools import cache

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QTabBar,
    QTableView,
    QTreeView,
    QWidget,
)

from partydesk.resources import resource_path

MNEMONIC = re.compile(r"&([^&\s])")
TAG = re.compile(r"<[^>]+>")
PATH = re.compile(r"^\s*(/|[A-Za-z]:\\)")     # a folder's path is not text to translate
# Words that are English and never Vietnamese; a shown text holding one leaked through.
ENGLISH_WORDS = re.compile(r"\b(OK|Cancel|Save|Open|Close|Apply|Yes|No|Help|Back|Next|Finish|"
                           r"the|and|of|with|File|Folder|Look in|Print)\b")


def shown(widget: QWidget, window: QWidget) -> bool:
    return widget.isVisibleTo(window)


def marked_texts(widget: QWidget) -> list[str]:
    """Texts of one widget whose mnemonic is live."""
    if isinstance(widget, QAbstractButton):
        return [widget.text()]
    if isinstance(widget, QLabel) and widget.buddy() is not None:
        return [widget.text()]
    if isinstance(widget, QGroupBox) and widget.isCheckable():
        return [widget.title()]
    if isinstance(widget, QTabBar):
        return [widget.tabText(index) for index in range(widget.count())]
    return []


def mnemonics(window: QWidget) -> dict[str, list[str]]:
    """Each live mnemonic letter → the texts that carry it (a clash has two or more)."""
    found: dict[str, list[str]] = {}
    marked = [text for widget in window.findChildren(QWidget) if shown(widget, window)
              for text in marked_texts(widget)]
    if isinstance(window, QMainWindow):
        marked += [action.text() for action in window.menuBar().actions()]
    for text in marked:
        for letter in MNEMONIC.findall(text.replace("&&", "")):
            found.setdefault(letter.lower(), []).append(text)
    return found


def clashes(window: QWidget) -> dict[str, list[str]]:
    return {letter: texts for letter, texts in mnemonics(window).items() if len(texts) > 1}


def literal_ampersands(window: QWidget) -> list[str]:
    """Labels showing a bare "&" (a mnemonic mark with nothing to jump to)."""
    return [label.text() for label in window.findChildren(QLabel)
            if shown(label, window) and label.buddy() is None
            and label.textFormat() != Qt.TextFormat.RichText
            and MNEMONIC.search(label.text().replace("&&", ""))]


def widget_texts(widget: QWidget) -> list[str]:
    """What a user reads on one widget."""
    found = [widget.toolTip()]
    if isinstance(widget, QLabel):
        found.append(TAG.sub(" ", widget.text()))
    elif isinstance(widget, QAbstractButton):
        found.append(widget.text())
        menu = getattr(widget, "menu", lambda: None)()
        found += [action.text() for action in menu.actions()] if menu else []
    elif isinstance(widget, QGroupBox):
        found.append(widget.title())
    elif isinstance(widget, QLineEdit):
        found.append(widget.placeholderText())
    elif isinstance(widget, QComboBox) and not widget.isEditable():
        found += [widget.itemText(i) for i in range(widget.count())]
    elif isinstance(widget, QTabBar):
        found += [widget.tabText(i) for i in range(widget.count())]
    elif isinstance(widget, QTableView | QTreeView) and widget.model() is not None:
        model = widget.model()
        found += [str(model.headerData(c, Qt.Orientation.Horizontal) or "")
                  for c in range(model.columnCount(QModelIndex()))]
    return found


def texts(window: QWidget) -> list[str]:
    """Every text a user can read in the window (visible widgets, menus)."""
    found = [window.windowTitle()]
    for widget in window.findChildren(QWidget):
        if shown(widget, window):
            found += widget_texts(widget)
    if isinstance(window, QMainWindow):
        for menu_action in window.menuBar().actions():
            found.append(menu_action.text())
            found += [action.text() for action in menu_action.menu().actions()]
    return [text for text in found if text and text.strip() and not PATH.match(text)]


def plain(text: str) -> str:
    return text.replace("&", "").strip().rstrip(":…").strip()


@cache
def english_sources() -> frozenset[str]:
    """Source texts of both Vietnamese catalogues that differ from their translation."""
    sources = set()
    for name in ("partydesk_vi.ts", "qtbase_vi.ts"):
        root = ET.parse(resource_path("translations", name)).getroot()
        for message in root.iter("message"):
            source = message.findtext("source", "")
            if plain(source) != plain(message.findtext("translation", "") or "") and \
                    "{" not in source and len(plain(source)) > 1:
                sources.add(plain(source))
    return frozenset(sources)


def english_in(window: QWidget) -> list[str]:
    """Texts of the window that are English in the Vietnamese interface."""
    leaks = []
    for text in texts(window):
        if plain(text) in english_sources() or ENGLISH_WORDS.search(text.replace("&", "")):
            leaks.append(text)
    return leaks


def in_scroll_area(widget: QWidget, window: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        if isinstance(parent, QAbstractScrollArea) and parent.objectName() != "pages":
            return True
        parent = parent.parentWidget()
    return False


def buttons_outside(window: QWidget) -> list[str]:
    """Visible buttons not wholly inside the window (cut off by a small screen)."""
    area = window.rect()
    outside = []
    for button in window.findChildren(QAbstractButton):
        if not shown(button, window) or in_scroll_area(button, window):
            continue
        rect = button.rect().translated(button.mapTo(window, button.rect().topLeft()))
        if not area.contains(rect):
            outside.append(button.text() or button.objectName() or type(button).__name__)
    return outside
