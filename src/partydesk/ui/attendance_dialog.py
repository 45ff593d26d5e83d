"""Attendance of a draft meeting: the register as of the meeting date, marked by hand."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from partydesk.domain.attendance import (
    EXPECTED_STANDINGS,
    Attendee,
    Membership,
    Presence,
    Standing,
)
from partydesk.domain.errors import PartyDeskError
from partydesk.services.meetings import drafts as service
from partydesk.services.meetings.attendance import AttendanceEntry
from partydesk.services.shared.register import Database
from partydesk.ui.forms import FormDialog, run_form
from partydesk.ui.guard import GuardedDialog
from partydesk.ui.translation import render

translate = QCoreApplication.translate

PRESENCE = {
    Presence.PRESENT: QT_TRANSLATE_NOOP("MeetingsPage", "Present"),
    Presence.ABSENT_WITH_REASON: QT_TRANSLATE_NOOP("MeetingsPage", "Absent with reason"),
    Presence.ABSENT_WITHOUT_REASON: QT_TRANSLATE_NOOP("MeetingsPage", "Absent without reason"),
    Presence.BY_STANDING: QT_TRANSLATE_NOOP("MeetingsPage", "Not expected"),
}
MEMBERSHIP = {
    Membership.OFFICIAL: QT_TRANSLATE_NOOP("MeetingsPage", "Official"),
    Membership.PROBATIONARY: QT_TRANSLATE_NOOP("MeetingsPage", "Probationary"),
}
STANDING = {
    Standing.ACTIVE: QT_TRANSLATE_NOOP("MeetingsPage", "Takes part"),
    Standing.EXEMPT: QT_TRANSLATE_NOOP("MeetingsPage", "Exempted"),
    Standing.TEMPORARILY_AWAY: QT_TRANSLATE_NOOP("MeetingsPage", "Temporarily away"),
    Standing.ATTENDING_TEMPORARILY: QT_TRANSLATE_NOOP("MeetingsPage", "Attending temporarily"),
    Standing.SUSPENDED: QT_TRANSLATE_NOOP("MeetingsPage", "Suspended"),
    Standing.PROSECUTED_OR_DETAINED: QT_TRANSLATE_NOOP("MeetingsPage", "Prosecuted or detained"),
    Standing.EXCUSED_WHOLE_MEETING: QT_TRANSLATE_NOOP("MeetingsPage", "Excused for the meeting"),
}
COLUMNS = (QT_TRANSLATE_NOOP("MeetingsPage", "Full name"),
           QT_TRANSLATE_NOOP("MeetingsPage", "Member"),
           QT_TRANSLATE_NOOP("MeetingsPage", "Standing"),
           QT_TRANSLATE_NOOP("MeetingsPage", "Presence"),
           QT_TRANSLATE_NOOP("MeetingsPage", "Reason"))


def shown(names: dict, value) -> str:
    return translate("MeetingsPage", names[value])


def presence_choices(standing: Standing) -> QComboBox:
    """What a member of this standing can be marked: an expected member present or
    absent; one not expected (exempted, away…) in their own category, or present."""
    combo = QComboBox()
    if standing in EXPECTED_STANDINGS:
        for value in (Presence.PRESENT, Presence.ABSENT_WITH_REASON,
                      Presence.ABSENT_WITHOUT_REASON):
            combo.addItem(shown(PRESENCE, value), value.value)
    else:
        combo.addItem(translate("MeetingsPage", "{standing} (not counted as absent)")
                      .format(standing=shown(STANDING, standing)), Presence.BY_STANDING.value)
        combo.addItem(shown(PRESENCE, Presence.PRESENT), Presence.PRESENT.value)
    return combo


class AttendanceDialog(GuardedDialog):
    """Each person's presence (and reason); Save writes every mark in one go."""

    def __init__(self, db: Database, meeting_id: str, parent=None):
        super().__init__(parent)
        self.db, self.meeting_id = db, meeting_id
        self.setWindowTitle(translate("MeetingsPage", "Attendance"))
        self.resize(820, 600)
        layout = QVBoxLayout(self)
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels([translate("MeetingsPage", c) for c in COLUMNS])
        self.table.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.table)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        layout.addWidget(self.error)
        row = QHBoxLayout()
        add = QPushButton(translate("MeetingsPage", "&Add someone attending temporarily…"))
        add.clicked.connect(self.add_temporary)
        row.addWidget(add)
        row.addStretch()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(
            translate("MeetingsPage", "&Save"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
            translate("CandidatesPage", "Cancel"))
        buttons.accepted.connect(self.save_and_close)
        buttons.rejected.connect(self.reject)
        row.addWidget(buttons)
        layout.addLayout(row)
        self.load()

    def load(self) -> None:
        self.entries = service.attendance_list(self.db, self.meeting_id)
        self.table.setRowCount(len(self.entries))
        for row, entry in enumerate(self.entries):
            person = entry.attendee
            for column, text in enumerate((entry.name, shown(MEMBERSHIP, person.membership),
                                           shown(STANDING, person.standing))):
                self.table.setItem(row, column, QTableWidgetItem(text))
            presence = presence_choices(person.standing)
            presence.setCurrentIndex(max(0, presence.findData(person.presence.value)))
            self.table.setCellWidget(row, 3, presence)
            self.table.setCellWidget(row, 4, QLineEdit(person.reason))
        self.table.resizeColumnsToContents()

    def mark(self, row: int, presence: Presence, reason: str = "") -> None:
        """Set a row as a user would (for keyboard users and tests)."""
        combo = self.table.cellWidget(row, 3)
        combo.setCurrentIndex(combo.findData(presence.value))
        self.table.cellWidget(row, 4).setText(reason)

    def marks(self) -> list[tuple[AttendanceEntry, Presence, str]]:
        return [(entry, Presence(self.table.cellWidget(row, 3).currentData()),
                 self.table.cellWidget(row, 4).text().strip())
                for row, entry in enumerate(self.entries)]

    def save(self) -> None:
        changed = [(e, p, r) for e, p, r in self.marks()
                   if (p, r) != (e.attendee.presence, e.attendee.reason)]
        for entry, presence, reason in changed:   # every mark checked before any is saved
            Attendee(entry.name, entry.attendee.membership, presence, entry.attendee.standing,
                     reason)
        by_member = {e.member_id: (p, r) for e, p, r in changed if e.member_id}
        if by_member:
            service.mark_attendance_sheet(self.db, self.meeting_id, by_member)
        for entry, presence, reason in changed:
            if not entry.member_id:
                service.mark_attendance(self.db, self.meeting_id, presence,
                                        attendee_id=entry.id, reason=reason)

    def save_and_close(self) -> None:
        try:
            self.save()
        except PartyDeskError as error:
            self.error.setText(render(error.message))
            return
        self.accept()

    def add_temporary(self) -> None:
        try:
            self.save()   # keep what was marked so far: the list is reloaded after
        except PartyDeskError as error:
            self.error.setText(render(error.message))
            return
        dialog = FormDialog(translate("MeetingsPage", "Attending temporarily"), self)
        name = QLineEdit()
        name.setObjectName("name")
        membership = QComboBox()
        for value in Membership:
            membership.addItem(shown(MEMBERSHIP, value), value.value)
        dialog.form.addRow(translate("MeetingsPage", "&Full name:"), name)
        dialog.form.addRow(translate("MeetingsPage", "&Member:"), membership)
        dialog.finish()
        if run_form(dialog, lambda: service.add_temporary_attendee(
                self.db, self.meeting_id, name.text(), Membership(membership.currentData()))):
            self.load()
