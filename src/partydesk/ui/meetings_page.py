"""Cell meetings: the list, a draft's details, attendance, items and votes, signing,
amendments, and the printed minutes, notice and sign-in sheet."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from partydesk.domain.meetings import MinutesStatus, kind_label, status_label
from partydesk.services.meetings import drafts as service
from partydesk.services.meetings.minutes import MinutesView, finalise_meeting, minutes_view
from partydesk.services.printing import documents
from partydesk.services.setup.installation import Installation
from partydesk.services.shared.jobs import Job
from partydesk.ui import signer_prompt
from partydesk.ui.attendance_dialog import AttendanceDialog
from partydesk.ui.document_preview import BackgroundPreview
from partydesk.ui.flow import FlowLayout
from partydesk.ui.forms import run_form
from partydesk.ui.items_dialog import ItemsDialog
from partydesk.ui.meeting_dialogs import AmendmentDialog, MeetingDialog, SignDialog
from partydesk.ui.member_dialog import dmy
from partydesk.ui.pages import heading
from partydesk.ui.translation import render

translate = QCoreApplication.translate
COLUMNS = (QT_TRANSLATE_NOOP("MeetingsPage", "Date"), QT_TRANSLATE_NOOP("MeetingsPage", "Kind"),
           QT_TRANSLATE_NOOP("MeetingsPage", "Minutes"),
           QT_TRANSLATE_NOOP("MeetingsPage", "Present"),
           QT_TRANSLATE_NOOP("MeetingsPage", "Place"))
PRINTS = {  # what → (print function, file name, title)
    "minutes": (documents.print_minutes, "bien-ban.pdf",
                QT_TRANSLATE_NOOP("MeetingsPage", "Minutes")),
    "notice": (documents.print_notice, "thong-bao.pdf",
               QT_TRANSLATE_NOOP("MeetingsPage", "Meeting notice")),
    "signin": (documents.print_signin_sheet, "danh-sach-du-hop.pdf",
               QT_TRANSLATE_NOOP("MeetingsPage", "Sign-in sheet")),
}


class MeetingsPage(QWidget):
    def __init__(self, installation: Installation, today: date, parent=None):
        super().__init__(parent)
        self.installation, self.db, self.today = installation, installation.db, today
        self.meetings: list[service.MeetingSummary] = []
        layout = QVBoxLayout(self)
        layout.addWidget(heading(translate("MeetingsPage", "Cell meetings")))
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels([translate("MeetingsPage", c) for c in COLUMNS])
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self.selection_changed)
        layout.addWidget(self.table, stretch=1)
        self.info = QLabel()
        self.info.setWordWrap(True)
        layout.addWidget(self.info)
        self.buttons: dict[str, QPushButton] = {}
        layout.addLayout(self._row((
            ("new", translate("MeetingsPage", "&New meeting…"), self.new_meeting),
            ("details", translate("MeetingsPage", "&Details…"), self.edit_details),
            ("attendance", translate("MeetingsPage", "&Attendance…"), self.edit_attendance),
            ("items", translate("MeetingsPage", "&Items and votes…"), self.edit_items),
            ("sign", translate("MeetingsPage", "&Read back and sign…"), self.sign),
            ("amend", translate("MeetingsPage", "A&mendment…"), self.amend))))
        layout.addLayout(self._row((
            ("minutes", translate("MeetingsPage", "Preview mi&nutes"),
             lambda: self.preview("minutes")),
            ("notice", translate("MeetingsPage", "Preview no&tice"),
             lambda: self.preview("notice")),
            ("signin", translate("MeetingsPage", "Preview si&gn-in sheet"),
             lambda: self.preview("signin")))))
        self.previews = BackgroundPreview(self, [self.buttons[k] for k in PRINTS])
        layout.addWidget(self.previews.busy)
        layout.addWidget(self.previews.status)
        self.refresh()

    def _row(self, buttons) -> FlowLayout:
        """The buttons on as many lines as the window's width needs."""
        row = FlowLayout()
        for key, text, slot in buttons:
            button = self.buttons[key] = QPushButton(text)
            button.clicked.connect(slot)
            row.addWidget(button)
        return row

    def refresh(self, select: str | None = None) -> None:
        select = select or self.selected_id()
        self.meetings = service.list_meetings(self.db)
        self.table.setRowCount(len(self.meetings))
        for row, m in enumerate(self.meetings):
            values = (dmy(m.held_on), render(kind_label(m.kind)), render(status_label(m.status)),
                      f"{m.present}/{m.attendees}", m.place)
            for column, text in enumerate(values):
                item = QTableWidgetItem(text)
                if m.status is MinutesStatus.DRAFT:   # what is still to be done stands out
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                self.table.setItem(row, column, item)
        ids = [m.id for m in self.meetings]
        self.table.selectRow(ids.index(select) if select in ids else 0)
        self.selection_changed()

    def selected(self) -> service.MeetingSummary | None:
        row = self.table.currentRow()
        return self.meetings[row] if 0 <= row < len(self.meetings) else None

    def selected_id(self) -> str | None:
        meeting = self.selected()
        return meeting.id if meeting else None

    def select(self, meeting_id: str) -> None:
        self.table.selectRow([m.id for m in self.meetings].index(meeting_id))

    def selection_changed(self) -> None:
        meeting = self.selected()
        draft = meeting is not None and meeting.status is MinutesStatus.DRAFT
        for key in ("details", "attendance", "items", "sign"):
            self.buttons[key].setEnabled(draft)
        self.buttons["amend"].setEnabled(meeting is not None and not draft)
        for key in PRINTS:
            self.buttons[key].setEnabled(meeting is not None)
        self.info.setText(self.describe(minutes_view(self.db, meeting.id)) if meeting else "")

    def describe(self, view: MinutesView) -> str:
        if view.number:
            text = translate("MeetingsPage", "Minutes {number}, signed on {day}.").format(
                number=view.number, day=dmy(view.finalised_on))
        else:
            text = translate("MeetingsPage", "Draft: not yet read back and signed.")
        if view.amendments:
            text += " " + translate("MeetingsPage", "Amendments: {count}.").format(
                count=len(view.amendments))
        if view.duration_warning:
            text += " ⚠ " + render(view.duration_warning)
        return text

    def new_meeting(self, dialog: MeetingDialog | None = None) -> None:
        dialog = dialog or MeetingDialog(self.db, self.today,
                                         secretary=self.installation.organisation.secretary,
                                         parent=self)
        saved = []
        if run_form(dialog, lambda: saved.append(service.create_meeting(self.db,
                                                                        dialog.details()))):
            self.refresh(saved[0].id)

    def edit_details(self, dialog: MeetingDialog | None = None) -> None:
        meeting_id = self.selected_id()
        if meeting_id:
            dialog = dialog or MeetingDialog(self.db, self.today,
                                             minutes_view(self.db, meeting_id), parent=self)
            if run_form(dialog, lambda: service.update_meeting(self.db, meeting_id,
                                                               dialog.details())):
                self.refresh()

    def edit_attendance(self, dialog: AttendanceDialog | None = None) -> None:
        meeting_id = self.selected_id()
        if meeting_id:
            (dialog or AttendanceDialog(self.db, meeting_id, self)).exec()
            self.refresh()

    def edit_items(self, dialog: ItemsDialog | None = None) -> None:
        meeting_id = self.selected_id()
        if meeting_id:
            (dialog or ItemsDialog(self.db, meeting_id, self)).exec()
            self.refresh()

    def sign(self, dialog: SignDialog | None = None) -> None:
        meeting_id = self.selected_id()
        if meeting_id:
            dialog = dialog or SignDialog(minutes_view(self.db, meeting_id), self)
            if run_form(dialog, lambda: finalise_meeting(self.db, meeting_id,
                                                         dialog.signed_on())):
                self.refresh()

    def amend(self, dialog: AmendmentDialog | None = None) -> None:
        meeting_id = self.selected_id()
        if meeting_id:
            dialog = dialog or AmendmentDialog(self.today,
                                               self.installation.organisation.secretary, self)
            if run_form(dialog, lambda: service.add_amendment(self.db, meeting_id,
                                                              dialog.amendment())):
                self.refresh()

    def preview(self, what: str) -> None:
        meeting_id = self.selected_id()
        if meeting_id is None:
            return
        printer, filename, title = PRINTS[what]
        organisation = self.installation.organisation
        options = {}
        if what == "notice":  # signed by the secretary: ask for a name if none is recorded
            signer = signer_prompt.signer_for(self, organisation)
            if signer is None:
                return
            options["signer"] = signer
        self.previews.start(lambda out: Job.on_register(self.db, lambda db, _progress: printer(
                                db, organisation, meeting_id, out, **options)),
                            filename, translate("MeetingsPage", title))
