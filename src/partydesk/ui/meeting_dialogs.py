"""Forms of the meetings page: the meeting itself, signing, amendments."""

from __future__ import annotations

from datetime import date, time

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit

from partydesk.domain.meetings import Amendment, MeetingKind, kind_label
from partydesk.services.meetings import drafts as service
from partydesk.services.meetings.minutes import MinutesView
from partydesk.services.shared.register import Database
from partydesk.ui.event_form import date_edit
from partydesk.ui.forms import FormDialog, time_edit
from partydesk.ui.translation import render

translate = QCoreApplication.translate


def person_combo(choices: list[tuple[str, str]], chosen: str | None = None) -> QComboBox:
    combo = QComboBox()
    combo.addItem(translate("MeetingsPage", "(not chosen)"), "")
    for member_id, name in choices:
        combo.addItem(name, member_id)
    index = combo.findData(chosen) if chosen else -1
    combo.setCurrentIndex(index if index >= 0 else 0)
    return combo


class MeetingDialog(FormDialog):
    """A new meeting, or the details of a draft (``view`` given)."""

    def __init__(self, db: Database, today: date, view: MinutesView | None = None,
                 secretary: str = "", parent=None):
        title = (translate("MeetingsPage", "Meeting details") if view
                 else translate("MeetingsPage", "New meeting"))
        super().__init__(title, parent)
        self.db = db
        self.kind = QComboBox()
        for kind in MeetingKind:
            self.kind.addItem(render(kind_label(kind)), kind.value)
        self.day = date_edit(view.held_on if view else today)
        self.starts = time_edit(view.starts_at if view else time(14, 0))
        self.ends = time_edit(view.ends_at if view and view.ends_at else time(16, 0))
        self.has_end = QCheckBox(translate("MeetingsPage", "&Ended at:"))
        self.has_end.setChecked(view is None or view.ends_at is not None)
        self.has_end.toggled.connect(self.ends.setEnabled)
        self.ends.setEnabled(self.has_end.isChecked())
        self.place = QLineEdit(view.place if view else "")
        self.purpose = QLineEdit(view.purpose if view else "")
        self.guests = QPlainTextEdit("\n".join(view.guests) if view else "")
        self.guests.setPlaceholderText(translate("MeetingsPage", "One guest a line, with post"))
        self.guests.setFixedHeight(70)
        self._add_rows(view, secretary)
        self.day.changed.connect(self._refill_people)
        self.finish()

    def _add_rows(self, view: MinutesView | None, secretary: str) -> None:
        if view is not None:
            self.kind.setCurrentIndex(self.kind.findData(view.kind.value))
        people = service.people_on(self.db, self.day.value())
        default_chair = next((i for i, name in people if name == secretary), None)
        self.chair = person_combo(people, view.chair.member_id if view else default_chair)
        self.taker = person_combo(people, view.minute_taker.member_id if view else None)
        times = QHBoxLayout()
        times.addWidget(self.starts)
        times.addWidget(self.has_end)
        times.addWidget(self.ends)
        times.addStretch()
        starts = QLabel(translate("MeetingsPage", "&Starts at:"))
        starts.setBuddy(self.starts)   # a row holding a layout gets no buddy by itself
        for label, widget in (
                (translate("MeetingsPage", "&Kind:"), self.kind),
                (translate("MeetingsPage", "&Date:"), self.day),
                (starts, times),
                (translate("MeetingsPage", "&Place:"), self.place),
                (translate("MeetingsPage", "P&urpose:"), self.purpose),
                (translate("MeetingsPage", "&Chair:"), self.chair),
                (translate("MeetingsPage", "&Minute-taker:"), self.taker),
                (translate("MeetingsPage", "&Guests:"), self.guests)):
            self.form.addRow(label, widget)

    def _refill_people(self) -> None:
        if self.day.value() is None:      # still being typed
            return
        people = service.people_on(self.db, self.day.value())
        for combo in (self.chair, self.taker):
            chosen = combo.currentData()
            combo.clear()
            combo.addItem(translate("MeetingsPage", "(not chosen)"), "")
            for member_id, name in people:
                combo.addItem(name, member_id)
            combo.setCurrentIndex(max(0, combo.findData(chosen)))

    def details(self) -> service.MeetingDetails:
        return service.MeetingDetails(
            kind=MeetingKind(self.kind.currentData()), held_on=self.day.value(),
            starts_at=self.starts.time().toPython(),
            ends_at=self.ends.time().toPython() if self.has_end.isChecked() else None,
            place=self.place.text(), purpose=self.purpose.text(),
            chair_member_id=self.chair.currentData() or None,
            minute_taker_member_id=self.taker.currentData() or None,
            guests=self.guests.toPlainText())


class SignDialog(FormDialog):
    """Read the minutes back, then sign: from then on they never change."""

    def __init__(self, view: MinutesView, parent=None):
        super().__init__(translate("MeetingsPage", "Read back and sign"), parent)
        text = QLabel(translate(
            "MeetingsPage", "Read the minutes back to the meeting before signing. Signed "
            "minutes can never be changed again; a correction is then a dated amendment."))
        text.setWordWrap(True)
        self.form.addRow(text)
        self.day = date_edit(view.held_on)  # read back at the meeting itself
        self.form.addRow(translate("MeetingsPage", "Signed &on:"), self.day)
        self.finish()

    def signed_on(self) -> date:
        return self.day.value()


class AmendmentDialog(FormDialog):
    def __init__(self, today: date, author: str, parent=None):
        super().__init__(translate("MeetingsPage", "Amendment to signed minutes"), parent)
        self.day = date_edit()
        self.text = QPlainTextEdit()
        self.text.setFixedHeight(90)
        self.author = QLineEdit(author)
        self.form.addRow(translate("MeetingsPage", "&Date:"), self.day)
        self.form.addRow(translate("MeetingsPage", "&Correction:"), self.text)
        self.form.addRow(translate("MeetingsPage", "&Made by:"), self.author)
        self.finish()

    def amendment(self) -> Amendment:
        return Amendment(self.day.value(), self.text.toPlainText(),
                         self.author.text())
