"""One member: the record, the timeline with the actions valid today, the change history."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from partydesk.domain.errors import PartyDeskError
from partydesk.domain.events import EventKind, MemberEvent
from partydesk.domain.member import MemberRecord
from partydesk.services import member_lifecycle as lifecycle
from partydesk.storage.database import Database
from partydesk.ui.event_form import EventForm
from partydesk.ui.event_names import EVENT_NAMES, STATUS_NAMES, shown
from partydesk.ui.translation import render

translate = QCoreApplication.translate


def dmy(day: date | None) -> str:
    return day.strftime("%d/%m/%Y") if day else ""


def event_detail(event: MemberEvent) -> str:
    return ", ".join(f"{value}" for value in event.details.values())


class MemberDialog(QDialog):
    def __init__(self, db: Database, member_id: str, today: date, parent=None):
        super().__init__(parent)
        self.db, self.member_id, self.today = db, member_id, today
        self.resize(860, 600)
        layout = QVBoxLayout(self)
        self.heading = QLabel()
        layout.addWidget(self.heading)
        self.tabs = QTabWidget()
        self.record_tab, self.timeline_tab, self.audit_tab = QWidget(), QWidget(), QWidget()
        self.tabs.addTab(self.record_tab, translate("MemberDialog", "&Record"))
        self.tabs.addTab(self.timeline_tab, translate("MemberDialog", "&Timeline"))
        self.tabs.addTab(self.audit_tab, translate("MemberDialog", "&Changes"))
        layout.addWidget(self.tabs)
        self.events = QTableWidget(0, 3)
        self.actions = QHBoxLayout()
        self.audit = QTableWidget(0, 5)
        self._build_tabs()
        self.refresh()

    def _build_tabs(self) -> None:
        QFormLayout(self.record_tab)
        timeline = QVBoxLayout(self.timeline_tab)
        self.events.setHorizontalHeaderLabels([
            translate("MemberDialog", "Date"), translate("MemberDialog", "Event"),
            translate("MemberDialog", "Details")])
        timeline.addWidget(self.events)
        timeline.addWidget(QLabel(translate("MemberDialog", "Record for this member today:")))
        timeline.addLayout(self.actions)
        self.audit.setHorizontalHeaderLabels([
            translate("MemberDialog", "When"), translate("MemberDialog", "What"),
            translate("MemberDialog", "Field"), translate("MemberDialog", "Before"),
            translate("MemberDialog", "After")])
        QVBoxLayout(self.audit_tab).addWidget(self.audit)
        for table in (self.events, self.audit):
            table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
            table.horizontalHeader().setStretchLastSection(True)

    def refresh(self) -> None:
        record = lifecycle.member_record(self.db, self.member_id)
        line = lifecycle.timeline(self.db, self.member_id, self.today)
        self.setWindowTitle(record.full_name)
        age = ""
        if line.state is not None:
            age = translate("MemberDialog", "party age {years} years {months} months").format(
                years=line.state.party_age.years, months=line.state.party_age.months)
        self.heading.setText(f"<h2>{record.full_name}</h2>"
                             f"{shown(STATUS_NAMES, record.status)} · {age}")
        self._fill_record(record)
        self._fill_events(line.events)
        self._fill_actions(line.actions)
        self._fill_audit()

    def _fill_record(self, record: MemberRecord) -> None:
        form: QFormLayout = self.record_tab.layout()
        while form.rowCount():
            form.removeRow(0)
        rows = [
            (translate("MemberDialog", "Full name:"), record.full_name),
            (translate("MemberDialog", "Date of birth:"), dmy(record.birth_date)),
            (translate("MemberDialog", "Ethnicity:"), record.ethnicity),
            (translate("MemberDialog", "Religion:"), record.religion),
            (translate("MemberDialog", "Home town:"), record.home_town),
            (translate("MemberDialog", "Residence:"), record.residence),
            (translate("MemberDialog", "Education:"), record.education),
            (translate("MemberDialog", "Political theory:"), record.theory_level),
            (translate("MemberDialog", "Occupation:"), record.occupation_now),
            (translate("MemberDialog", "Admitted (decision):"), dmy(record.admitted_on)),
            (translate("MemberDialog", "Official since:"), dmy(record.official_on)),
            (translate("MemberDialog", "Party card number:"), record.card_number),
        ]
        for label, value in rows:
            form.addRow(label, QLabel(value))

    def _fill_events(self, events: list[MemberEvent]) -> None:
        self.events.setRowCount(len(events))
        for row, event in enumerate(events):
            for column, text in enumerate((dmy(event.on), shown(EVENT_NAMES, event.kind),
                                           event_detail(event))):
                self.events.setItem(row, column, QTableWidgetItem(text))

    def _fill_actions(self, actions: list[EventKind]) -> None:
        while self.actions.count():
            self.actions.takeAt(0).widget().deleteLater()
        for kind in actions:
            button = QPushButton(shown(EVENT_NAMES, kind))
            button.clicked.connect(lambda _=False, k=kind: self.record(k))
            self.actions.addWidget(button)

    def _fill_audit(self) -> None:
        entries = lifecycle.history_of_changes(self.db, self.member_id)
        self.audit.setRowCount(len(entries))
        for row, entry in enumerate(entries):
            values = (entry.at.replace("T", " ")[:16], entry.action, entry.field,
                      entry.old_value or "", entry.new_value or "")
            for column, text in enumerate(values):
                self.audit.setItem(row, column, QTableWidgetItem(text))

    def record(self, kind: EventKind) -> bool:
        """Ask for the event's details until it is saved or the user cancels."""
        form = EventForm(kind, self.today, self)
        while form.exec() == QDialog.DialogCode.Accepted:
            if self.submit(form):
                return True
        return False

    def submit(self, form: EventForm) -> bool:
        """Save the form's event; a refusal is shown in the form and nothing is saved."""
        try:
            lifecycle.record_event(self.db, self.member_id, form.member_event(), self.today)
        except PartyDeskError as error:
            form.error.setText(render(error.message))
            return False
        self.refresh()
        return True
