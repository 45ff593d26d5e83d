"""The rules every window follows, installed once on the application: windows fit
their screen (``screen.py``), tables take the row height of the text size
(``text_size.py``), Alt+letter shortcuts are unique in each window and each page of it
(``mnemonics.py``), Tab follows reading order (``tab_order.py``). Pages and dialogs
added later follow them without doing anything."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHeaderView,
    QMainWindow,
    QStackedWidget,
    QTableView,
    QToolTip,
    QWidget,
    QWizardPage,
)

from partydesk.ui.mnemonics import assign_mnemonics
from partydesk.ui.screen import fit_window, wants_fitting
from partydesk.ui.tab_order import order_tabs
from partydesk.ui.text_size import apply_text_size, size_rows

SHOW, POLISH, TOOLTIP = QEvent.Type.Show, QEvent.Type.Polish, QEvent.Type.ToolTip


class DeskRules(QObject):
    def eventFilter(self, watched, event) -> bool:
        kind = event.type()
        if kind == SHOW:
            if wants_fitting(watched):
                fit_window(watched)
            if isinstance(watched, QWidget) and (watched.isWindow() or isinstance(
                    watched, QWizardPage) or isinstance(watched.parentWidget(), QStackedWidget)):
                # a window, or a page of it coming into view (a section, a tab, a
                # wizard page): its shortcuts now share the window with the others
                assign_mnemonics(watched.window())
                if isinstance(watched.window(), QDialog | QMainWindow):
                    order_tabs(watched.window())     # not menus, popups, tooltips
        elif kind == POLISH and isinstance(watched, QTableView):
            size_rows(watched)
            # a narrow column's title ends in "…" (full title as a tooltip), never
            # clipped on both sides ("iấy chứng nhậ")
            watched.horizontalHeader().setTextElideMode(Qt.TextElideMode.ElideRight)
        elif kind == TOOLTIP and isinstance(watched.parent(), QHeaderView):
            return header_tooltip(watched.parent(), event)
        return False


def header_tooltip(header: QHeaderView, event) -> bool:
    """Show a column's whole title over its header (the title may be elided)."""
    section = header.logicalIndexAt(event.pos())
    model = header.model()
    if section < 0 or model is None:
        return False
    if model.headerData(section, header.orientation(), Qt.ItemDataRole.ToolTipRole):
        return False                     # the model's own tooltip says more
    title = model.headerData(section, header.orientation())
    if not title:
        return False
    QToolTip.showText(event.globalPos(), str(title), header)
    return True


def install_desk(app: QApplication, percent: int) -> DeskRules:
    """Apply the text size and start fitting windows (again, if called twice)."""
    for old in app.findChildren(DeskRules):
        app.removeEventFilter(old)
        old.deleteLater()
    rules = DeskRules(app)
    app.installEventFilter(rules)
    apply_text_size(app, percent)
    return rules
