from __future__ import annotations

from datetime import date

from partydesk.ui.candidates_page import CandidatesPage, NewCandidateDialog


def test_a_new_candidate_appears_with_the_certificate_expiry(qtbot, cell):
    page = CandidatesPage(cell.db, date(2026, 11, 21))
    qtbot.addWidget(page)
    assert page.table.rowCount() == 0
    dialog = NewCandidateDialog(date(2026, 11, 21), page)
    qtbot.addWidget(dialog)
    dialog.name.setText("  Hà Thị   Thắm ")
    dialog.birth.setDate(date(2001, 4, 12))          # dates start empty: typed by the user
    dialog.certificate.setDate(date(2026, 11, 21))
    dialog.save(cell.db)
    page.refresh()
    assert page.table.item(0, 0).text() == "Hà Thị Thắm"
    assert page.table.item(0, 3).text() == "21/11/2031"        # valid 60 months
    assert page.table.horizontalHeaderItem(3).text() == "Giấy chứng nhận có giá trị đến"
