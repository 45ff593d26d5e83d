from __future__ import annotations

from partydesk.ui.reports_page import ReportsPage


def test_member_list_is_built_in_the_background_and_previewed(qtbot, cell):
    page = ReportsPage(cell)
    qtbot.addWidget(page)
    page.member_list.click()
    assert not page.member_list.isEnabled()
    qtbot.waitUntil(lambda: page.last_preview is not None, timeout=20_000)
    preview = page.last_preview
    qtbot.addWidget(preview)
    assert preview.page_count() >= 1
    assert page.member_list.isEnabled()
    pdf = preview.pdf
    preview.reject()
    assert not pdf.exists()
