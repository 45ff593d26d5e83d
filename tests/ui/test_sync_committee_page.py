from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QDialog

from partydesk.ui.cells_page import CellsPage
from partydesk.ui.sync_committee_page import CommitteeSyncPage
from tests.helpers import connect_register
from tests.ui.sync_world import export


def rows(installation, sql: str) -> list[tuple]:
    conn = connect_register(installation.paths.database)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


def checked(qtbot, page, paths):
    page.check(paths)
    qtbot.waitUntil(lambda: page.review is not None or page.import_button.isEnabled(),
                    timeout=20_000)
    return page.review


def test_import_shows_the_changes_then_applies_them(qtbot, enrolled, tmp_path):
    committee, cells = enrolled
    stick = tmp_path / "stick"
    paths = [export(cells[code], stick) for code in ("CB01", "CB02")]
    page = CommitteeSyncPage(committee)
    qtbot.addWidget(page)
    review = checked(qtbot, page, paths)
    qtbot.addWidget(review)
    text = " ".join(label.text() for label in review.findChildren(type(page.outcome)))
    for code, cell in cells.items():
        fingerprint = cell.organisation.signing_public_key
        assert code in text and "gói đầu tiên" in text
        assert f"thêm {rows(cell, 'SELECT count(*) FROM members')[0][0]} đảng viên" in text
        assert fingerprint not in text          # the short fingerprint, not the key
    assert len(review.checks) == 2 and not review.import_button.isEnabled()
    assert rows(committee, "SELECT count(*) FROM cell_members") == [(0,)]  # not yet
    for check in review.checks:
        check.setChecked(True)
    assert review.import_button.isEnabled()
    review.import_button.click()
    qtbot.waitUntil(lambda: page.log.rowCount() == 2, timeout=20_000)
    assert "Đã nhập gói số 1 từ CB01" in page.outcome.text()
    assert page.refusals.text() == ""
    assert {page.log.item(r, 0).text() for r in range(2)} == {"CB01", "CB02"}

    cells_page = CellsPage(committee, date.today())
    qtbot.addWidget(cells_page)
    table = cells_page.table
    by_code = {table.item(r, 0).text(): r for r in range(table.rowCount())}
    active = rows(cells["CB01"], "SELECT count(*) FROM members "
                                 "WHERE status IN ('official', 'probationary')")[0][0]
    assert table.item(by_code["CB01"], 5).text() == str(active)
    assert table.item(by_code["CB01"], 3).text() == "1"
    assert table.item(by_code["CB01"], 2).text() == "Đã nhận"


def test_a_damaged_file_gets_its_one_line_reason_and_changes_nothing(qtbot, enrolled,
                                                                     tmp_path):
    committee, cells = enrolled
    good = export(cells["CB01"], tmp_path / "stick")
    damaged = tmp_path / "stick" / "hong.pdbundle.zip"
    data = bytearray(good.read_bytes())
    data[len(data) // 2] ^= 0xFF
    damaged.write_bytes(bytes(data))
    before = rows(committee, "SELECT * FROM cells ORDER BY code")
    page = CommitteeSyncPage(committee)
    qtbot.addWidget(page)
    assert checked(qtbot, page, [damaged]) is None
    lines = page.refusals.text().split("<br>")
    assert lines == ["hong.pdbundle.zip: Tệp gói bị hỏng hoặc không phải gói dữ liệu "
                     "PartyDesk; không có gì bị thay đổi."]
    assert page.outcome.text() == "Không có gì được nhập."
    assert rows(committee, "SELECT * FROM cells ORDER BY code") == before
    assert rows(committee, "SELECT count(*) FROM imported_bundles") == [(0,)]
    assert page.log.rowCount() == 0


def test_refused_and_repeated_bundles_are_listed_one_line_each(qtbot, enrolled, tmp_path):
    committee, cells = enrolled
    stick = tmp_path / "stick"
    first = export(cells["CB01"], stick)
    page = CommitteeSyncPage(committee)
    qtbot.addWidget(page)
    review = checked(qtbot, page, [first])
    qtbot.addWidget(review)
    review.checks[0].setChecked(True)
    review.accept()
    qtbot.waitUntil(lambda: page.log.rowCount() == 1, timeout=20_000)
    second = export(cells["CB01"], stick)
    garbage = stick / "ghi-chu.pdbundle.zip"
    garbage.write_text("không phải gói", encoding="utf-8")
    review = checked(qtbot, page, [first, garbage, second])
    qtbot.addWidget(review)
    assert review.checks == [] and review.import_button.isEnabled()
    labels = [label.text() for label in review.findChildren(type(page.outcome))]
    assert any("ghi-chu.pdbundle.zip: Tệp gói bị hỏng" in text for text in labels)
    assert any(f"{first.name}: bỏ qua" in text for text in labels)
    review.reject()
    assert review.result() == QDialog.DialogCode.Rejected
    assert page.outcome.text() == "Không có gì được nhập."
    assert rows(committee, "SELECT last_sequence FROM cells WHERE code = 'CB01'") == [(1,)]
    page.check([first])
    qtbot.waitUntil(lambda: page.import_button.isEnabled(), timeout=20_000)
    assert "đã được nhập trước đây" in page.refusals.text()
