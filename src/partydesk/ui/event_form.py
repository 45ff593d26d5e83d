"""A small form to record one lifecycle event: its date and what that kind needs."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
)

from partydesk.domain import events as ev
from partydesk.domain.discipline import DECIDING_BODY_NAMES, decision_event
from partydesk.domain.events import DisciplineLevel, EventKind, GradingLevel, MemberEvent
from partydesk.ui.dates import DateField
from partydesk.ui.event_names import DISCIPLINE_NAMES, EVENT_NAMES, GRADING_NAMES, shown
from partydesk.ui.guard import GuardedDialog

translate = QCoreApplication.translate


def date_edit(day: date | None = None, required: bool = True) -> DateField:
    """A date field (see ui/dates.py); empty unless ``day`` is a date already known."""
    return DateField(day, required)


class DecisionFields:
    """The decision behind a discipline: reason, number and date, deciding body."""

    def __init__(self, form: QFormLayout):
        self.reason = QLineEdit()
        self.number = QLineEdit()
        self.number.setPlaceholderText(translate("EventForm", "e.g. 03-QĐ/ĐU"))
        self.decided = date_edit()
        self.body = QComboBox()
        for body, name in DECIDING_BODY_NAMES.items():
            self.body.addItem(translate(name.context, name.text), body.value)
        form.addRow(translate("EventForm", "&Reason:"), self.reason)
        form.addRow(translate("EventForm", "Decision &number:"), self.number)
        form.addRow(translate("EventForm", "Decision &of:"), self.decided)
        form.addRow(translate("EventForm", "Decided &by:"), self.body)

    def event(self, on: date, level: str) -> MemberEvent:
        return decision_event(on, level, self.reason.text(), self.number.text(),
                              self.decided.value(), self.body.currentData())


class EventForm(GuardedDialog):
    """Asks for the date and details; ``member_event()`` builds the MemberEvent."""

    def __init__(self, kind: EventKind, today: date, parent=None):
        super().__init__(parent)
        self.kind = kind
        self.setWindowTitle(shown(EVENT_NAMES, kind))
        form = QFormLayout(self)
        self.day = date_edit()     # the day it happened: typed, never assumed
        form.addRow(translate("EventForm", "&Date:"), self.day)
        self.detail = self._detail_widget(kind, today)
        if self.detail is not None:
            form.addRow(self._detail_label(kind), self.detail)
        if kind is EventKind.DISCIPLINE:
            self.decision = DecisionFields(form)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        form.addRow(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            translate("EventForm", "&Record"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
            translate("EventForm", "Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def _detail_widget(self, kind: EventKind, today: date):
        if kind is EventKind.DISCIPLINE:
            return self._combo(DISCIPLINE_NAMES)
        if kind is EventKind.YEARLY_GRADING:
            return self._combo(GRADING_NAMES)
        if kind is EventKind.BADGE_AWARDED:
            years = QSpinBox()
            years.setRange(30, 90)
            years.setSingleStep(5)
            return years
        if kind is EventKind.CARD_ISSUED or kind.value.startswith("transfer"):
            return QLineEdit()
        return None

    def _combo(self, names: dict) -> QComboBox:
        combo = QComboBox()
        for value in names:
            combo.addItem(shown(names, value), value)
        return combo

    def _detail_label(self, kind: EventKind) -> str:
        labels = {
            EventKind.DISCIPLINE: translate("EventForm", "&Level:"),
            EventKind.YEARLY_GRADING: translate("EventForm", "&Grading:"),
            EventKind.BADGE_AWARDED: translate("EventForm", "&Badge (years):"),
            EventKind.CARD_ISSUED: translate("EventForm", "Card &number:"),
        }
        return labels.get(kind, translate("EventForm", "&Place:"))

    def chosen_date(self) -> date:
        return self.day.value()

    def member_event(self) -> MemberEvent:
        on, kind = self.chosen_date(), self.kind
        if kind is EventKind.DISCIPLINE:
            return self.decision.event(on, DisciplineLevel(self.detail.currentData()).value)
        if kind is EventKind.YEARLY_GRADING:
            level = GradingLevel(self.detail.currentData())
            return ev.grading_event(on, on.year - (on.month < 12), level)
        if kind is EventKind.BADGE_AWARDED:
            return ev.badge_event(on, self.detail.value())
        if kind is EventKind.CARD_ISSUED:
            return ev.card_event(on, self.detail.text().strip())
        if isinstance(self.detail, QLineEdit) and self.detail.text().strip():
            return MemberEvent(kind, on, {ev.PLACE: self.detail.text().strip()})
        return MemberEvent(kind, on)
