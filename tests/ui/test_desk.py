"""Every window and dialog at 1024×768, with the default text size for elderly eyes:
it fits with its buttons in view, no two mnemonics alike, no English in Vietnamese mode.
Pages added to the main window and dialogs added under ui/ are walked automatically."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from partydesk.services.setup.preferences import DEFAULT_TEXT_SIZE
from partydesk.ui.main_window import MainWindow
from partydesk.ui.screen import SCREEN_ENV
from tests.ui.conftest import make_installation
from tests.ui.walk import buttons_outside, clashes, english_in, literal_ampersands
from tests.ui.windows import DIALOGS, World, dialog_classes_in_ui, main_window_pages

SMALL = (1024, 768)


@pytest.fixture
def desk(qapp, monkeypatch):
    """The app's rules as at start-up, on a pretended 1024×768 screen."""
    from partydesk.ui.desk import install_desk

    monkeypatch.setenv(SCREEN_ENV, "{}x{}".format(*SMALL))
    font, style = QApplication.font(), qapp.style().name()
    rules = install_desk(qapp, DEFAULT_TEXT_SIZE)
    yield rules
    qapp.removeEventFilter(rules)
    QApplication.setFont(font)
    QApplication.setStyle(style)


@pytest.fixture
def world(tmp_path, cell):
    from partydesk.domain.organisation import Role

    committee = make_installation(tmp_path / "committee", Role.COMMITTEE)
    yield World(cell, committee, tmp_path)
    committee.release()


def fits(window) -> list[str]:
    problems = []
    frame = window.frameGeometry()
    if window.width() > SMALL[0] - 16 or window.height() > SMALL[1] - 40:
        problems.append(f"{window.width()}×{window.height()} is larger than the screen")
    if frame.left() < 0 or frame.top() < 0:
        problems.append("placed off the screen")
    outside = buttons_outside(window)
    if outside:
        problems.append(f"buttons cut off: {outside}")
    return problems


def test_every_dialog_class_is_walked():
    missing = dialog_classes_in_ui() - {cls for cls, _make in DIALOGS.values()}
    assert not missing, f"add these dialogs to tests/ui/windows.py DIALOGS: {missing}"


def open_main_window(qtbot, installation) -> MainWindow:
    window = MainWindow(installation)
    qtbot.addWidget(window)
    window.show()
    return window


@pytest.mark.parametrize("role", ["cell", "committee"])
def test_every_page_fits_has_unique_mnemonics_and_speaks_vietnamese(qtbot, desk, world, role):
    window = open_main_window(qtbot, world.cell if role == "cell" else world.committee)
    problems = {}
    for key, page in main_window_pages(window):
        qtbot.wait(1)
        found = fits(window)
        found += [f"Alt+{k} clash: {v}" for k, v in clashes(window).items()]
        found += [f"literal &: {t}" for t in literal_ampersands(window)]
        found += [f"English: {t!r}" for t in english_in(page)]
        if found:
            problems[key] = found
    assert not problems


@pytest.mark.parametrize("name", sorted(DIALOGS))
def test_every_dialog_fits_has_unique_mnemonics_and_speaks_vietnamese(qtbot, desk, world,
                                                                      name):
    dialog = DIALOGS[name][1](world)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.wait(1)
    pages = [dialog]
    if hasattr(dialog, "pageIds"):          # a wizard: each page as the user meets it
        pages = []
        for _ in dialog.pageIds():
            pages.append(dialog.currentPage())
            assert not fits(dialog) and not clashes(dialog), (fits(dialog), clashes(dialog))
            dialog.next()
    assert fits(dialog) == []
    assert clashes(dialog) == {}
    assert literal_ampersands(dialog) == []
    assert english_in(dialog) == []


@pytest.mark.parametrize("name", ["member-form", "event-form", "meeting", "attendance"])
def test_at_200_percent_text_the_buttons_stay_in_view(qtbot, desk, world, qapp, name):
    from partydesk.ui.text_size import apply_text_size

    apply_text_size(qapp, 200)
    dialog = DIALOGS[name][1](world)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.wait(1)
    assert fits(dialog) == []


@pytest.fixture
def english(qapp):
    from partydesk.ui.translation import install_translator

    install_translator(qapp, "en")
    yield
    install_translator(qapp, "vi")


def test_english_mode_has_no_clash_and_no_bare_ampersand(qtbot, desk, world, english):
    window = open_main_window(qtbot, world.cell)
    problems = {}
    for key, _page in main_window_pages(window):
        found = [f"Alt+{k}: {v}" for k, v in clashes(window).items()]
        found += [f"literal &: {t}" for t in literal_ampersands(window)]
        if found:
            problems[key] = found
    for name, (_cls, make) in DIALOGS.items():
        dialog = make(world)
        qtbot.addWidget(dialog)
        dialog.show()
        found = [f"Alt+{k}: {v}" for k, v in clashes(dialog).items()]
        found += [f"literal &: {t}" for t in literal_ampersands(dialog)]
        if found:
            problems[name] = found
        dialog.hide()
    assert not problems
