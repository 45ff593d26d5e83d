"""The overview: the secretary's to-do list.

Each reminder opens the screen where it is done (the member, the meeting, the dues
month…); the list is worked out again whenever the overview comes back into view, so
done items leave. Reminders are grouped by urgency: overdue, this month, coming.
"""

from __future__ import annotations

import calendar
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFormLayout,
    QHeaderView,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from partydesk.domain.discipline import DEFERRAL_NAMES
from partydesk.services.overview.figures import days_since_last_bundle, register_summary
from partydesk.services.setup.installation import Installation
from partydesk.services.shared.jobs import Job
from partydesk.ui.pages import heading, role_name
from partydesk.ui.workers import start_job

translate = QCoreApplication.translate
CHARTS_AFTER_MS = 250
REMINDER_TEXT = {
    "conversion": QT_TRANSLATE_NOOP("Overview", "Conversion to official: {name}, probation "
                                                "ends {due}"),
    "ceremony": QT_TRANSLATE_NOOP("Overview", "Admission ceremony: {name}, by {due}"),
    "badge": QT_TRANSLATE_NOOP("Overview", "{years}-year party badge: {name}, due {due}"),
    "certificate": QT_TRANSLATE_NOOP("Overview", "Awareness certificate of {name} expires "
                                                 "{due}"),
    "task": QT_TRANSLATE_NOOP("Overview", "Task of resolution {document}: {name}, deadline "
                                          "{due}"),
    "dues": QT_TRANSLATE_NOOP("Overview", "Party dues: {name} has {years} unpaid months "
                                          "this year"),
    "dues_flag": QT_TRANSLATE_NOOP("Overview", "Party dues: {name} has {years} unpaid "
                                               "months this year — for the cell to consider "
                                               "(the Charter's rule on unpaid dues)"),
    "meeting": QT_TRANSLATE_NOOP("Overview", "No meeting recorded this month: record this "
                                             "month's meeting by {due}"),
    "appeal": QT_TRANSLATE_NOOP("Overview", "{name} may appeal the discipline until {due}"),
    "deferral": QT_TRANSLATE_NOOP("Overview", "Discipline of {name} deferred ({case}) until "
                                              "{due}: consider it then"),
    "transfer_start": QT_TRANSLATE_NOOP("Overview", "Transfer of {name}: start it by {due} "
                                                    "(the rule's working days after the move)"),
    "transfer_present": QT_TRANSLATE_NOOP("Overview", "Transfer of {name}: the letter should "
                                                      "be presented at the new place by {due}"),
    "transfer_accept": QT_TRANSLATE_NOOP("Overview", "{name}, transferred from {case}: accept "
                                                     "by {due}"),
}
GROUPS = (QT_TRANSLATE_NOOP("Overview", "Overdue"),
          QT_TRANSLATE_NOOP("Overview", "This month"),
          QT_TRANSLATE_NOOP("Overview", "Coming"))
OVERDUE, THIS_MONTH, COMING = range(3)


def _reminders(db, today: date) -> list:
    # imported in the worker thread: the rules behind reminders are not needed to show
    # the window
    from partydesk.services.overview.reminders import overview_reminders

    return overview_reminders(db, today)


def reminder_text(reminder) -> str:
    case = DEFERRAL_NAMES.get(reminder.document)
    text = translate("Overview", REMINDER_TEXT.get(reminder.kind, "{name} {due}")).format(
        name=reminder.name, due=reminder.due_on.strftime("%d/%m/%Y"), years=reminder.years,
        document=reminder.document,
        case=translate(case.context, case.text) if case else reminder.document)
    if reminder.overdue:
        return translate("Overview", "OVERDUE — {reminder}").format(reminder=text)
    return text


def urgency(reminder, today: date) -> int:
    if reminder.overdue or reminder.due_on < today:
        return OVERDUE
    month_end = today.replace(day=calendar.monthrange(today.year, today.month)[1])
    return THIS_MONTH if reminder.due_on <= month_end else COMING


