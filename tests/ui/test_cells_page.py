from __future__ import annotations

import json
from datetime import date, timedelta

import pytest

from partydesk.domain.vietnamese import fold
from partydesk.services.bundles.importer import import_bundles
from partydesk.services.committee.cells import waiting_days
from partydesk.ui.cells_page import STATE_COLUMN, CellsPage
from partydesk.ui.committee_register import CommitteeMembersModel
from partydesk.ui.enrol_dialog import EnrolDialog
from tests.bundles.craft import bundle_fingerprint
from tests.ui.sync_world import export


@pytest.fixture
def imported(enrolled, tmp_path):
    """The committee after importing one bundle from each of its cells."""
    committee, cells = enrolled
    paths = [export(cell, tmp_path / "stick") for cell in cells.values()]
    batch = import_bundles(committee.db, committee.organisation, committee.paths.keys_dir,
                           paths, confirmed=[bundle_fingerprint(path) for path in paths])
    assert len(batch.applied) == 2
    return committee, cells


def row_of(page: CellsPage, code: str) -> int:
    return next(r for r in range(page.table.rowCount()) if page.table.item(r, 0).text() == code)


def test_cells_show_counts_and_the_waiting_mark_follows_the_setting(qtbot, imported):
    committee, _ = imported
    made = date.today()
    page = CellsPage(committee, made + timedelta(days=35))
    qtbot.addWidget(page)
    assert waiting_days(committee.db) == 35 and page.waiting.value() == 35
    assert not page.is_waiting("CB01")
    assert page.table.item(row_of(page, "CB01"), STATE_COLUMN).text() == "Đã nhận"
    members = page.table.item(row_of(page, "CB01"), 5)
    cell = next(c for c in page.cells if c["code"] == "CB01")
    assert int(members.text()) == cell["official"] + cell["probationary"] > 0
    assert members.toolTip() == (f"{cell['official']} chính thức, "
                                 f"{cell['probationary']} dự bị")
    assert "<b>2</b> chi bộ" in page.totals.text()

    late = CellsPage(committee, made + timedelta(days=36))
    qtbot.addWidget(late)
    item = late.table.item(row_of(late, "CB01"), STATE_COLUMN)
    assert late.is_waiting("CB01") and item.text() == "Chờ gói"
    assert item.foreground().color().name() == "#b00020"
    late.waiting.setValue(40)                 # the setting is kept in the register
    assert waiting_days(committee.db) == 40 and not late.is_waiting("CB01")
    assert late.table.item(row_of(late, "CB01"), STATE_COLUMN).text() == "Đã nhận"


def test_consolidated_register_search_folds_accents_and_d(qtbot, imported):
    committee, _ = imported
    page = CellsPage(committee, date.today())
    qtbot.addWidget(page)
    register = page.register
    everyone = register.model.rowCount()
    assert everyone > 0 and str(everyone) in register.shown.text()
    register.search.setText("dang")
    qtbot.waitUntil(lambda: register.model.rowCount() < everyone, timeout=2_000)
    names = [register.model.member(r)["full_name"] for r in range(register.model.rowCount())]
    assert any("Đặng" in name for name in names)
    assert all(any(word.startswith("dang") for word in fold(name).split()) for name in names)
    register.cell.setCurrentIndex(register.cell.findData("CB02"))
    assert {register.model.member(r)["cell_code"]
            for r in range(register.model.rowCount())} <= {"CB02"}
    register.search.clear()
    register.status.setCurrentIndex(register.status.findData("probationary"))
    statuses = {register.model.member(r)["status"] for r in range(register.model.rowCount())}
    assert statuses <= {"probationary"}


def test_committee_members_model_passes_the_model_tester(qtmodeltester, imported):
    committee, _ = imported
    model = CommitteeMembersModel(committee.db, committee.organisation)
    qtmodeltester.check(model)


def test_enrolling_a_cell_writes_its_file_and_lists_it(qtbot, enrolled, tmp_path,
                                                       monkeypatch):
    committee, _ = enrolled
    page = CellsPage(committee, date.today())
    qtbot.addWidget(page)
    stick = tmp_path / "usb"
    stick.mkdir()
    dialog = EnrolDialog(committee, page)
    qtbot.addWidget(dialog)
    dialog.name.setText("Chi bộ thôn Hồng Phong")
    dialog.code.setText("CB 03")
    dialog.folder.setText(str(stick))
    dialog.write()
    assert "CB 03" in dialog.error.text() and list(stick.iterdir()) == []
    dialog.code.setText("CB03")
    dialog.write()
    assert dialog.result() == dialog.DialogCode.Accepted
    written = stick / "partydesk-dang-ky-CB03.json"
    assert dialog.path == written
    assert json.loads(written.read_text(encoding="utf-8"))["cell_code"] == "CB03"
    page.show_enrolled(dialog)
    assert "mã bí mật dùng một lần" in page.notice.text() and str(written) in page.notice.text()
    row = row_of(page, "CB03")
    assert page.table.item(row, STATE_COLUMN).text() == "Chưa có gói"
