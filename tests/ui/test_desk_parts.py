"""The desk's shared parts, one by one: dates, the discard guard, the text size, Qt's own
strings in Vietnamese, plurals in English, and the walkers that check every window."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from partydesk.ui import guard
from partydesk.ui.dates import DateField, DateProblem, parse_date
from partydesk.ui.event_form import EventForm
from partydesk.ui.mnemonics import assign_mnemonics
from tests.ui.walk import clashes, english_in, texts


# dates ------------------------------------------------------------------------------
@pytest.mark.parametrize("typed", ["05/02/2026", "5/2/2026", "05022026", "05.02.2026"])
def test_a_date_is_typed_with_or_without_slashes(qtbot, typed):
    field = DateField()
    qtbot.addWidget(field)
    field.edit.setFocus()
    qtbot.keyClicks(field.edit, typed)
    field.edit.editingFinished.emit()
    assert field.value() == date(2026, 2, 5)
    assert field.edit.text() == "05/02/2026"
    assert field.problem() is None


def test_an_impossible_date_is_refused_with_a_message_never_changed(qtbot):
    field = DateField()
    qtbot.addWidget(field)
    qtbot.keyClicks(field.edit, "31022020")
    field.edit.editingFinished.emit()
    assert field.value() is None
    assert field.edit.text() == "31022020"                   # not silently 28/02/2020
    assert not field.message.isHidden()
    assert "29 ngày" in field.message.text()                 # 2020 is a leap year
    with pytest.raises(DateProblem):
        parse_date("31/04/2026")


def test_a_required_date_starts_empty_and_the_form_will_not_close_without_it(qtbot):
    form = EventForm(__import__("partydesk.domain.events", fromlist=["EventKind"])
                     .EventKind.DEATH, date(2026, 3, 1))
    qtbot.addWidget(form)
    assert form.day.edit.text() == ""                        # nothing invented
    form.show()
    form.accept()
    assert form.isVisible() and form.result() != QDialog.DialogCode.Accepted
    assert form.day.message.text() == "Xin nhập ngày này."
    form.day.setDate(date(2026, 2, 27))
    form.accept()
    assert form.result() == QDialog.DialogCode.Accepted


@pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")   # offscreen
def test_the_calendar_popup_fills_the_field(qtbot):
    field = DateField(date(2026, 2, 5))
    qtbot.addWidget(field)
    field.show()
    field.button.click()
    assert field.popup.isVisible()
    field.popup.clicked.emit(field.popup.selectedDate().addDays(3))
    assert field.value() == date(2026, 2, 8)


# the guard --------------------------------------------------------------------------
def filled_form(qtbot):
    form = EventForm(__import__("partydesk.domain.events", fromlist=["EventKind"])
                     .EventKind.DEATH, date(2026, 3, 1))
    qtbot.addWidget(form)
    form.show()
    form.day.edit.setText("01/03/2026")
    return form


@pytest.mark.parametrize("how", ["escape", "close"])
def test_esc_or_close_on_a_changed_form_asks_and_keeps_the_work(qtbot, monkeypatch, how):
    asked = []
    monkeypatch.setattr(guard, "ask_discard", lambda parent: asked.append(parent) or False)
    form = filled_form(qtbot)
    if how == "escape":
        qtbot.keyClick(form, Qt.Key.Key_Escape)
    else:
        form.close()
    assert asked == [form]
    assert form.isVisible() and form.day.edit.text() == "01/03/2026"


def test_agreeing_to_discard_closes_and_an_untouched_form_closes_without_asking(
        qtbot, monkeypatch):
    monkeypatch.setattr(guard, "ask_discard", lambda parent: True)
    form = filled_form(qtbot)
    qtbot.keyClick(form, Qt.Key.Key_Escape)
    assert not form.isVisible()
    monkeypatch.setattr(guard, "ask_discard", lambda parent: pytest.fail("asked"))
    untouched = EventForm(form.kind, date(2026, 3, 1))
    qtbot.addWidget(untouched)
    untouched.show()
    qtbot.keyClick(untouched, Qt.Key.Key_Escape)
    assert not untouched.isVisible()


def test_the_question_is_in_vietnamese_and_keeps_editing_by_default(qtbot, monkeypatch):
    seen = {}

    def fake_exec(box):
        seen["texts"] = [b.text() for b in box.buttons()] + [box.text()]
        seen["default"] = box.defaultButton().text()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    form = filled_form(qtbot)
    assert guard.ask_discard(form) is False
    assert seen["default"] == "&Tiếp tục sửa"
    assert "&Bỏ thay đổi" in seen["texts"]


# text size --------------------------------------------------------------------------
@pytest.fixture
def restore_font(qapp):
    from partydesk.ui.desk import DeskRules

    font, style = QApplication.font(), qapp.style().name()
    yield
    for rules in qapp.findChildren(DeskRules):          # as before the test
        qapp.removeEventFilter(rules)
        rules.deleteLater()
    QApplication.setFont(font)
    QApplication.setStyle(style)


def test_text_size_applies_at_once_to_fonts_rows_and_is_remembered(qtbot, cell, restore_font):
    from partydesk.services.setup.preferences import DEFAULT_TEXT_SIZE, text_size
    from partydesk.ui.application import PartyDeskApp

    assert text_size(cell.db) == DEFAULT_TEXT_SIZE == 125
    app = PartyDeskApp(cell.paths, ["partydesk"])
    app.installation = cell
    window = app.show_window()
    qtbot.addWidget(window)
    table = QTableWidget(3, 2, window)
    label = QLabel("Chi bộ", window)
    before = (label.font().pointSizeF(), table.verticalHeader().defaultSectionSize())
    app.change_text_size(200)
    qtbot.wait(10)                                          # fonts propagate by events
    after = (label.font().pointSizeF(), table.verticalHeader().defaultSectionSize())
    assert after[0] == pytest.approx(22) and after[0] > before[0]
    assert after[1] > before[1]
    assert text_size(cell.db) == 200                        # remembered for the next start


def test_settings_offers_100_to_200_percent(qtbot):
    from partydesk.ui.pages import SettingsPage

    page = SettingsPage("vi", "/tmp", 125)
    qtbot.addWidget(page)
    chosen = []
    page.text_size_chosen.connect(chosen.append)
    sizes = [page.text_size.itemData(i) for i in range(page.text_size.count())]
    assert sizes[0] == 100 and sizes[-1] == 200 and 125 in sizes
    page.text_size.setCurrentIndex(sizes.index(150))
    assert chosen == [150]


# Qt's own strings -------------------------------------------------------------------
def test_button_boxes_and_message_boxes_have_no_english(qtbot):
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                           | QDialogButtonBox.StandardButton.Cancel
                           | QDialogButtonBox.StandardButton.Save
                           | QDialogButtonBox.StandardButton.Close)
    qtbot.addWidget(box)
    assert sorted(b.text() for b in box.buttons()) == ["Hủy", "Lưu", "Đóng", "Đồng ý"]
    message = QMessageBox(QMessageBox.Icon.Warning, "PartyDesk", "Lỗi",
                          QMessageBox.StandardButton.Ok)
    qtbot.addWidget(message)
    assert [b.text() for b in message.buttons()] == ["Đồng ý"]


def test_the_file_dialog_speaks_vietnamese(qtbot):
    dialog = QFileDialog(None, "Lưu bản sao")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    qtbot.addWidget(dialog)
    dialog.show()
    shown = texts(dialog)
    assert "Tìm tr&ong:" in shown and "&Tên tệp:" in shown and "&Lưu" in shown
    assert english_in(dialog) == []


def test_english_mode_has_plurals(qapp):
    from PySide6.QtCore import QCoreApplication

    from partydesk.ui.translation import install_translator

    install_translator(qapp, "en")
    one = QCoreApplication.translate("CellsPage", "<b>%n</b> cell(s)", None, 1)
    two = QCoreApplication.translate("CellsPage", "<b>%n</b> cell(s)", None, 2)
    install_translator(qapp, "vi")
    assert (one, two) == ("<b>1</b> cell", "<b>2</b> cells")
    assert QCoreApplication.translate("CellsPage", "<b>%n</b> cell(s)", None, 2) == \
        "<b>2</b> chi bộ"


# the walkers and the mnemonic keeper ------------------------------------------------
def window_with(*widgets) -> QWidget:
    window = QWidget()
    layout = QVBoxLayout(window)
    for widget in widgets:
        layout.addWidget(widget)
    return window


def test_the_walk_fails_on_a_clash_and_on_english(qtbot):
    edit = QLineEdit()
    label = QLabel("&Lý luận chính trị:")
    label.setBuddy(edit)
    window = window_with(label, edit, QPushButton("&Lưu"), QPushButton("Cancel"))
    qtbot.addWidget(window)
    assert set(clashes(window)) == {"l"}
    assert english_in(window) == ["Cancel"]


def test_clashing_mnemonics_are_moved_and_the_save_button_keeps_its_letter(qtbot):
    edit = QLineEdit()
    label = QLabel("&Lý luận chính trị:")
    label.setBuddy(edit)
    buttons = QDialogButtonBox()
    save = buttons.addButton("&Lưu", QDialogButtonBox.ButtonRole.AcceptRole)
    window = window_with(label, edit, buttons)
    qtbot.addWidget(window)
    assign_mnemonics(window)
    assert save.text() == "&Lưu"                           # Alt+L saves
    assert label.text() == "Lý luận &chính trị:" and clashes(window) == {}


def test_f1_opens_the_vietnamese_user_guide_with_its_pictures(qtbot, cell):
    from partydesk.ui.main_window import MainWindow

    window = MainWindow(cell)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.navigation.setFocus()
    qtbot.keyClick(window.navigation, Qt.Key.Key_F1)
    guide = window.guide
    qtbot.addWidget(guide)
    assert guide.isVisible()
    text = guide.text.toPlainText()
    assert text.startswith("Hướng dẫn sử dụng PartyDesk")
    for part in ("Thêm một đảng viên", "in biên bản", "Thu đảng phí", "Gửi gói dữ liệu",
                 "Sao lưu và khôi phục"):
        assert part in text
    assert "screenshots/desk-overview-vi.png" in guide.text.toMarkdown()


def test_a_narrow_column_title_is_elided_with_the_whole_title_as_tooltip(qtbot, qapp,
                                                                          monkeypatch,
                                                                          restore_font):
    from PySide6.QtCore import QEvent, QPoint
    from PySide6.QtGui import QHelpEvent

    from partydesk.ui.desk import DeskRules, install_desk

    rules = install_desk(qapp, 125)
    shown = []
    monkeypatch.setattr("partydesk.ui.desk.QToolTip.showText",
                        lambda pos, text, widget=None: shown.append(text))
    table = QTableWidget(1, 2)
    table.setHorizontalHeaderLabels(["Giấy chứng nhận có giá trị đến", "Họ và tên"])
    table.horizontalHeader().resizeSection(0, 40)
    qtbot.addWidget(table)
    table.show()
    header = table.horizontalHeader()
    assert header.textElideMode() == Qt.TextElideMode.ElideRight
    event = QHelpEvent(QEvent.Type.ToolTip, QPoint(5, 5), header.mapToGlobal(QPoint(5, 5)))
    assert isinstance(rules, DeskRules) and rules.eventFilter(header.viewport(), event)
    assert shown == ["Giấy chứng nhận có giá trị đến"]
    qapp.removeEventFilter(rules)
