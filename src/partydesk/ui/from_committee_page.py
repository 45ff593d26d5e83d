"""On a cell: what came down from the committee (on a commune: from its province —
its receipt for the roll-ups, notices and settings; no decisions tab). Import a
downward bundle (checked first; its decisions, notices and transferred members are
shown to the secretary, and only after "Import" are the decisions applied as dated
events), the decisions received (applied, or kept with the reason), and the notices
with their PDFs."""

from __future__ import annotations

import tempfile
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from partydesk.domain.bundles import BUNDLE_SUFFIX
from partydesk.services.backups.local import before
from partydesk.services.bundles.downward_import import DownwardResult, import_downward
from partydesk.services.bundles.history import (
    committee_receipt,
    decisions_received,
    notice_attachment,
    people_named,
    received_notices,
)
from partydesk.services.setup.installation import Installation
from partydesk.services.shared.jobs import Job
from partydesk.ui.forms import FormDialog
from partydesk.ui.job_area import JobArea
from partydesk.ui.pages import button_row, heading, wrapped
from partydesk.ui.pdf_preview import PdfPreviewDialog
from partydesk.ui.screen import scrolling
from partydesk.ui.tables import day, fill_table, read_only_table
from partydesk.ui.translation import render

translate = QCoreApplication.translate


def kind_name(kind: str) -> str:
    return {
        "admission": translate("FromCommittee", "Admission"),
        "conversion": translate("FromCommittee", "Conversion to official"),
        "discipline": translate("FromCommittee", "Discipline"),
        "badge": translate("FromCommittee", "Party badge"),
        "removal": translate("FromCommittee", "Removal from the list"),
    }.get(kind, kind)


def iso_day(text: str | None) -> str:
    return date.fromisoformat(text[:10]).strftime("%d/%m/%Y") if text else ""


def describe_bundle(result: DownwardResult, names: dict[str, str] | None = None) -> str:
    """What a checked bundle brings, for the secretary to read before importing."""
    names = names or {}
    bundle = result.bundle
    header = bundle.header
    if bundle.restore:
        return translate("FromCommittee", "<p>Restore bundle number {number} from {sender}: "
                         "the whole register as the committee last received it.</p>").format(
            number=header.sequence, sender=header.sender)
    lines = [translate("FromCommittee", "<p>Bundle number {number} from {sender}, made on "
                       "{made}.</p>").format(number=header.sequence, sender=header.sender,
                                             made=day(header.created_at))]
    if bundle.new_decisions:
        lines.append(translate("FromCommittee", "<p><b>Decisions</b> (each becomes a dated "
                               "event in the member's history):</p>"))
        lines += [f"&nbsp;&nbsp;{iso_day(d['decided_on'])} · {kind_name(d['kind'])} · "
                  f"{d['number']} · <b>{names.get(d['member_id'], d['member_id'])}</b><br>"
                  for d in bundle.new_decisions]
    if bundle.new_notices:
        lines.append(translate("FromCommittee", "<p><b>Notices:</b></p>"))
        lines += [f"&nbsp;&nbsp;{n['title']}<br>" for n in bundle.new_notices]
    for t in bundle.new_transfers:
        lines.append(translate("FromCommittee", "<p>Member transferred from {cell}, waiting "
                               "to be accepted: <b>{name}</b></p>").format(
            cell=t["from_cell"], name=t["dossier"]["record"].get("full_name", "")))
    if len(lines) == 1:
        lines.append(translate("FromCommittee", "<p>Nothing new besides the receipt.</p>"))
    return "".join(lines)


