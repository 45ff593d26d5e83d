"""The collection screen from the keyboard only: Space pays as due, typed digits and
Enter record an amount, Enter alone moves down, totals follow."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from partydesk.domain.dues import LEDGER_APPEND_ONLY, Category, Month
from partydesk.domain.messages import message
from partydesk.services.dues.facts import set_basis
from partydesk.services.dues.ledger import month_lines
from partydesk.ui.translation import render
from tests.dues.world import TODAY, make_cell


class FakeInstallation:
    def __init__(self, db):
        from partydesk.storage.organisation_store import load_organisation

        self.db = db
        self.organisation = load_organisation(db)


@pytest.fixture
def page(qtbot, memory_db):
    from partydesk.ui.dues_page import DuesPage

    ids = make_cell(memory_db)
    set_basis(memory_db, ids["Trần Thị Giáo"], Category.SALARIED, 6_200_000, date(2025, 1, 1))
    widget = DuesPage(FakeInstallation(memory_db), TODAY)
    qtbot.addWidget(widget)
    widget.show()
    widget.table.setFocus()
    return widget


def paid(db) -> dict[str, int]:
    return {ln.full_name: ln.paid for ln in month_lines(db, Month(2026, 11))}


def test_the_month_is_entered_from_the_keyboard(page, qtbot):
    names = [ln.full_name for ln in page.model.lines]
    assert page.row() == 0
    qtbot.keyClick(page.table, Qt.Key.Key_Space)              # first: paid as due
    assert page.row() == 1
    qtbot.keyClicks(page.table, "7000")                       # second: typed amount
    assert "7.000 đ" in page.model.data(page.model.index(1, 3))
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert page.row() == 2
    qtbot.keyClick(page.table, Qt.Key.Key_Return)             # third: skipped
    assert page.row() == 3
    found = paid(page.db)
    first_due = page.model.lines[0].due
    assert found[names[0]] == first_due and found[names[1]] == 7000
    assert found[names[2]] == 0
    assert f"{first_due + 7000:,} đ".replace(",", ".") in page.totals.text()


def test_a_refused_key_explains_and_saves_nothing(page, qtbot):
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert render(message(LEDGER_APPEND_ONLY)) in page.totals.text()
    assert sum(paid(page.db).values()) == 0


def test_the_report_is_written_from_the_page(page, tmp_path):
    page.write_report(tmp_path / "dues.pdf")
    assert (tmp_path / "dues.pdf").read_bytes().startswith(b"%PDF")


def test_the_years_summary_is_previewed_from_the_page(page, qtbot):
    qtbot.mouseClick(page.summary_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.previews.last_preview is not None, timeout=30_000)
    preview = page.previews.last_preview
    assert "2026" in preview.windowTitle()
    preview.close()


def test_without_a_secretary_the_report_asks_who_signs_and_a_cancel_writes_nothing(
        page, tmp_path, monkeypatch):
    import dataclasses

    from partydesk.ui import signer_prompt

    page.installation.organisation = dataclasses.replace(page.installation.organisation,
                                                         secretary="")
    answers = [("", False), ("Lê Thị Hoa", True)]
    monkeypatch.setattr(signer_prompt, "ask", lambda *a: answers.pop(0))
    page.write_report(tmp_path / "cancelled.pdf")
    assert not (tmp_path / "cancelled.pdf").exists()
    page.write_report(tmp_path / "dues.pdf")
    assert not answers and (tmp_path / "dues.pdf").read_bytes().startswith(b"%PDF")
