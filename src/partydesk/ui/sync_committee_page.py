"""Sync on a committee: import the cells' bundles from a USB stick (check first, show
what will change, then apply all in one transaction) and see the log of imports."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QFileDialog, QLabel, QPushButton, QVBoxLayout, QWidget

from partydesk.domain.bundles import BUNDLE_SUFFIX
from partydesk.services.backups.local import before
from partydesk.services.bundles.history import imported_bundles
from partydesk.services.bundles.importer import BatchResult, import_bundles
from partydesk.services.setup.installation import Installation
from partydesk.services.shared.jobs import Job
from partydesk.ui.import_review import (
    REFUSED_STYLE,
    ImportReviewDialog,
    not_imported_lines,
    paths_to_apply,
)
from partydesk.ui.job_area import JobArea, outcome_label
from partydesk.ui.pages import button_row, heading, wrapped
from partydesk.ui.tables import day, fill_table, read_only_table

translate = QCoreApplication.translate


class CommitteeSyncPage(QWidget):
    imported = Signal()          # bundles were applied: the cells have changed

    def __init__(self, installation: Installation, parent=None):
        super().__init__(parent)
        self.installation = installation
        self.review: ImportReviewDialog | None = None
        layout = QVBoxLayout(self)
        layout.addWidget(heading(translate("SyncPage", "Bundles from the cells")))
        intro = wrapped(translate(
            "SyncPage", "Put in the USB stick and click “Import bundles…”; you can choose "
            "several files at once. PartyDesk checks every file first and shows what will "
            "change before anything is imported."))
        layout.addWidget(intro)
        self.import_button = QPushButton(translate("SyncPage", "&Import bundles…"))
        self.import_button.clicked.connect(self.choose_files)
        layout.addLayout(button_row(self.import_button))
        self.refusals = outcome_label()
        self.refusals.setStyleSheet(REFUSED_STYLE)
        self.jobs = JobArea(self.import_button, errors=self.refusals)
        self.panel, self.outcome = self.jobs.panel, self.jobs.outcome
        layout.addWidget(self.jobs)
        layout.addWidget(self.refusals)
        layout.addWidget(QLabel(translate("SyncPage", "<b>Bundles imported</b>")))
        self.log = read_only_table([
            translate("SyncPage", "Cell"), translate("SyncPage", "Number"),
            translate("SyncPage", "Made on"), translate("SyncPage", "Imported on"),
            translate("SyncPage", "Added"), translate("SyncPage", "Changed"),
            translate("SyncPage", "Leaving")])
        layout.addWidget(self.log, stretch=1)
        self.refresh()

    def refresh(self) -> None:
        fill_table(self.log, [
            [row["cell_code"], str(row["sequence"]), day(row["created_at"]),
             day(row["imported_at"]), str(row["members_added"]),
             str(row["members_changed"]), str(row["members_leaving"])]
            for row in imported_bundles(self.installation.db)])

    def choose_files(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(
            self, translate("SyncPage", "Choose the bundles"), "",
            translate("SyncPage", "PartyDesk bundles (*{suffix});;All files (*)").format(
                suffix=BUNDLE_SUFFIX))
        if names:
            self.check([Path(name) for name in names])

    def _run(self, text: str, paths: list[Path], dry_run: bool, done,
             confirmed: list[str] | None = None, removals: bool = False) -> None:
        inst = self.installation
        job = Job.on_register(inst.db, lambda db, progress: import_bundles(
            db, inst.organisation, inst.paths.keys_dir, paths, dry_run=dry_run,
            progress=progress, confirmed=confirmed or [], confirm_removals=removals,
            before_apply=lambda: before(db, inst.paths.backups_dir, "import")))
        self.jobs.run(job, text, done, cancellable=True)

    def check(self, paths: list[Path]) -> None:
        """Verify every file and show what will change; nothing is written."""
        self.review = None
        self.outcome.clear()
        self.refusals.clear()
        self._run(translate("SyncPage", "Checking {count} files…").format(count=len(paths)),
                  paths, True, lambda batch: self._checked(paths, batch))

    def _checked(self, paths: list[Path], batch: BatchResult) -> None:
        if not batch.applied:
            self._show(batch, applied=False)
            return
        self.review = ImportReviewDialog(batch, self)
        self.review.accepted.connect(lambda: self.apply(
            paths_to_apply(paths, batch), self.review.confirmed_fingerprints(),
            self.review.removals_confirmed()))
        self.review.rejected.connect(lambda: self.outcome.setText(
            translate("SyncPage", "Nothing was imported.")))
        self.review.open()

    def apply(self, paths: list[Path], confirmed: list[str] | None = None,
              removals: bool = False) -> None:
        self._run(translate("SyncPage", "Importing…"), paths, False, self._applied,
                  confirmed, removals)

    def _applied(self, batch: BatchResult) -> None:
        self._show(batch, applied=True)
        self.refresh()
        if batch.applied:
            self.imported.emit()

    def _show(self, batch: BatchResult, applied: bool) -> None:
        lines = [translate(
            "SyncPage", "Imported bundle number {sequence} from {sender}: {added} added, "
            "{changed} changed, {leaving} leaving.").format(
            sequence=b.header.sequence, sender=b.header.sender, added=b.changes.added,
            changed=b.changes.changed, leaving=b.changes.leaving)
            for b in (batch.applied if applied else [])]
        if not lines:
            lines = [translate("SyncPage", "Nothing was imported.")]
        if applied and batch.new_duplicates:
            lines.append(translate(
                "SyncPage", "%n member(s) may also be in another cell (same card number, "
                "or same name and birth date): see the Overview.", None,
                len(batch.new_duplicates)))
        self.outcome.setText("<br>".join(lines))
        self.refusals.setText("<br>".join(not_imported_lines(batch)))