class FromCommitteePage(QWidget):
    def __init__(self, installation: Installation, today: date, parent=None):
        super().__init__(parent)
        self.installation, self.today = installation, today
        self.preview: PdfPreviewDialog | None = None
        self.review: FormDialog | None = None
        self.notices: list[dict] = []
        self.on_commune = installation.organisation.is_committee
        layout = QVBoxLayout(self)
        layout.addWidget(heading(translate("FromCommittee", "From the province")
                                 if self.on_commune else
                                 translate("FromCommittee", "From the committee")))
        intro = wrapped(translate(
            "FromCommittee", "The province sends back its receipt for this commune's "
            "roll-ups, its notices and the settings it sets for the commune. Put in the USB "
            "stick and click “Import from the province…”: PartyDesk shows what the bundle "
            "brings before anything is changed.") if self.on_commune else translate(
            "FromCommittee", "The committee sends back its receipt, its decisions about "
            "this cell's members, notices and members transferred in. Put in the USB stick "
            "and click “Import from the committee…”: PartyDesk shows what the bundle "
            "brings before anything is changed."))
        layout.addWidget(intro)
        self.receipt = wrapped("")       # a commune: what the province holds of its roll-ups
        layout.addWidget(self.receipt)
        self.import_button = QPushButton(
            translate("FromCommittee", "&Import from the province…") if self.on_commune
            else translate("FromCommittee", "&Import from the committee…"))
        self.import_button.clicked.connect(self.choose_file)
        layout.addLayout(button_row(self.import_button))
        self.jobs = JobArea(self.import_button)
        self.outcome = self.jobs.outcome
        layout.addWidget(self.jobs)
        self.tabs = QTabWidget()
        layout.addWidget(self.tabs, stretch=1)
        if not self.on_commune:
            self._build_decisions()
        self._build_notices()
        self.refresh()

    def _build_decisions(self) -> None:
        self.decisions = read_only_table([
            translate("FromCommittee", "Decided on"), translate("FromCommittee", "Decision"),
            translate("FromCommittee", "Number"), translate("FromCommittee", "Member"),
            translate("FromCommittee", "Received"), translate("FromCommittee", "Applied")])
        self.tabs.addTab(self.decisions, translate("FromCommittee", "&Decisions"))

    def _build_notices(self) -> None:
        box = QWidget()
        layout = QVBoxLayout(box)
        self.notice_table = read_only_table([
            translate("FromCommittee", "Date"), translate("FromCommittee", "Title"),
            translate("FromCommittee", "Document")])
        self.notice_table.itemSelectionChanged.connect(self.show_notice)
        self.open_pdf = QPushButton(translate("FromCommittee", "&Open or print the document…"))
        self.open_pdf.clicked.connect(self.open_attachment)
        layout.addWidget(self.open_pdf, alignment=Qt.AlignmentFlag.AlignLeft)
        self.notice_text = QLabel()
        self.notice_text.setWordWrap(True)
        self.notice_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.notice_text)
        layout.addWidget(self.notice_table, stretch=1)
        self.tabs.addTab(box, translate("FromCommittee", "&Notices"))

    def showEvent(self, shown) -> None:
        super().showEvent(shown)
        self.refresh()

    def refresh(self) -> None:
        db = self.installation.db
        if not self.on_commune:
            self._fill_decisions(db)
        receipt = committee_receipt(db) if self.on_commune else None
        self.receipt.setVisible(receipt is not None)
        if receipt is not None:
            self.receipt.setText(translate(
                "FromCommittee", "The province has received roll-up number {number} of "
                "{date}; everything up to it is safe there.").format(
                    number=receipt["sequence"], date=day(receipt["created_at"])))
        self.notices = list(reversed(received_notices(db)))
        fill_table(self.notice_table, [
            [day(n["created_at"]), n["title"], n["attachment_name"] or ""]
            for n in self.notices])
        self.show_notice()

    def _fill_decisions(self, db) -> None:
        fill_table(self.decisions, [
            [iso_day(d["decided_on"]), kind_name(d["kind"]), d["number"],
             d["full_name"] or d["member_id"], day(d["received_at"]),
             translate("FromCommittee", "Yes") if d["applied"] else
             translate("FromCommittee", "No: {reason}").format(reason=d["refusal"] or "")]
            for d in decisions_received(db)])

    def chosen_notice(self) -> dict | None:
        rows = {i.row() for i in self.notice_table.selectedItems()}
        return self.notices[min(rows)] if rows else None

    def show_notice(self) -> None:
        notice = self.chosen_notice()
        self.notice_text.setText(notice["text"] if notice else "")
        self.open_pdf.setEnabled(bool(notice and notice["attachment_name"]))

    def open_attachment(self) -> None:
        notice = self.chosen_notice()
        found = notice_attachment(self.installation.db, notice["id"]) if notice else None
        if found is None:
            return
        name, data = found
        path = Path(tempfile.mkdtemp(prefix="partydesk-notice-")) / Path(name).name
        path.write_bytes(data)
        self.preview = PdfPreviewDialog(path, notice["title"], self, remove_when_closed=True)
        self.preview.show()

    def choose_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, translate("FromCommittee", "Choose the bundle from the committee"), "",
            translate("FromCommittee", "PartyDesk bundles (*{suffix});;All files (*)").format(
                suffix=BUNDLE_SUFFIX))
        if name:
            self.check(Path(name))

    def _run(self, text: str, path: Path, dry_run: bool, done) -> None:
        inst = self.installation
        job = Job.on_register(inst.db, lambda db, _progress: import_downward(
            db, inst.organisation, inst.paths.keys_dir, path, self.today, dry_run=dry_run,
            describe=lambda exc: render(getattr(exc, "message", str(exc))),
            before_apply=lambda: before(db, inst.paths.backups_dir, "import")))
        self.jobs.run(job, text, done)

    def check(self, path: Path) -> None:
        """Verify the bundle and show the secretary what it brings; nothing is written."""
        self.outcome.clear()
        self._run(translate("FromCommittee", "Checking the bundle…"), path, True,
                  lambda result: self._checked(path, result))

    def _checked(self, path: Path, result: DownwardResult) -> None:
        if result.bundle.duplicate:
            self.outcome.setText(translate(
                "FromCommittee", "Bundle number {number} was already imported; nothing "
                "changed.").format(number=result.bundle.header.sequence))
            return
        self.review = FormDialog(translate("FromCommittee", "Check before importing"), self)
        ids = [d["member_id"] for d in result.bundle.new_decisions]
        shown = QLabel(describe_bundle(result, people_named(self.installation.db, ids)))
        shown.setWordWrap(True)
        shown.setTextFormat(Qt.TextFormat.RichText)
        shown.setMinimumWidth(560)
        self.review.form.addRow(scrolling(shown))    # a long list scrolls; OK stays in view
        self.review.finish()
        if self.review.exec() == QDialog.DialogCode.Accepted:
            self._run(translate("FromCommittee", "Importing…"), path, False, self._applied)
        else:
            self.outcome.setText(translate("FromCommittee", "Nothing was imported."))

    def _applied(self, result: DownwardResult) -> None:
        refused = len(result.refused)
        self.outcome.setText(translate(
            "FromCommittee", "Imported bundle number {number}: {applied} decisions applied, "
            "{refused} kept with the reason, {notices} notices, {transfers} members "
            "transferred in waiting.").format(
            number=result.bundle.header.sequence,
            applied=len(result.bundle.new_decisions) - refused, refused=refused,
            notices=len(result.bundle.new_notices),
            transfers=len(result.bundle.new_transfers)))
        self.refresh()
