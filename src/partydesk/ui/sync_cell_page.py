"""Sync on a cell: write a bundle for the committee to a USB stick, print its cover
sheet, and see the bundles sent so far."""

from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from partydesk.domain.errors import PartyDeskError
from partydesk.services.bundles.enrolment import accept_enrolment, read_enrolment
from partydesk.services.bundles.export import ExportResult, export_bundle
from partydesk.services.bundles.history import (
    committee_receipt,
    exported_bundles,
    higher_committee,
)
from partydesk.services.setup.installation import Installation
from partydesk.services.setup.keys import fingerprint
from partydesk.services.shared.jobs import Job
from partydesk.ui.pages import heading
from partydesk.ui.pdf_preview import PdfPreviewDialog
from partydesk.ui.styles import ERROR_STYLE
from partydesk.ui.tables import day, fill_table, read_only_table
from partydesk.ui.task_panel import TaskPanel
from partydesk.ui.translation import render
from partydesk.ui.workers import start_job

translate = QCoreApplication.translate


def wrapped(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    return label


class CellSyncPage(QWidget):
    def __init__(self, installation: Installation, parent=None):
        super().__init__(parent)
        self.installation = installation
        self.result: ExportResult | None = None
        self.last_preview: PdfPreviewDialog | None = None
        layout = QVBoxLayout(self)
        layout.addWidget(heading(translate("SyncPage", "Send to the committee")))
        self.intro = wrapped()
        self.intro.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.intro)
        self.receipt = wrapped()
        layout.addWidget(self.receipt)
        buttons = QHBoxLayout()
        self.send = QPushButton(translate("SyncPage", "&Send to committee…"))
        self.send.clicked.connect(self.choose_folder)
        self.enrol = QPushButton(translate("SyncPage", "Use an &enrolment file…"))
        self.enrol.clicked.connect(self.choose_enrolment)
        buttons.addWidget(self.send)
        buttons.addWidget(self.enrol)
        buttons.addStretch()
        layout.addLayout(buttons)
        self.panel = TaskPanel()
        layout.addWidget(self.panel)
        self.error = wrapped()
        self.error.setStyleSheet(ERROR_STYLE)
        layout.addWidget(self.error)
        self.written = QGroupBox(translate("SyncPage", "Bundle written"))
        box = QVBoxLayout(self.written)
        self.written_text = wrapped()
        self.written_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.cover = QPushButton(translate("SyncPage", "Preview and print the &cover sheet…"))
        self.cover.clicked.connect(self.preview_cover)
        box.addWidget(self.written_text)
        box.addWidget(self.cover, alignment=Qt.AlignmentFlag.AlignLeft)
        self.written.hide()
        layout.addWidget(self.written)
        layout.addWidget(QLabel(translate("SyncPage", "<b>Bundles sent</b>")))
        self.history = read_only_table([
            translate("SyncPage", "Number"), translate("SyncPage", "Made on"),
            translate("SyncPage", "Members"), translate("SyncPage", "File")])
        layout.addWidget(self.history, stretch=1)
        self.refresh()

    def refresh(self) -> None:
        db = self.installation.db
        higher = higher_committee(db)
        self.send.setEnabled(higher is not None and not self.panel.running)
        self.enrol.setVisible(higher is None)
        if higher is None:
            self.intro.setText(translate(
                "SyncPage", "This cell was not set up from an enrolment file, so PartyDesk "
                "does not know the committee to send bundles to. Ask the higher committee "
                "for an enrolment file for cell {code} (they make it in PartyDesk under "
                "Cells, “Enrol a cell…”), put it on this computer, then click “Use an "
                "enrolment file…”.").format(code=self.installation.organisation.code))
        else:
            self.intro.setText(translate(
                "SyncPage", "Bundles go to {name} ({code}), signed by this cell and "
                "readable only by that committee. Put in the USB stick, click “Send to "
                "committee…” and choose the stick.").format(name=higher["name"],
                                                          code=higher["code"])
                + translate("SyncPage", "<p>This cell's key fingerprint (read it out when "
                            "the committee telephones): <b style='font-size: 16pt'>"
                            "{fingerprint}</b></p>").format(fingerprint=fingerprint(
                                bytes.fromhex(self.installation.organisation
                                              .signing_public_key))))
        receipt = committee_receipt(db)
        self.receipt.setVisible(receipt is not None)
        if receipt is not None:
            self.receipt.setText(translate(
                "SyncPage", "The committee has received bundle number {number} of {date}; "
                "everything up to it is safe there.").format(
                    number=receipt["sequence"], date=day(receipt["created_at"])))
        fill_table(self.history, [
            [str(row["sequence"]), day(row["created_at"]), str(row["member_count"]),
             row["file_name"]] for row in exported_bundles(db)])

    def choose_enrolment(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, translate("SyncPage", "Enrolment file"), "",
            translate("SyncPage", "Enrolment files (*.json)"))
        if name:
            self.use_enrolment(Path(name))

    def use_enrolment(self, path: Path) -> None:
        self.error.clear()
        try:
            accept_enrolment(self.installation.db, self.installation.organisation,
                             read_enrolment(path))
        except PartyDeskError as error:
            self.error.setText(render(error.message))
        self.refresh()

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, translate("SyncPage", "Choose the USB stick"))
        if folder:
            self.export_to(Path(folder))

    def export_to(self, folder: Path) -> None:
        inst = self.installation
        self.error.clear()
        self.written.hide()
        cancellation = self.panel.begin(translate("SyncPage", "Writing the bundle…"))
        self.send.setEnabled(False)
        job = Job.on_register(inst.db, lambda db, progress: export_bundle(
            db, inst.organisation, inst.paths.keys_dir, folder, progress))
        start_job(job, self, self._exported, self._failed, self.panel.step, cancellation)

    def _exported(self, result: ExportResult) -> None:
        self.panel.end()
        self.result = result
        self.written_text.setText(translate(
            "SyncPage", "<p>File: <b>{file}</b><br>in {folder}</p><p>Bundle number: "
            "<b>{sequence}</b> · Members: <b>{members}</b> · Key fingerprint: {fingerprint}"
            "</p><p>Take the stick and the printed cover sheet to the committee.</p>").format(
            file=result.path.name, folder=result.path.parent.absolute(), sequence=result.sequence,
            members=result.member_count, fingerprint=result.fingerprint)
            + (translate("SyncPage", "<p><b>The one-time enrolment secret has been sent and "
                         "erased from this computer. Delete the enrolment file from the USB "
                         "stick.</b></p>") if result.secret_erased else ""))
        self.written.show()
        self.refresh()

    def _failed(self, error: Exception) -> None:
        self.panel.end()
        self.cover.setEnabled(True)
        self.refresh()
        if not isinstance(error, PartyDeskError):
            raise error
        self.error.setText(render(error.message))

    def preview_cover(self) -> None:
        from partydesk.services.bundles.cover import write_cover_sheet

        result = self.result
        out = Path(tempfile.mkdtemp(prefix="partydesk-cover-")) / "to-bia.pdf"
        self.cover.setEnabled(False)
        start_job(Job.without_register(lambda _progress: write_cover_sheet(result, out)),
                  self, self._show_cover, self._failed)

    def _show_cover(self, path: Path) -> None:
        self.cover.setEnabled(True)
        self.last_preview = PdfPreviewDialog(
            path, translate("SyncPage", "Cover sheet"), self, remove_when_closed=True)
        self.last_preview.show()
