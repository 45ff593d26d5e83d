"""A commune's clerk imports the province's downward bundle in the app: the Sync
section has a "Từ Tỉnh ủy" tab; the bundle is shown before it is imported, then its
notice is listed and the province's receipt for the commune's roll-up is shown."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QTabWidget

from partydesk.paths import resolve_paths
from partydesk.services.setup.installation import Installation
from partydesk.ui.from_committee_page import FromCommitteePage
from partydesk.ui.sync_section import sync_section
from tests.bundles.world import cell_fingerprint, cli, ok
from tests.ui.test_downward_pages import answer_next_dialog

pytestmark = pytest.mark.slow


def province_and_commune(root: Path) -> tuple[Path, Path]:
    """Through the command line: a province, a commune (no cells) whose first roll-up
    the province confirmed, and the province's downward bundle with a notice."""
    province, commune, stick = root / "province", root / "commune", root / "stick"
    stick.mkdir()
    ok(cli(province, "init", "--role", "committee", "--name", "Tỉnh ủy Ninh Thuận",
           "--code", "TUNT"))
    ok(cli(province, "enroll", "--name", "Đảng ủy xã Phước Hà", "--code", "DUPH",
           "--level", "committee", "-o", str(stick / "DUPH.json")))
    ok(cli(commune, "init", "--role", "committee", "--enrollment", str(stick / "DUPH.json")))
    up = ok(cli(commune, "bundle", "export", "--up", "--to", str(stick))).splitlines()[0]
    ok(cli(province, "bundle", "import", up, "--confirm-fingerprint",
           cell_fingerprint(commune)))
    ok(cli(province, "notices", "add", "--cell", "DUPH", "--title", "Lịch giao ban quý I"))
    down = ok(cli(province, "bundle", "export", "--to", str(stick))).splitlines()[0]
    return commune, Path(down)


def test_the_commune_imports_the_provinces_bundle_in_the_app(tmp_path, qtbot):
    folder, down = province_and_commune(tmp_path)
    commune = Installation.acquire(resolve_paths(folder))
    try:
        commune.open_register()
        section = sync_section(commune, date.today())
        qtbot.addWidget(section)
        tabs: QTabWidget = section.tabs
        assert tabs.tabText(tabs.count() - 1) == "Từ Tỉnh ủy"
        page = tabs.widget(tabs.count() - 1)
        assert isinstance(page, FromCommitteePage)
        assert not hasattr(page, "decisions")        # decisions are for a cell's members
        assert page.receipt.isHidden()
        answer_next_dialog(accept=True)
        page.check(down)
        qtbot.waitUntil(lambda: page.notice_table.rowCount() == 1, timeout=10000)
        assert page.notice_table.item(0, 1).text() == "Lịch giao ban quý I"
        assert not page.receipt.isHidden()
        assert "Tỉnh ủy đã nhận gói tổng hợp số 1" in page.receipt.text()
    finally:
        commune.release()
