"""The downward pages as a secretary and a committee clerk use them: the cell imports
its committee's bundle after seeing what it brings, reads the decisions and the
notice (its PDF opens), accepts the member transferred in; the committee sees what it
recorded and the member in transit."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QPageSize, QPainter, QPdfWriter
from PySide6.QtWidgets import QApplication, QDialog

from partydesk.services.bundles.history import committee_receipt
from partydesk.services.transfers.cell import incoming
from partydesk.ui.from_committee_page import FromCommitteePage
from partydesk.ui.to_cells_page import ToCellsPage
from partydesk.ui.transfers_cell_page import CellTransfersPage
from tests.ui.downward_world import TODAY, build

pytestmark = pytest.mark.slow


def a_pdf(folder: Path) -> Path:
    path = folder / "huong-dan.pdf"
    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    painter = QPainter(writer)
    painter.drawText(200, 400, "Hướng dẫn đại hội chi bộ")
    painter.end()
    return path


@pytest.fixture
def exchanged(enrolled, tmp_path):
    committee, cells = enrolled
    down = build(committee, cells, tmp_path / "stick", a_pdf(tmp_path))
    return committee, cells, down


def answer_next_dialog(accept: bool) -> None:
    """Accept (or cancel) the next modal dialog once it is shown."""

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QDialog):
            QTimer.singleShot(50, answer)
            return
        dialog.accept() if accept else dialog.reject()

    QTimer.singleShot(50, answer)


def test_the_secretary_sees_the_bundle_then_its_decisions_apply(exchanged, qtbot):
    _committee, cells, down = exchanged
    cell = cells["CB02"]
    page = FromCommitteePage(cell, TODAY)
    qtbot.addWidget(page)
    answer_next_dialog(accept=False)                 # looked at it, did not import
    page.check(down["CB02"])
    qtbot.waitUntil(lambda: "Chưa nhận gì" in page.outcome.text())
    assert page.decisions.rowCount() == 0
    assert committee_receipt(cell.db) is None
    answer_next_dialog(accept=True)
    page.check(down["CB02"])
    qtbot.waitUntil(lambda: page.decisions.rowCount() == 2, timeout=10000)
    applied = [page.decisions.item(r, 5).text() for r in range(2)]
    assert applied[0] == "Có"                        # the discipline: a dated event now
    assert applied[1].startswith("Không: ")          # the badge is not due: kept, with why
    assert page.notice_table.rowCount() == 1
    page.notice_table.selectRow(0)
    assert "văn kiện" in page.notice_text.text()
    assert page.open_pdf.isEnabled()
    page.open_attachment()
    assert page.preview is not None and page.preview.document.pageCount() == 1
    page.preview.close()
    assert committee_receipt(cell.db)["sequence"] == 1


def test_the_cell_accepts_the_member_transferred_in(exchanged, qtbot):
    _committee, cells, down = exchanged
    cell = cells["CB02"]
    from tests.ui.downward_world import import_down

    import_down(cell, down["CB02"])
    page = CellTransfersPage(cell, TODAY)
    qtbot.addWidget(page)
    assert page.incoming.rowCount() == 1
    page.incoming.selectRow(0)
    assert page.accept_button.isEnabled()
    answer_next_dialog(accept=True)
    page.accept_chosen()
    [moved] = incoming(cell.db, cell.organisation)
    assert moved["state"] == "accepted" and moved["accepted_on"] == TODAY.isoformat()
    book = [page.book.item(r, 1).text() for r in range(page.book.rowCount())]
    assert "Chuyển đến, chính thức" in book


def test_the_committee_sees_decisions_notices_and_the_member_in_transit(exchanged, qtbot):
    committee, _cells, _down = exchanged
    page = ToCellsPage(committee, date.today())
    qtbot.addWidget(page)
    assert page.decisions.rowCount() == 2
    assert page.notices.rowCount() == 2              # one per cell
    forwarded = [page.transit.item(r, 5).text() for r in range(page.transit.rowCount())]
    assert forwarded.count("CB02") == 1              # the member moving from CB01
    assert page.transit.rowCount() >= 1
