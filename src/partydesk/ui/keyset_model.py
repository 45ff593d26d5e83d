"""A table model read a keyset page at a time as the view scrolls, so a register of
hundreds of thousands of rows never sits in memory. Subclasses say how to read the page
after their last row (``_read_page``) and what a row shows."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QAbstractTableModel, QModelIndex

_ROOT = QModelIndex()


class KeysetTableModel(QAbstractTableModel):
    def __init__(self, page_size: int, parent=None):
        super().__init__(parent)
        self._page_size = page_size
        self._rows: list = []
        self._complete = True
        self._changing = False

    def _read_page(self) -> Sequence:
        """The rows after ``self._rows[-1]`` (all from the start when empty), at most
        ``self._page_size`` of them."""
        raise NotImplementedError

    def _next_page(self) -> Sequence:
        page = self._read_page()
        self._complete = len(page) < self._page_size
        return page

    def _restart(self, set_filter: Callable[[], None]) -> None:
        """Apply a new filter and show its first page."""
        self._changing = True
        try:
            self.beginResetModel()
            set_filter()
            self._rows, self._complete = [], False
            self._rows = list(self._next_page())
            self.endResetModel()
        finally:
            self._changing = False

    def canFetchMore(self, parent=_ROOT) -> bool:
        return not parent.isValid() and not self._complete and not self._changing

    def fetchMore(self, parent=_ROOT) -> None:
        # Views (and the model tester) may ask again while rows are inserted or reset.
        if not self.canFetchMore(parent):
            return
        page = self._next_page()
        if not page:
            return
        first = len(self._rows)
        self._changing = True
        try:
            self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
            self._rows.extend(page)
            self.endInsertRows()
        finally:
            self._changing = False

    def rowCount(self, parent=_ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)
