from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QLineEdit, QMessageBox

from partydesk.services.overview.figures import register_summary
from partydesk.ui.application import PartyDeskApp
from partydesk.ui.main_window import MainWindow
from partydesk.ui.translation import install_translator

CELL_SECTIONS = ["Tổng quan", "Đảng viên", "Quần chúng ưu tú", "Sinh hoạt chi bộ",
                 "Nghị quyết", "Đảng phí", "Đánh giá xếp loại", "Báo cáo", "Đồng bộ",
                 "Cài đặt"]


def texts(widget) -> str:
    return "\n".join(label.text() for label in widget.findChildren(QLabel))


def open_window(qtbot, installation, language="vi") -> MainWindow:
    from PySide6.QtWidgets import QApplication
    install_translator(QApplication.instance(), language)
    window = MainWindow(installation)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def nav_titles(window):
    return [window.navigation.item(i).text() for i in range(window.navigation.count())]


def test_cell_window_speaks_vietnamese_and_shows_real_counts(qtbot, cell):
    window = open_window(qtbot, cell)
    assert nav_titles(window) == CELL_SECTIONS
    summary = register_summary(cell.db)
    shown = texts(window.stack.currentWidget())
    assert "Chi bộ thôn Đồng Tâm" in shown and "Đảng viên chính thức:" in shown
    assert str(summary.official) in shown and str(summary.probationary) in shown
    assert "Chi bộ thôn Đồng Tâm · Chi bộ" in texts(window.statusBar())


def test_committee_also_has_the_cells_section(qtbot, committee):
    window = open_window(qtbot, committee)
    assert nav_titles(window)[1] == "Các chi bộ"
    assert "Cấp ủy cấp trên" in texts(window.statusBar())


def test_every_section_opens_by_keyboard_and_says_what_it_holds(qtbot, cell):
    window = open_window(qtbot, cell)
    window.navigation.setFocus()
    for row in range(1, window.navigation.count()):
        qtbot.keyClick(window.navigation, Qt.Key.Key_Down)
        assert window.navigation.currentRow() == row
        page = window.stack.currentWidget()
        assert texts(page).strip() or page.findChildren(QLineEdit)
    assert "Đánh giá, xếp loại chất lượng" in texts(window._pages["grading"])   # issue 11
    assert "chưa có" not in texts(window._pages["members"])
    for built in ("meetings", "resolutions", "dues", "grading"):
        assert "chưa có trong phiên bản này" not in texts(window._pages[built])


def test_ctrl_number_jumps_to_a_section(qtbot, cell):
    window = open_window(qtbot, cell)
    window.navigation.setFocus()
    qtbot.keyClick(window.navigation, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.current_section() == "candidates"


def test_about_names_version_and_data_folder(qtbot, cell, monkeypatch):
    shown = {}
    monkeypatch.setattr(QMessageBox, "about",
                        lambda parent, title, text: shown.update(title=title, text=text))
    window = open_window(qtbot, cell)
    about = next(action for action in window.menuBar().findChildren(QAction)
                 if action.text() == "&Giới thiệu PartyDesk")
    about.trigger()
    assert shown["title"] == "Giới thiệu PartyDesk"
    assert str(cell.paths.data_dir) in shown["text"]


def test_choosing_english_rebuilds_the_window_and_is_remembered(qtbot, cell):
    app = PartyDeskApp(cell.paths, ["partydesk"])
    app.installation = cell
    window = app.show_window()
    window.navigation.setCurrentRow(len(CELL_SECTIONS) - 1)
    window._pages["settings"].language_chosen.emit("en")
    english = app.window
    qtbot.addWidget(english)
    assert english is not window
    assert nav_titles(english)[:2] == ["Overview", "Party members"]
    assert english.current_section() == "settings"
    from partydesk.services.setup.preferences import interface_language
    assert interface_language(cell.db) == "en"
    install_translator(app.qt, "vi")


def test_double_clicking_a_member_opens_their_record(qtbot, cell, monkeypatch):
    opened = []
    monkeypatch.setattr(MainWindow, "open_member", lambda self, member_id: opened.append(
        member_id))
    window = open_window(qtbot, cell)
    window.navigation.setCurrentRow(1)
    page = window._pages["members"]
    qtbot.waitUntil(lambda: page.model.rowCount() > 0)
    page.table.activated.emit(page.model.index(0, 0))
    assert opened == [page.model.member_id(0)]
