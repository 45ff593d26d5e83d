"""The one date field of the app.

Typed as ``dd/mm/yyyy`` (``d/m/yyyy`` and ``dd.mm.yyyy`` too) or as eight digits
``ddmmyyyy``; a calendar button for those who prefer to click. An impossible date
(31/02/2020) is refused with a message under the field and never changed into another
day. A field starts empty unless the record already has a date: nothing is invented
for a hurried user to save as if it were real.
"""

from __future__ import annotations

import calendar
import re
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QPoint, Qt, Signal
from PySide6.QtWidgets import (
    QCalendarWidget,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from partydesk.ui.styles import ERROR_STYLE
from partydesk.ui.tab_order import KEYBOARD

translate = QCoreApplication.translate
SHOWN = "%d/%m/%Y"
TYPED = re.compile(r"^\s*(\d{1,2})\s*[/.\-]\s*(\d{1,2})\s*[/.\-]\s*(\d{4})\s*$")
DIGITS = re.compile(r"^\s*(\d{2})(\d{2})(\d{4})\s*$")


class DateProblem(ValueError):
    """Text that is not a real date; ``str()`` says why, in the user's language."""


def parse_date(text: str) -> date | None:
    """The day typed, ``None`` for an empty field; ``DateProblem`` if it is no date."""
    if not text.strip():
        return None
    match = TYPED.match(text) or DIGITS.match(text)
    if match is None:
        raise DateProblem(translate(
            "DateField", "“{text}” is not a date. Type the day as dd/mm/yyyy, for example "
            "05/02/2026, or as eight digits: 05022026.").format(text=text.strip()))
    day, month, year = (int(part) for part in match.groups())
    if not 1 <= month <= 12:
        raise DateProblem(translate("DateField", "There is no month {month}.")
                          .format(month=month))
    if year < 1900:
        raise DateProblem(translate("DateField", "The year {year} is too early.")
                          .format(year=year))
    last = calendar.monthrange(year, month)[1]
    if not 1 <= day <= last:
        raise DateProblem(translate(
            "DateField", "{day:02d}/{month:02d}/{year} does not exist: month {month} of "
            "{year} has {last} days.").format(day=day, month=month, year=year, last=last))
    return date(year, month, day)


class DateField(QWidget):
    """``value()`` is the date or ``None``; ``problem()`` says what is wrong, if anything."""

    changed = Signal()

    def __init__(self, value: date | None = None, required: bool = False, parent=None):
        super().__init__(parent)
        self.required = required
        self.edit = QLineEdit()
        self.edit.setPlaceholderText(translate("DateField", "dd/mm/yyyy"))
        self.edit.setMaxLength(14)
        width = self.edit.fontMetrics().horizontalAdvance("00/00/00000") + 16
        self.edit.setMinimumWidth(width)
        self.edit.setAccessibleName(translate("DateField", "Date, dd/mm/yyyy"))
        self.edit.editingFinished.connect(self.tidy)
        self.edit.textChanged.connect(self.changed)
        self.button = QToolButton()
        self.button.setText("▾")
        self.button.setToolTip(translate("DateField", "Choose the day on a calendar"))
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)   # Alt+Down opens it by keyboard
        self.button.setProperty(KEYBOARD, "Alt+Down")
        self.button.clicked.connect(self.open_calendar)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.hide()
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.edit)
        row.addWidget(self.button)
        row.addStretch()
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addLayout(row)
        column.addWidget(self.message)
        self.setFocusProxy(self.edit)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.popup: QCalendarWidget | None = None
        self.setDate(value)

    # the value ---------------------------------------------------------------
    def setDate(self, value: date | None) -> None:
        self.edit.setText(value.strftime(SHOWN) if value else "")
        self.show_problem(None)

    def value(self) -> date | None:
        """The date, or ``None`` when empty or not a date (see ``problem()``)."""
        try:
            return parse_date(self.edit.text())
        except DateProblem:
            return None

    def problem(self) -> str | None:
        try:
            day = parse_date(self.edit.text())
        except DateProblem as error:
            return str(error)
        if day is None and self.required:
            return translate("DateField", "Please enter this date.")
        return None

    def tidy(self) -> None:
        """Show a typed date in the usual form, or say why it is not a date."""
        try:
            day = parse_date(self.edit.text())
        except DateProblem as error:
            self.show_problem(str(error))
            return
        self.show_problem(None)
        if day is not None:
            self.edit.setText(day.strftime(SHOWN))

    def show_problem(self, text: str | None) -> None:
        self.message.setText(text or "")
        self.message.setVisible(bool(text))
        self.edit.setStyleSheet("border: 2px solid #b00020;" if text else "")

    # the calendar ------------------------------------------------------------
    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Down and event.modifiers() & Qt.KeyboardModifier.AltModifier:
            self.open_calendar()
            return
        super().keyPressEvent(event)

    def open_calendar(self) -> None:
        self.popup = QCalendarWidget(self)
        self.popup.setWindowFlags(Qt.WindowType.Popup)
        self.popup.setGridVisible(True)
        self.popup.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        day = self.value() or date.today()
        self.popup.setSelectedDate(QDate(day.year, day.month, day.day))
        self.popup.clicked.connect(self.take_from_calendar)
        self.popup.activated.connect(self.take_from_calendar)
        self.popup.move(self.mapToGlobal(QPoint(0, self.edit.height())))
        self.popup.show()
        self.popup.setFocus()

    def take_from_calendar(self, chosen: QDate) -> None:
        self.setDate(chosen.toPython())
        self.edit.setFocus()
        if self.popup is not None:
            self.popup.close()
