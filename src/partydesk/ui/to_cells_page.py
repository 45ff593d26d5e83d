"""On a committee: what goes down to the cells. Write the downward bundles (one file
per cell with something new) to a USB stick, record decisions, add notices, and see
the members in transit between cells, forwarding each dossier to the new cell."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from partydesk.services.bundles.downward_export import export_downward
from partydesk.services.committee.decisions import recorded_decisions, recorded_notices
from partydesk.services.setup.installation import Installation
from partydesk.services.shared.jobs import Job
from partydesk.services.transfers.committee import forward, transit
from partydesk.ui.forms import FormDialog, run_form
from partydesk.ui.from_committee_page import iso_day, kind_name
from partydesk.ui.job_area import JobArea
from partydesk.ui.pages import button_row, heading, wrapped
from partydesk.ui.tables import day, fill_table, read_only_table
from partydesk.ui.to_cells_forms import add_notice_form, cell_combo, record_decision_form

translate = QCoreApplication.translate


class ToCellsPage(QWidget):
    def __init__(self, installation: Installation, today: date, parent=None):
        super().__init__(parent)
        self.installation, self.today = installation, today
        self.moving: list[dict] = []
        layout = QVBoxLayout(self)
        layout.addWidget(heading(translate("ToCells", "To the cells")))
        intro = wrapped(translate(
            "ToCells", "Each cell's bundle carries the receipt for its last bundle, the "
            "committee's decisions about its members, notices and members transferred to "
            "it. Click “Write bundles for the cells…” and choose the USB stick: one file "
            "is written for each cell that has something new."))
        layout.addWidget(intro)
        self.write_button = QPushButton(translate("ToCells", "&Write bundles for the cells…"))
        self.write_button.clicked.connect(self.choose_folder)
        layout.addLayout(button_row(self.write_button))
        self.jobs = JobArea(self.write_button)
        self.outcome = self.jobs.outcome
        layout.addWidget(self.jobs)
        self.tabs = QTabWidget()
        layout.addWidget(self.tabs, stretch=1)
        self._build_decisions()
        self._build_notices()
        self._build_transit()
        self.refresh()

    def _tab(self, table, buttons: list[QPushButton], title: str) -> None:
        box = QWidget()
        inner = QVBoxLayout(box)
        inner.addLayout(button_row(*buttons))      # above the table: always in view
        inner.addWidget(table, stretch=1)
        self.tabs.addTab(box, title)

    def _build_decisions(self) -> None:
        self.decisions = read_only_table([
            translate("ToCells", "Decided on"), translate("ToCells", "Cell"),
            translate("ToCells", "Decision"), translate("ToCells", "Number"),
            translate("ToCells", "Member")])
        self.record_button = QPushButton(translate("ToCells", "&Record a decision…"))
        self.record_button.clicked.connect(self.record)
        self._tab(self.decisions, [self.record_button], translate("ToCells", "&Decisions"))

    def _build_notices(self) -> None:
        self.notices = read_only_table([
            translate("ToCells", "Written on"), translate("ToCells", "Cell"),
            translate("ToCells", "Title"), translate("ToCells", "Document")])
        self.notice_button = QPushButton(translate("ToCells", "Add a &notice…"))
        self.notice_button.clicked.connect(self.add_notice)
        self._tab(self.notices, [self.notice_button], translate("ToCells", "N&otices"))

    def _build_transit(self) -> None:
        self.transit = read_only_table([
            translate("ToCells", "Name"), translate("ToCells", "From cell"),
            translate("ToCells", "Left on"), translate("ToCells", "Should arrive by"),
            translate("ToCells", "Going to"), translate("ToCells", "Forwarded to")])
        self.transit.itemSelectionChanged.connect(self._enable)
        self.forward_button = QPushButton(translate("ToCells", "&Forward to a cell…"))
        self.forward_button.clicked.connect(self.forward_chosen)
        self._tab(self.transit, [self.forward_button],
                  translate("ToCells", "Members in &transit"))

    def showEvent(self, shown) -> None:
        super().showEvent(shown)
        self.refresh()

    def refresh(self) -> None:
        inst = self.installation
        fill_table(self.decisions, [
            [iso_day(d["decided_on"]), d["cell_code"], kind_name(d["kind"]), d["number"],
             d["full_name"] or d["member_id"]] for d in recorded_decisions(inst.db)])
        fill_table(self.notices, [
            [day(n["created_at"]), n["cell_code"], n["title"], n["attachment_name"] or ""]
            for n in recorded_notices(inst.db)])
        self.moving = transit(inst.db, inst.organisation)
        fill_table(self.transit, [
            [m["full_name"], m["from_cell"], iso_day(m["left_on"]), self._due(m),
             m["to_place"] or "", m["to_cell"] or ""] for m in self.moving])
        self._enable()

    def _due(self, moving: dict) -> str:
        if not moving["present_by"]:
            return ""
        due = iso_day(moving["present_by"])
        late = date.fromisoformat(moving["present_by"]) < self.today
        return translate("ToCells", "{date} — overdue").format(date=due) if late else due

    def _enable(self) -> None:
        self.forward_button.setEnabled(bool(self.transit.selectedItems()))

    def record(self) -> None:
        if record_decision_form(self.installation, self.today, self):
            self.refresh()

    def add_notice(self) -> None:
        if add_notice_form(self.installation, self):
            self.refresh()

    def forward_chosen(self) -> None:
        rows = {i.row() for i in self.transit.selectedItems()}
        if not rows:
            return
        moving = self.moving[min(rows)]
        dialog = FormDialog(translate("ToCells", "Forward the dossier to a cell"), self)
        who = QLabel(translate("ToCells", "<b>{name}</b> left {cell} on {date}.").format(
            name=moving["full_name"], cell=moving["from_cell"],
            date=iso_day(moving["left_on"])))
        dialog.form.addRow(who)
        cells = cell_combo(self.installation)
        dialog.form.addRow(translate("ToCells", "&New cell:"), cells)
        dialog.finish()
        inst = self.installation
        if run_form(dialog, lambda: forward(inst.db, inst.organisation, moving["member_id"],
                                            cells.currentData() or "")):
            self.refresh()

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, translate("ToCells", "Choose the USB stick"))
        if folder:
            self.write_to(Path(folder))

    def write_to(self, folder: Path) -> None:
        inst = self.installation
        self.outcome.clear()
        job = Job.on_register(inst.db, lambda db, _progress: export_downward(
            db, inst.organisation, inst.paths.keys_dir, folder))
        self.jobs.run(job, translate("ToCells", "Writing the bundles…"), self._written)

    def _written(self, written: list) -> None:
        if not written:
            self.outcome.setText(translate("ToCells", "No cell has anything new; no file "
                                           "was written."))
            return
        self.outcome.setText("<br>".join(translate(
            "ToCells", "{cell}: bundle number {number} ({decisions} decisions, {notices} "
            "notices) — {file}").format(cell=w.cell_code, number=w.sequence,
                                        decisions=w.decisions, notices=w.notices,
                                        file=w.path.name) for w in written))
