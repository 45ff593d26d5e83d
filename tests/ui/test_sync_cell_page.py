from __future__ import annotations

import threading

from partydesk.domain.bundles import BUNDLE_SUFFIX
from partydesk.services.bundles.export import export_bundle
from partydesk.ui import sync_cell_page
from partydesk.ui.sync_cell_page import CellSyncPage
from tests.ui.sync_world import enrolment_file


def test_export_writes_a_bundle_shows_it_and_previews_the_cover_sheet(qtbot, enrolled,
                                                                       tmp_path):
    _, cells = enrolled
    page = CellSyncPage(cells["CB01"])
    qtbot.addWidget(page)
    assert page.send.isEnabled() and "DUHB" in page.intro.text()
    assert page.history.rowCount() == 0
    stick = tmp_path / "stick"
    stick.mkdir()
    steps = []
    page.panel.bar.valueChanged.connect(steps.append)
    page.export_to(stick)
    assert not page.send.isEnabled() and page.panel.isVisibleTo(page)
    qtbot.waitUntil(lambda: page.result is not None, timeout=20_000)
    written = list(stick.iterdir())
    assert [p.name for p in written] == [page.result.path.name]
    assert written[0].name.endswith(BUNDLE_SUFFIX)
    text = page.written_text.text()
    assert written[0].name in text and "<b>1</b>" in text
    assert f"<b>{page.result.member_count}</b>" in text
    assert page.result.member_count > 0
    assert 4 in steps and not page.panel.isVisibleTo(page)
    assert page.history.rowCount() == 1
    assert page.history.item(0, 3).text() == written[0].name
    assert page.send.isEnabled()
    page.cover.click()
    qtbot.waitUntil(lambda: page.last_preview is not None, timeout=20_000)
    preview = page.last_preview
    qtbot.addWidget(preview)
    assert preview.page_count() == 1
    preview.reject()


def test_cancelled_export_writes_nothing(qtbot, enrolled, tmp_path, monkeypatch):
    _, cells = enrolled
    release = threading.Event()

    def held(*args):
        release.wait(10)
        return export_bundle(*args)

    monkeypatch.setattr(sync_cell_page, "export_bundle", held)
    page = CellSyncPage(cells["CB01"])
    qtbot.addWidget(page)
    stick = tmp_path / "stick"
    stick.mkdir()
    page.export_to(stick)
    page.panel.cancel()
    release.set()
    qtbot.waitUntil(lambda: not page.panel.running, timeout=20_000)
    assert page.result is None and list(stick.iterdir()) == []
    assert "Đã hủy" in page.error.text()
    assert page.history.rowCount() == 0 and page.send.isEnabled()


def test_a_cell_not_set_up_from_an_enrolment_file_says_how_to_get_one(qtbot, cell,
                                                                      enrolled, tmp_path):
    committee, _ = enrolled
    page = CellSyncPage(cell)
    qtbot.addWidget(page)
    assert not page.send.isEnabled() and page.enrol.isVisibleTo(page)
    assert "tệp đăng ký" in page.intro.text() and "CB01" in page.intro.text()
    other = enrolment_file(committee, tmp_path / "other", "CB02")
    page.use_enrolment(other)
    assert "CB02" in page.error.text() and not page.send.isEnabled()
    damaged = tmp_path / "damaged.json"
    damaged.write_text("{}", encoding="utf-8")
    page.use_enrolment(damaged)
    assert "bị hỏng" in page.error.text() and not page.send.isEnabled()
    # the committee enrols CB01 again for this register, which already has members
    page.use_enrolment(enrolment_file(committee, tmp_path / "again", "CB01"))
    assert page.error.text() == "" and page.send.isEnabled()
    assert not page.enrol.isVisibleTo(page) and "DUHB" in page.intro.text()
    result = export_bundle(cell.db, cell.organisation, cell.paths.keys_dir, tmp_path)
    assert result.recipient_code == "DUHB" and result.member_count > 0
