"""The committee's overview is its desk across its cells: one row per cell with the
days since its bundle and the meetings it recorded last month, marked where something
needs doing, and the lists behind the figures."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from partydesk.services.bundles.importer import import_bundles
from partydesk.ui.committee_desk import ATTENTION, DAYS, MEETINGS, CommitteeOverviewPage
from tests.bundles.craft import bundle_fingerprint
from tests.ui.sync_world import export


@pytest.fixture
def imported(enrolled, tmp_path):
    committee, cells = enrolled
    paths = [export(cell, tmp_path / "stick") for cell in cells.values()]
    import_bundles(committee.db, committee.organisation, committee.paths.keys_dir, paths,
                   confirmed=[bundle_fingerprint(path) for path in paths])
    return committee, cells


def shown(qtbot, committee, today: date) -> CommitteeOverviewPage:
    page = CommitteeOverviewPage(committee, today)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.desk is not None, timeout=10_000)
    return page


def test_each_cell_has_a_row_and_the_lists_are_counted(qtbot, imported):
    committee, cells = imported
    page = shown(qtbot, committee, date.today())
    codes = [page.cells.item(r, 0).text() for r in range(page.cells.rowCount())]
    assert codes == sorted(cells)
    assert [page.cells.item(r, DAYS).text() for r in range(len(codes))] == ["0"] * len(codes)
    desk = page.desk
    assert page.waiting.rowCount() == len(desk["waiting_decisions"])
    assert page.transit.rowCount() == len(desk["in_transit"])
    assert f"({len(desk['in_transit'])})" in page.lists.tabText(1)


def test_late_cells_and_a_month_without_meetings_are_marked(qtbot, imported):
    committee, cells = imported
    page = shown(qtbot, committee, date.today() + timedelta(days=70))
    for row in range(page.cells.rowCount()):
        assert page.cells.item(row, DAYS).foreground().color() == ATTENTION
        assert page.cells.item(row, MEETINGS).text() == "0"
        assert page.cells.item(row, MEETINGS).foreground().color() == ATTENTION
    assert all(code in page.summary.text() for code in cells)


def test_the_sync_page_says_when_an_import_flagged_members_in_two_cells(qtbot, imported):
    from partydesk.services.bundles.importer import BatchResult
    from partydesk.ui.sync_committee_page import CommitteeSyncPage

    committee, _ = imported
    page = CommitteeSyncPage(committee)
    qtbot.addWidget(page)
    page._show(BatchResult(new_duplicates=[{"id": "a"}, {"id": "b"}]), applied=True)
    assert "2 đảng viên" in page.outcome.text() and "Tổng quan" in page.outcome.text()


def test_the_consolidated_register_loads_a_page_at_a_time(qtbot, imported):
    from partydesk.services.committee.cells import committee_members
    from partydesk.ui.committee_register import CommitteeMembersModel

    committee, _ = imported
    everyone = committee_members(committee.db, committee.organisation)
    model = CommitteeMembersModel(committee.db, committee.organisation, page_size=4)
    assert model.rowCount() == 4 and model.total == len(everyone) > 8
    while model.canFetchMore():
        model.fetchMore()
    assert [(model.member(r)["cell_code"], model.member(r)["id"])
            for r in range(model.rowCount())] == [(m["cell_code"], m["id"]) for m in everyone]


def test_a_pair_in_two_cells_is_resolved_from_the_desk(qtbot, imported):
    from partydesk.storage.duplicate_store import refresh_cell

    committee, cells = imported
    db = committee.db
    first, second = sorted(cells)[:2]
    picked = [db.execute("SELECT id FROM cell_members WHERE cell_code = ? AND status = "
                         "'official' ORDER BY id LIMIT 1", [code]).fetchone()[0]
              for code in (first, second)]
    with db.atomic():
        for code, member in zip((first, second), picked, strict=True):
            db.execute("UPDATE cell_members SET card_number = '77.000001' WHERE cell_code = ? "
                       "AND id = ?", [code, member])
        refresh_cell(db, second, "2026-12-01T00:00:00+00:00")
    page = shown(qtbot, committee, date.today())
    assert page.twice.rowCount() == 1 and "(1)" in page.lists.tabText(2)
    assert not page.not_same.isEnabled()
    page.twice.selectRow(0)
    assert page.not_same.isEnabled() and page.same.isEnabled()
    before = page.desk
    page.not_same.click()
    qtbot.waitUntil(lambda: page.desk is not before and page.twice.rowCount() == 0,
                    timeout=10_000)
    assert db.execute("SELECT verdict FROM cell_duplicates").fetchall() == [("not_same",)]


def test_on_a_province_the_rows_are_communes_and_quiet_cells_are_named(qtbot, committee):
    page = shown(qtbot, committee, date.today())
    commune = {"code": "DUX1", "name": "Đảng ủy xã Phước Hà", "last_sequence": 2,
               "last_bundle_at": date.today().isoformat(), "days_since_bundle": 0,
               "waiting": False, "members": 750, "meetings_last_month": 4,
               "no_meeting_last_month": True, "in_transit": 0, "arrears": 0,
               "waiting_decisions": 0, "cells_without_meeting": ["CB02"]}
    page.show_desk({**page.desk, "cells": [commune]})
    assert page.cells.horizontalHeaderItem(0).text() == "Đảng bộ xã"
    assert page.summary.text().startswith("1 đảng bộ xã.")
    assert "DUX1/CB02" in page.summary.text()
    assert page.cells.item(0, MEETINGS).foreground().color() == ATTENTION
