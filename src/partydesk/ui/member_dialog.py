"""One member: the record, the timeline with the actions valid today, the change history."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from partydesk.domain.audit import AuditEntry
from partydesk.domain.discipline import (
    DECIDING_BODY_NAMES,
    DEFERRAL_NAMES,
    DecidingBody,
    decision_of,
)
from partydesk.domain.errors import PartyDeskError
from partydesk.domain.events import DisciplineLevel, EventKind, MemberEvent
from partydesk.domain.member import MemberRecord
from partydesk.domain.member_labels import SEX_LABELS
from partydesk.services.members import lifecycle
from partydesk.services.members.register import update_member
from partydesk.services.shared.register import Database
from partydesk.ui.dates import DateField
from partydesk.ui.event_form import EventForm
from partydesk.ui.event_names import DISCIPLINE_NAMES, EVENT_NAMES, STATUS_NAMES, shown
from partydesk.ui.member_form import FIELD_LABELS, MemberForm, field_label
from partydesk.ui.translation import render

translate = QCoreApplication.translate


def dmy(day: date | None) -> str:
    return day.strftime("%d/%m/%Y") if day else ""


def event_detail(event: MemberEvent) -> str:
    if event.kind is EventKind.DISCIPLINE and "reason" in event.details:
        return discipline_detail(event)
    return ", ".join(f"{value}" for value in event.details.values())


def discipline_detail(event: MemberEvent) -> str:
    """Level, reason, and the decision (number, date, who decided)."""
    decision = decision_of(event)
    level = shown(DISCIPLINE_NAMES, DisciplineLevel(decision.level))
    body = DECIDING_BODY_NAMES.get(DecidingBody(decision.deciding_body)) \
        if decision.deciding_body in set(DecidingBody) else None
    return translate("MemberDialog", "{level}: {reason} (decision {number} of {day}, {body})"
                     ).format(level=level, reason=decision.reason,
                              number=decision.decision_number, day=dmy(decision.decided_on),
                              body=translate(body.context, body.text) if body else "")


def when(stamp: str) -> str:
    """An audit time (ISO, UTC) in local time, day first."""
    try:
        return datetime.fromisoformat(stamp).astimezone().strftime("%d/%m/%Y %H:%M")
    except ValueError:
        return stamp


def shown_value(value: str | None) -> str:
    """An audited value; ISO dates day first."""
    if value and len(value) == 10 and value[4] == value[7] == "-":
        try:
            return dmy(date.fromisoformat(value))
        except ValueError:
            pass
    return value or ""


def change_action(entry: AuditEntry) -> str:
    """What an audit row records, as the user reads it."""
    if entry.action.startswith("event:"):
        try:
            return shown(EVENT_NAMES, EventKind(entry.action.removeprefix("event:")))
        except ValueError:
            return entry.action
    names = {"created": translate("MemberDialog", "Member added"),
             "record edited": translate("MemberDialog", "Record edited")}
    return names.get(entry.action, entry.action)


def change_field(entry: AuditEntry) -> str:
    names = {"event_date": translate("MemberDialog", "Date"),
             "status": translate("MemberDialog", "Status"),
             "admitted_on": translate("MemberDialog", "Admitted (decision)"),
             "ceremony_on": translate("MemberDialog", "Admission ceremony"),
             "official_on": translate("MemberDialog", "Official since")}
    return names.get(entry.field) or (field_label(entry.field) if entry.field else "")


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
        # One button with the events allowed for this member today (a row of buttons
        # outgrew a small screen); keyboard: Alt+the button's letter, then arrows.
        self.record_button = QPushButton(translate("MemberDialog", "Record an e&vent…"))
        self.actions_menu = QMenu(self.record_button)
        self.record_button.setMenu(self.actions_menu)
        self.audit = QTableWidget(0, 5)
        self._build_tabs()
        self.refresh()

    def _build_tabs(self) -> None:
        record = QVBoxLayout(self.record_tab)
        columns = QHBoxLayout()
        self.record_forms = (QFormLayout(), QFormLayout())
        for form in self.record_forms:
            columns.addLayout(form, 1)
        record.addLayout(columns)
        record.addStretch()
        edit_row = QHBoxLayout()
        self.edit_button = QPushButton(translate("MemberDialog", "&Edit…"))
        self.edit_button.clicked.connect(self.edit_record)
        edit_row.addWidget(self.edit_button)
        edit_row.addStretch()
        record.addLayout(edit_row)
        timeline = QVBoxLayout(self.timeline_tab)
        self.events.setHorizontalHeaderLabels([
            translate("MemberDialog", "Date"), translate("MemberDialog", "Event"),
            translate("MemberDialog", "Details")])
        timeline.addWidget(self.events)
        row = QHBoxLayout()
        row.addWidget(self.record_button)
        row.addStretch()
        timeline.addLayout(row)
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
        lifecycle_rows = [
            (translate("MemberDialog", "Admitted (decision):"), dmy(record.admitted_on)),
            (translate("MemberDialog", "Admission ceremony:"), dmy(record.ceremony_on)),
            (translate("MemberDialog", "Official since:"), dmy(record.official_on)),
        ]
        rows = []
        for name in FIELD_LABELS:
            value = getattr(record, name)
            if name == "sex":
                value = translate(SEX_LABELS[value].context, SEX_LABELS[value].text)
            elif name == "birth_date":
                value = dmy(value)
            rows.append((translate("MemberForm", FIELD_LABELS[name]).replace("&", ""), value))
        half = (len(rows) + len(lifecycle_rows) + 1) // 2
        parts = (rows[:half], rows[half:] + lifecycle_rows)
        for form, part in zip(self.record_forms, parts, strict=True):
            while form.rowCount():
                form.removeRow(0)
            for label, value in part:
                shown_value = QLabel(value)
                shown_value.setWordWrap(True)
                form.addRow(label, shown_value)

    def edit_record(self) -> bool:
        """Edit the record fields until saved or cancelled (lifecycle dates change only
        through events)."""
        form = MemberForm(self.today, lifecycle.member_record(self.db, self.member_id), self)
        while form.exec() == QDialog.DialogCode.Accepted:
            if self.save_record(form):
                return True
        return False

    def save_record(self, form: MemberForm) -> bool:
        try:
            update_member(self.db, form.record())
        except PartyDeskError as error:
            form.show_refusal(render(error.message))
            return False
        self.refresh()
        return True

    def _fill_events(self, events: list[MemberEvent]) -> None:
        self.events.setRowCount(len(events))
        for row, event in enumerate(events):
            for column, text in enumerate((dmy(event.on), shown(EVENT_NAMES, event.kind),
                                           event_detail(event))):
                self.events.setItem(row, column, QTableWidgetItem(text))
        self.events.resizeColumnsToContents()     # event names whole, not "Quyết địn…"

    def _fill_actions(self, actions: list[EventKind]) -> None:
        """Only the events the rules allow for this member now."""
        self.actions_menu.clear()
        for kind in actions:
            action = self.actions_menu.addAction(shown(EVENT_NAMES, kind))
            action.setData(kind.value)
            action.triggered.connect(lambda _=False, k=kind: self.record(k))
        if EventKind.DISCIPLINE in actions:
            self.actions_menu.addSeparator()
            defer = self.actions_menu.addAction(
                translate("MemberDialog", "Defer a discipline case…"))
            defer.triggered.connect(self.defer_discipline)
        self.record_button.setEnabled(bool(actions))

    def defer_discipline(self) -> bool:
        """Pregnancy, nursing a child under 12 months, hospital: the case waits."""
        from partydesk.services.members.discipline import defer_discipline
        from partydesk.ui.forms import FormDialog, run_form

        dialog = FormDialog(translate("MemberDialog", "Defer a discipline case"), self)
        case, since, until, note = QComboBox(), DateField(), DateField(), QLineEdit()
        for key, name in DEFERRAL_NAMES.items():
            case.addItem(translate(name.context, name.text), key)
        dialog.form.addRow(translate("MemberDialog", "&Because of:"), case)
        dialog.form.addRow(translate("MemberDialog", "&From:"), since)
        dialog.form.addRow(translate("MemberDialog", "&Until:"), until)
        dialog.form.addRow(translate("MemberDialog", "&Note:"), note)
        dialog.finish()
        return run_form(dialog, lambda: defer_discipline(
            self.db, self.member_id, case.currentData(), since.value(), until.value(),
            note.text()))

    def allowed_events(self) -> list[EventKind]:
        return [EventKind(action.data()) for action in self.actions_menu.actions()
                if action.data()]

    def _fill_audit(self) -> None:
        entries = lifecycle.history_of_changes(self.db, self.member_id)
        self.audit.setRowCount(len(entries))
        for row, entry in enumerate(entries):
            values = (when(entry.at), change_action(entry), change_field(entry),
                      shown_value(entry.old_value), shown_value(entry.new_value))
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