class OverviewPage(QWidget):
    """``open_reminder(reminder)`` opens the screen where the reminder is dealt with."""

    def __init__(self, installation: Installation, today: date,
                 open_reminder: Callable[[object], None] | None = None, parent=None):
        super().__init__(parent)
        self.installation, self.today, self.open_reminder = installation, today, open_reminder
        layout = QVBoxLayout(self)
        layout.addWidget(heading(installation.organisation.name))
        layout.addLayout(self._figures())
        layout.addWidget(heading(translate("Overview", "To do")))
        self.reminders = QTreeWidget()
        self.reminders.setHeaderHidden(True)
        self.reminders.setAccessibleName(translate("Overview", "To do"))
        self.reminders.setWordWrap(True)        # long task titles wrap instead of scrolling
        self.reminders.setRootIsDecorated(False)
        # one column as wide as the list, so a long reminder wraps rather than elides
        self.reminders.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.reminders.itemClicked.connect(self._open)
        self.reminders.itemActivated.connect(self._open)     # Enter on the keyboard
        # the charts below must not squeeze the list: the page scrolls instead
        self.reminders.setMinimumHeight(8 * self.fontMetrics().height())
        layout.addWidget(self.reminders, stretch=1)
        from partydesk.ui.overview_charts import OverviewCharts

        self.charts = OverviewCharts(installation, today)
        layout.addWidget(self.charts, stretch=3)
        # The charts start once the reminders are shown, or a moment after the event loop
        # first runs (counted from then, not from now), whichever comes first: late enough
        # not to slow the window's opening, early enough for SQLite's counting to run
        # beside the reminders' Python.
        QTimer.singleShot(0, lambda: QTimer.singleShot(CHARTS_AFTER_MS, self.charts.start))
        self.loaded = False
        self._showing(translate("Overview", "Working it out…"))
        # Started once the event loop runs, so that the window is painted before the
        # worker competes with it for the interpreter.
        QTimer.singleShot(0, self.refresh)

    def _figures(self) -> QFormLayout:
        organisation, db = self.installation.organisation, self.installation.db
        summary = register_summary(db)
        form = QFormLayout()
        form.addRow(translate("Overview", "Role:"), QLabel(role_name(organisation.role)))
        form.addRow(translate("Overview", "Code:"), QLabel(organisation.code))
        if organisation.higher_name:
            form.addRow(translate("Overview", "Higher committee:"),
                        QLabel(organisation.higher_name))
        if organisation.term:
            form.addRow(translate("Overview", "Term:"), QLabel(organisation.term))
        form.addRow(translate("Overview", "Official members:"), QLabel(str(summary.official)))
        form.addRow(translate("Overview", "Probationary members:"),
                    QLabel(str(summary.probationary)))
        days = days_since_last_bundle(db, self.today, organisation.is_committee)
        self.bundle_days = QLabel(
            translate("Overview", "none yet") if days is None
            else translate("Overview", "%n day(s)", None, days))
        form.addRow(translate("Overview", "Since the last bundle:"), self.bundle_days)
        return form

    def refresh(self) -> None:
        """Work the reminders out again (off the GUI thread): done items leave."""
        job = Job.on_register(self.installation.db,
                              lambda db, _progress: _reminders(db, self.today))
        start_job(job, self, self.show_reminders, self.show_failure)

    def showEvent(self, event) -> None:
        if self.loaded:                  # back from the screen where something was done
            self.refresh()
        super().showEvent(event)

    def _showing(self, text: str) -> None:
        self.reminders.clear()
        self.reminders.addTopLevelItem(QTreeWidgetItem([text]))

    def show_reminders(self, reminders: list) -> None:
        self.reminders.clear()
        groups = [[], [], []]
        for reminder in reminders:
            groups[urgency(reminder, self.today)].append(reminder)
        for title, members in zip(GROUPS, groups, strict=True):
            if members:
                self._add_group(translate("Overview", title), members)
        if not reminders:
            self._showing(translate("Overview", "Nothing is due in the coming months."))
        self.reminders.expandAll()
        self.loaded = True
        self.charts.start()

    def _add_group(self, title: str, reminders: list) -> None:
        group = QTreeWidgetItem([f"{title} ({len(reminders)})"])
        font = QFont(group.font(0))
        font.setBold(True)
        group.setFont(0, font)
        group.setFlags(Qt.ItemFlag.ItemIsEnabled)
        self.reminders.addTopLevelItem(group)
        for reminder in reminders:
            item = QTreeWidgetItem([reminder_text(reminder)])
            item.setData(0, Qt.ItemDataRole.UserRole, reminder)
            item.setToolTip(0, item.text(0) + "\n" + translate(
                "Overview", "Click or press Enter to deal with it"))
            if reminder.overdue:
                item.setForeground(0, Qt.GlobalColor.darkRed)
            group.addChild(item)

    def show_failure(self, error: Exception) -> None:
        self._showing(translate("Overview", "The reminders could not be worked out."))
        self.charts.start()
        raise error

    def items(self) -> list[QTreeWidgetItem]:
        """The reminders as listed (for keyboard users' tests and screenshots)."""
        return [self.reminders.topLevelItem(g).child(c)
                for g in range(self.reminders.topLevelItemCount())
                for c in range(self.reminders.topLevelItem(g).childCount())]

    def _open(self, item: QTreeWidgetItem) -> None:
        reminder = item.data(0, Qt.ItemDataRole.UserRole)
        if reminder is not None and self.open_reminder is not None:
            self.open_reminder(reminder)
            if self.isVisible():             # a dialog: the work is done when it closes
                self.refresh()
