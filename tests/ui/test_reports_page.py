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


def test_member_book_transfer_book_and_letter_preview(qtbot, cell, monkeypatch):
    from PySide6.QtWidgets import QInputDialog

    page = ReportsPage(cell)
    qtbot.addWidget(page)
    monkeypatch.setattr(QInputDialog, "getItem",
                        staticmethod(lambda parent, title, label, items, *a: (items[0], True)))
    for button, slot in ((page.member_book, page.preview_member_book),
                         (page.transfer_book, page.preview_transfer_book)):
        slot()
        qtbot.waitUntil(lambda b=button: page.last_preview is not None and b.isEnabled(),
                        timeout=20_000)
        preview = page.last_preview
        assert preview.page_count() >= 1
        preview.reject()
        page.preview.last_preview = None


def test_without_a_secretary_the_page_asks_who_signs(qtbot, cell, monkeypatch):
    import dataclasses

    from partydesk.ui import signer_prompt

    cell.organisation = dataclasses.replace(cell.organisation, secretary="")
    asked = []
    monkeypatch.setattr(signer_prompt, "ask",
                        lambda *a: (asked.append(a) or ("Lê Thị Hoa", True)))
    page = ReportsPage(cell)
    qtbot.addWidget(page)
    page.member_list.click()
    assert asked
    qtbot.waitUntil(lambda: page.last_preview is not None, timeout=20_000)
    page.last_preview.reject()


def test_the_years_reports_ask_who_signs_too_and_a_cancel_prints_nothing(qtbot, cell,
                                                                         monkeypatch):
    import dataclasses

    from partydesk.ui import signer_prompt

    cell.organisation = dataclasses.replace(cell.organisation, secretary="")
    answers = [("", False), ("Lê Thị Hoa", True)]
    asked = []
    monkeypatch.setattr(signer_prompt, "ask",
                        lambda *a: (asked.append(a) or answers.pop(0)))
    page = ReportsPage(cell)
    qtbot.addWidget(page)
    page.grading.click()                      # cancelled: no job, no preview
    assert len(asked) == 1 and page.grading.isEnabled() and page.last_preview is None
    page.grading.click()
    assert len(asked) == 2
    qtbot.waitUntil(lambda: page.last_preview is not None, timeout=30_000)
    preview = page.last_preview
    qtbot.addWidget(preview)
    assert preview.page_count() >= 1
    preview.reject()
