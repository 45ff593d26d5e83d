"""On a cell: members transferred in waiting to be accepted (their dossier came from
the committee; accept with the arrival date, as ``transfers accept``) and the transfer
book — everyone who came in or went out, with where from / to and the letter."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTabWidget, QVBoxLayout, QWidget

from partydesk.services.setup.installation import Installation
from partydesk.services.transfers.book import transfer_book
from partydesk.services.transfers.cell import accept, incoming
from partydesk.ui.event_form import date_edit
from partydesk.ui.forms import FormDialog, run_form
from partydesk.ui.from_committee_page import iso_day
from partydesk.ui.pages import heading
from partydesk.ui.tables import day, fill_table, read_only_table

translate = QCoreApplication.translate


def form_name(direction: str, form: str) -> str:
    return {("out", "official"): translate("Transfers", "Out, official"),
            ("out", "temporary"): translate("Transfers", "Out, temporary"),
            ("in", "official"): translate("Transfers", "In, official"),
            ("in", "temporary"): translate("Transfers", "In, temporary"),
            ("in", "return"): translate("Transfers", "Back from temporary")}[(direction, form)]


class CellTransfersPage(QWidget):
    def __init__(self, installation: Installation, today: date, parent=None):
        super().__init__(parent)
        self.installation, self.today = installation, today
        self.waiting: list[dict] = []
        layout = QVBoxLayout(self)
        layout.addWidget(heading(translate("Transfers", "Transfers")))
        self.tabs = QTabWidget()
        layout.addWidget(self.tabs, stretch=1)
        box = QWidget()
        inner = QVBoxLayout(box)
        note = QLabel(translate(
            "Transfers", "Members whose dossier the committee sent to this cell. Accept a "
            "member on the day they presented the transfer letter: they join the register "
            "with their whole history and a dated “transferred in” event."))
        note.setWordWrap(True)
        inner.addWidget(note)
        self.incoming = read_only_table([
            translate("Transfers", "Name"), translate("Transfers", "From cell"),
            translate("Transfers", "Left on"), translate("Transfers", "Received"),
            translate("Transfers", "State")])
        self.incoming.itemSelectionChanged.connect(self._enable)
        row = QHBoxLayout()
        self.accept_button = QPushButton(translate("Transfers", "&Accept the member…"))
        self.accept_button.clicked.connect(self.accept_chosen)
        row.addWidget(self.accept_button)
        self.arrival_button = QPushButton(translate("Transfers",
                                                    "Arrival &from outside the committee…"))
        self.arrival_button.clicked.connect(self.record_arrival)
        row.addWidget(self.arrival_button)
        row.addStretch()
        inner.addLayout(row)                       # above the table: always in view
        inner.addWidget(self.incoming, stretch=1)
        self.tabs.addTab(box, translate("Transfers", "&Waiting to be accepted"))
        self.book = read_only_table([
            translate("Transfers", "Date"), translate("Transfers", "In / out"),
            translate("Transfers", "Name"), translate("Transfers", "From / to"),
            translate("Transfers", "Letter number")])
        self.tabs.addTab(self.book, translate("Transfers", "Transfer &book"))
        self.refresh()

    def showEvent(self, shown) -> None:
        super().showEvent(shown)
        self.refresh()

    def refresh(self) -> None:
        inst = self.installation
        self.waiting = incoming(inst.db, inst.organisation)
        fill_table(self.incoming, [
            [t["full_name"], t["from_cell"], iso_day(t["left_on"]), day(t["received_at"]),
             translate("Transfers", "Accepted on {date}").format(date=iso_day(t["accepted_on"]))
             if t["accepted_on"] else translate("Transfers", "Waiting")]
            for t in self.waiting])
        fill_table(self.book, [
            [iso_day(r["on"]), form_name(r["direction"], r["form"]), r["full_name"],
             r["place"], r["letter_number"]] for r in transfer_book(inst.db)])
        self._enable()

    def chosen(self) -> dict | None:
        rows = {i.row() for i in self.incoming.selectedItems()}
        found = self.waiting[min(rows)] if rows else None
        return found if found and not found["accepted_on"] else None

    def _enable(self) -> None:
        self.accept_button.setEnabled(self.chosen() is not None)

    def accept_chosen(self) -> None:
        moving = self.chosen()
        if moving is None:
            return
        dialog = FormDialog(translate("Transfers", "Accept a member transferred in"), self)
        who = QLabel(f"<b>{moving['full_name']}</b> ({moving['from_cell']})")
        who.setTextFormat(Qt.TextFormat.RichText)
        dialog.form.addRow(who)
        on = date_edit(self.today)
        dialog.form.addRow(translate("Transfers", "&Arrived on:"), on)
        dialog.finish()
        inst = self.installation
        if run_form(dialog, lambda: accept(inst.db, inst.organisation, moving["member_id"],
                                           on.value())):
            self.refresh()

    def record_arrival(self) -> None:
        from partydesk.ui.arrival_form import arrival_dialog

        if run_form(*arrival_dialog(self.installation, self.today, self)):
            self.refresh()
            self.tabs.setCurrentIndex(1)            # the transfer book shows the arrival
