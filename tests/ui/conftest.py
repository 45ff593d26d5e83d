from __future__ import annotations

import pytest

from partydesk.domain.organisation import Role
from partydesk.paths import resolve_paths
from partydesk.services.demo.register import fill_demo_register
from partydesk.services.setup.first_run import initialise
from partydesk.services.setup.installation import Installation


def make_installation(folder, role=Role.CELL, members=0) -> Installation:
    installation = Installation.acquire(resolve_paths(folder), create=True)
    initialise(installation, role, "Chi bộ thôn Đồng Tâm", "CB01", "Đảng ủy xã Hòa Bình",
               "2025-2030", "Nguyễn Văn Thắng")
    installation.open_register()
    if members:
        fill_demo_register(installation.db, members, seed=4)
    return installation


@pytest.fixture
def cell(tmp_path):
    installation = make_installation(tmp_path / "cell", members=40)
    yield installation
    installation.release()


@pytest.fixture
def committee(tmp_path):
    installation = make_installation(tmp_path / "committee", Role.COMMITTEE)
    yield installation
    installation.release()


@pytest.fixture(autouse=True)
def vietnamese(qapp):
    """The app's default language, as a user first meets it."""
    from partydesk.ui.translation import install_translator

    install_translator(qapp, "vi")


@pytest.fixture
def enrolled(tmp_path):
    """A committee (DUHB) and its two enrolled cells, CB01 and CB02, with members."""
    from tests.ui.sync_world import CELLS, make_cell, make_committee

    committee = make_committee(tmp_path / "committee")
    cells = {code: make_cell(committee, tmp_path, code) for code in CELLS}
    yield committee, cells
    for installation in (committee, *cells.values()):
        installation.release()


@pytest.fixture(autouse=True)
def _no_desk_left_behind(qapp):
    """A test that starts the app installs the desk's rules and text size on the shared
    QApplication; the next test starts from Qt's own state again."""
    from PySide6.QtWidgets import QApplication

    from partydesk.ui.desk import DeskRules

    font, style = QApplication.font(), qapp.style().name()
    yield
    for rules in qapp.findChildren(DeskRules):
        qapp.removeEventFilter(rules)
        rules.deleteLater()
    if QApplication.font() != font:
        QApplication.setFont(font)
    from partydesk.ui.text_size import ScaledStyle

    if isinstance(qapp.style(), ScaledStyle):
        QApplication.setStyle(style)
