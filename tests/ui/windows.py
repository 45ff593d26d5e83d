"""Every window of the app, for the tests that walk them all (geometry at 1024×768,
mnemonics, Vietnamese everywhere, screenshots).

``main_window_pages`` opens every section the main window has, whoever added it, so pages
added by other work (dues, grading, reports) are walked too. ``DIALOGS`` builds each
dialog; ``test_desk.py`` fails when a QDialog subclass under ``partydesk.ui`` has no
entry here, so a new dialog is walked as soon as it exists.
"""

from __future__ import annotations

import importlib
import pkgutil
from dataclasses import dataclass
from datetime import date, time
from pathlib import Path

from PySide6.QtGui import QPageSize, QPainter, QPdfWriter
from PySide6.QtWidgets import QDialog, QWidget

import partydesk.ui
from partydesk.domain.events import EventKind
from partydesk.domain.meetings import MeetingKind
from partydesk.services.meetings import drafts
from partydesk.services.meetings.minutes import minutes_view
from partydesk.storage.members.search import search_page

TODAY = date.today()


@dataclass
class World:
    """What the dialogs need: a cell with members and a draft meeting, a committee."""

    cell: object
    committee: object
    folder: Path

    def member_id(self) -> str:
        return search_page(self.cell.db)[0]["id"]

    def draft_meeting(self) -> str:
        if not hasattr(self, "_meeting"):
            details = drafts.MeetingDetails(MeetingKind.MONTHLY_REGULAR, TODAY, time(14, 0),
                                            time(16, 0), place="Nhà văn hóa thôn")
            self._meeting = drafts.create_meeting(self.cell.db, details).id
        return self._meeting

    def pdf(self) -> Path:
        path = self.folder / "preview.pdf"
        if not path.exists():
            writer = QPdfWriter(str(path))
            writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
            painter = QPainter(writer)
            painter.drawText(200, 400, "Biên bản sinh hoạt chi bộ")
            painter.end()
        return path


def main_window_pages(window) -> list[tuple[str, QWidget]]:
    """Open every section of the main window (each page is built when first shown)."""
    pages = []
    for row, section in enumerate(window.sections):
        window.navigation.setCurrentRow(row)
        pages.append((section.key, window.stack.currentWidget()))
    return pages


def _member_dialog(w: World):
    from partydesk.ui.member_dialog import MemberDialog
    return MemberDialog(w.cell.db, w.member_id(), TODAY)


def _member_form(w: World):
    from partydesk.ui.member_form import MemberForm
    return MemberForm(TODAY)


def _event_form(w: World):
    from partydesk.ui.event_form import EventForm
    return EventForm(EventKind.DISCIPLINE, TODAY)


def _new_candidate(w: World):
    from partydesk.ui.candidates_page import NewCandidateDialog
    return NewCandidateDialog(TODAY)


def _sponsors(w: World):
    from partydesk.services.members import candidates
    from partydesk.ui.candidates_page import SponsorsDialog
    return SponsorsDialog(candidates.sponsor_choices(w.cell.db))


def _meeting(w: World):
    from partydesk.ui.meeting_dialogs import MeetingDialog
    return MeetingDialog(w.cell.db, TODAY, secretary="Nguyễn Văn Thắng")


def _sign(w: World):
    from partydesk.ui.meeting_dialogs import SignDialog
    return SignDialog(minutes_view(w.cell.db, w.draft_meeting()))


def _amendment(w: World):
    from partydesk.ui.meeting_dialogs import AmendmentDialog
    return AmendmentDialog(TODAY, "Nguyễn Văn Thắng")


def _attendance(w: World):
    from partydesk.ui.attendance_dialog import AttendanceDialog
    return AttendanceDialog(w.cell.db, w.draft_meeting())


def _items(w: World):
    from partydesk.ui.items_dialog import ItemsDialog
    return ItemsDialog(w.cell.db, w.draft_meeting())


def _vote(w: World):
    from partydesk.ui.items_dialog import VoteDialog
    return VoteDialog(drafts.people_on(w.cell.db, TODAY))


def _form(w: World):
    from partydesk.ui.dates import DateField
    from partydesk.ui.forms import FormDialog
    dialog = FormDialog("Việc đã xong")
    dialog.form.addRow("Xong &ngày:", DateField())
    dialog.finish()
    return dialog


def _enrol(w: World):
    from partydesk.ui.enrol_dialog import EnrolDialog
    return EnrolDialog(w.committee)


def _import_review(w: World):
    from partydesk.services.bundles.importer import BatchResult
    from partydesk.ui.import_review import ImportReviewDialog
    return ImportReviewDialog(BatchResult())


def _preview(w: World):
    from partydesk.ui.pdf_preview import PdfPreviewDialog
    return PdfPreviewDialog(w.pdf(), "Biên bản")


def _crash(w: World):
    from partydesk.ui.crash import CrashDialog
    return CrashDialog("Traceback (most recent call last): …")


def _wizard(w: World):
    from partydesk.ui.setup_wizard import SetupWizard
    return SetupWizard(lambda choice: None)


def _grading(w: World):
    from partydesk.ui.grading_page import GradingDialog
    return GradingDialog([(w.member_id(), "Nguyễn Văn Thắng")], TODAY.year)


def _guide(w: World):
    from partydesk.ui.guide import GuideDialog
    return GuideDialog()


def _decision(w: World):
    from partydesk.ui.to_cells_forms import decision_dialog
    return decision_dialog(w.committee, TODAY)[0]


def _notice(w: World):
    from partydesk.ui.to_cells_forms import notice_dialog
    return notice_dialog(w.committee)[0]


def _arrival(w: World):
    from partydesk.ui.arrival_form import arrival_dialog
    return arrival_dialog(w.cell, TODAY)[0]


# name → (the class it shows, how to build it)
DIALOGS = {
    "member-record": ("MemberDialog", _member_dialog),
    "member-form": ("MemberForm", _member_form),
    "event-form": ("EventForm", _event_form),
    "new-candidate": ("NewCandidateDialog", _new_candidate),
    "sponsors": ("SponsorsDialog", _sponsors),
    "meeting": ("MeetingDialog", _meeting),
    "sign": ("SignDialog", _sign),
    "amendment": ("AmendmentDialog", _amendment),
    "attendance": ("AttendanceDialog", _attendance),
    "items": ("ItemsDialog", _items),
    "vote": ("VoteDialog", _vote),
    "form": ("FormDialog", _form),
    "enrol": ("EnrolDialog", _enrol),
    "import-review": ("ImportReviewDialog", _import_review),
    "preview": ("PdfPreviewDialog", _preview),
    "crash": ("CrashDialog", _crash),
    "wizard": ("SetupWizard", _wizard),
    "guide": ("GuideDialog", _guide),
    "grading": ("GradingDialog", _grading),
    "decision": ("FormDialog", _decision),
    "notice": ("FormDialog", _notice),
    "arrival": ("FormDialog", _arrival),
}


def dialog_classes_in_ui() -> set[str]:
    """Names of every QDialog subclass defined in a ``partydesk.ui`` module."""
    names = set()
    for info in pkgutil.walk_packages(partydesk.ui.__path__, "partydesk.ui."):
        module = importlib.import_module(info.name)
        for value in vars(module).values():
            if (isinstance(value, type) and issubclass(value, QDialog)
                    and value.__module__ == module.__name__):
                names.add(value.__name__)
    return names - {"GuardedDialog"}
