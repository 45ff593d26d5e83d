"""The rules every window follows, installed once on the application: windows fit
their screen (``screen.py``), tables take the row height of the text size
(``text_size.py``), Alt+letter shortcuts are unique in each window and each page of it
(``mnemonics.py``). Pages and dialogs added later follow them without doing anything."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QStackedWidget, QTableView, QWidget, QWizardPage

from partydesk.ui.mnemonics import assign_mnemonics
from partydesk.ui.screen import fit_window, wants_fitting
from partydesk.ui.text_size import apply_text_size, size_rows

SHOW, POLISH = QEvent.Type.Show, QEvent.Type.Polish


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
        elif kind == POLISH and isinstance(watched, QTableView):
            size_rows(watched)
        return False


def install_desk(app: QApplication, percent: int) -> DeskRules:
    """Apply the text size and start fitting windows (again, if called twice)."""
    for old in app.findChildren(DeskRules):
        app.removeEventFilter(old)
        old.deleteLater()
    rules = DeskRules(app)
    app.installEventFilter(rules)
    apply_text_size(app, percent)
    return rules
