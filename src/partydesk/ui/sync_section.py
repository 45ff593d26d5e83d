"""The Sync section: tabs over the pages that exchange with the other side.

A cell: send to the committee (with the committee's receipt), what came from the
committee (decisions, notices), transfers (members waiting to be accepted, the
transfer book). A committee: bundles from the cells, what goes to the cells
(decisions, notices, members in transit) and, on a commune, what came from the province."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from partydesk.services.bundles.history import higher_committee
from partydesk.services.setup.installation import Installation

translate = QCoreApplication.translate


def sync_section(installation: Installation, today: date) -> QWidget:
    """A plain page holding the tabs (``page.tabs``): the desk orders Tab through a
    tab widget inside a page, as on the Cells page."""
    page = QWidget()
    layout = QVBoxLayout(page)
    layout.setContentsMargins(0, 0, 0, 0)
    page.tabs = _tabs(installation, today)
    layout.addWidget(page.tabs)
    # a reminder "accept the member transferred in" opens the transfers tab
    page.select = lambda _subject: page.tabs.setCurrentIndex(page.tabs.count() - 1)
    return page


def _tabs(installation: Installation, today: date) -> QTabWidget:
    tabs = QTabWidget()
    tabs.setObjectName("sync")
    if installation.organisation.is_committee:
        from partydesk.ui.sync_committee_page import CommitteeSyncPage
        from partydesk.ui.to_cells_page import ToCellsPage

        tabs.addTab(CommitteeSyncPage(installation), translate("SyncSection",
                                                               "From the cells"))
        tabs.addTab(ToCellsPage(installation, today), translate("SyncSection",
                                                                "To the cells"))
        if higher_committee(installation.db) is not None:     # a commune: its province
            from partydesk.ui.from_committee_page import FromCommitteePage

            tabs.addTab(FromCommitteePage(installation, today),
                        translate("SyncSection", "From the province"))
        return tabs
    from partydesk.ui.from_committee_page import FromCommitteePage
    from partydesk.ui.sync_cell_page import CellSyncPage
    from partydesk.ui.transfers_cell_page import CellTransfersPage

    tabs.addTab(CellSyncPage(installation), translate("SyncSection", "Send"))
    tabs.addTab(FromCommitteePage(installation, today),
                translate("SyncSection", "From the committee"))
    tabs.addTab(CellTransfersPage(installation, today), translate("SyncSection",
                                                                  "Transfers"))
    return tabs
