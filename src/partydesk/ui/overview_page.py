"""The overview: who we are, how many we are, and what must be done soon."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from partydesk.services.overview.figures import register_summary
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
}


def _reminders(db, today: date) -> list:
    # imported in the worker thread: the rules behind reminders are not needed to show
    # the window
    from partydesk.services.overview.reminders import overview_reminders

    return overview_reminders(db, today)


def reminder_text(reminder) -> str:
    text = translate("Overview", REMINDER_TEXT[reminder.kind]).format(
        name=reminder.name, due=reminder.due_on.strftime("%d/%m/%Y"), years=reminder.years,
        document=reminder.document)
    if reminder.overdue:
        return translate("Overview", "OVERDUE — {reminder}").format(reminder=text)
    return text


class OverviewPage(QWidget):
    def __init__(self, installation: Installation, today: date,
                 open_member: Callable[[str], None] | None = None, parent=None):
        super().__init__(parent)
        self.open_member = open_member
        organisation = installation.organisation
        summary = register_summary(installation.db)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(organisation.name))
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
        layout.addLayout(form)
        layout.addWidget(heading(translate("Overview", "To do soon")))
        self.reminders = QListWidget()
        self.reminders.setAccessibleName(translate("Overview", "To do soon"))
        self.reminders.setWordWrap(True)        # long task titles wrap instead of scrolling
        self.reminders.addItem(translate("Overview", "Working it out…"))
        self.reminders.itemActivated.connect(self._open)
        layout.addWidget(self.reminders, stretch=1)
        from partydesk.ui.overview_charts import OverviewCharts

        self.charts = OverviewCharts(installation, today)
        layout.addWidget(self.charts, stretch=3)
        # The charts start once the reminders are shown, or a moment after the window is
        # first idle, whichever comes first: late enough not to slow the window's opening,
        # early enough for SQLite's counting to run beside the reminders' Python.
        QTimer.singleShot(CHARTS_AFTER_MS, self.charts.start)
        self.loaded = False
        # Started once the event loop runs, so that the window is painted before the
        # worker competes with it for the interpreter.
        job = Job.on_register(installation.db, lambda db, _progress: _reminders(db, today))
        QTimer.singleShot(0, lambda: start_job(job, self, self.show_reminders,
                                               self.show_failure))

    def show_reminders(self, reminders: list) -> None:
        self.reminders.clear()
        for reminder in reminders:
            item = QListWidgetItem(reminder_text(reminder))
            item.setData(Qt.ItemDataRole.UserRole, reminder)
            if reminder.overdue:
                item.setForeground(Qt.GlobalColor.darkRed)
            self.reminders.addItem(item)
        if not reminders:
            self.reminders.addItem(translate("Overview", "Nothing is due in the coming months."))
        self.loaded = True
        self.charts.start()

    def show_failure(self, error: Exception) -> None:
        self.reminders.clear()
        self.reminders.addItem(translate("Overview", "The reminders could not be worked out."))
        self.charts.start()
        raise error

    def _open(self, item: QListWidgetItem) -> None:
        reminder = item.data(Qt.ItemDataRole.UserRole)
        if reminder and reminder.kind not in ("certificate", "task") and self.open_member:
            self.open_member(reminder.subject_id)
