"""The main window: left navigation, one page per section, status bar."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication, QEvent, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QScrollArea,
    QStackedWidget,
    QWidget,
)

from partydesk import APP_NAME
from partydesk.services.setup.installation import Installation
from partydesk.services.setup.preferences import interface_language, text_size
from partydesk.ui.dialogs import show_about
from partydesk.ui.overview_page import OverviewPage
from partydesk.ui.pages import ComingSoonPage, SettingsPage, role_name
from partydesk.ui.sections import Section, sections_for

translate = QCoreApplication.translate
# Reminders dealt with in the member's record, and the section of the others (a kind
# not listed opens the section of the same name, e.g. "dues").
MEMBER_REMINDERS = frozenset({"conversion", "ceremony", "badge", "appeal", "deferral"})
REMINDER_SECTIONS = {"certificate": "candidates", "task": "resolutions", "meeting": "meetings",
                     "transfer_accept": "sync"}
MEMBER_REMINDERS = MEMBER_REMINDERS | {"transfer_start", "transfer_present"}


DATED_PAGES = frozenset({"meetings", "resolutions", "grading", "cells"})


def dated_page(key: str, installation: Installation) -> QWidget:
    """A page built as Page(installation, today), its module loaded when first opened."""
    today = date.today()
    if key == "meetings":
        from partydesk.ui.meetings_page import MeetingsPage

        return MeetingsPage(installation, today)
    if key == "resolutions":
        from partydesk.ui.resolutions_page import ResolutionsPage

        return ResolutionsPage(installation, today)
    if key == "grading":
        from partydesk.ui.grading_page import GradingPage

        return GradingPage(installation, today)
    from partydesk.services.rollup.views import holds_communes

    if holds_communes(installation.db):
        from partydesk.ui.province_page import ProvincePage

        return ProvincePage(installation, today)
    from partydesk.ui.cells_page import CellsPage

    return CellsPage(installation, today)


class MainWindow(QMainWindow):
    language_chosen = Signal(str)
    text_size_chosen = Signal(int)

    def __init__(self, installation: Installation, parent=None):
        super().__init__(parent)
        self.installation = installation
        organisation = installation.organisation
        self.sections = sections_for(organisation.is_committee)
        self._pages: dict[str, QWidget] = {}
        self.setWindowTitle(f"{APP_NAME} — {organisation.name}")
        self.resize(1280, 900)    # shrunk to the screen when shown (ui/screen.py)
        self._build_body()
        self._build_menus()
        self.statusBar().addWidget(QLabel(f"{organisation.name} · {role_name(organisation.role)}"))
        self.navigation.setCurrentRow(0)

    def _build_body(self) -> None:
        self.navigation = QListWidget()
        self.navigation.setAccessibleName(translate("MainWindow", "Sections"))
        self.navigation.setIconSize(QSize(0, 0))
        for section in self.sections:
            self.navigation.addItem(QListWidgetItem(translate("Sections", section.title)))
        self._size_navigation()
        self.stack = QStackedWidget()
        self.navigation.currentRowChanged.connect(self.show_section)
        body = QWidget()
        layout = QHBoxLayout(body)
        layout.addWidget(self.navigation)
        # Pages scroll rather than push the window past a small screen at a large
        # text size; at the default size they fit 1024×768 without scrolling.
        holder = QScrollArea()
        holder.setObjectName("pages")
        holder.setWidgetResizable(True)
        holder.setFrameShape(QFrame.Shape.NoFrame)
        holder.setWidget(self.stack)
        layout.addWidget(holder, stretch=1)
        self.setCentralWidget(body)

    def _size_navigation(self) -> None:
        """As wide as the longest section name at the current text size, no wider."""
        metrics = self.navigation.fontMetrics()
        widest = max(metrics.horizontalAdvance(self.navigation.item(row).text())
                     for row in range(self.navigation.count()))
        self.navigation.setFixedWidth(widest + metrics.averageCharWidth() * 4)
        for row in range(self.navigation.count()):
            self.navigation.item(row).setSizeHint(QSize(widest, metrics.height() * 2))

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.FontChange:     # the text size was changed
            self._size_navigation()
        super().changeEvent(event)

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(translate("MainWindow", "&File"))
        self._action(
            file_menu, translate("MainWindow", "&Quit"), self.close, QKeySequence.StandardKey.Quit
        )
        go_menu = self.menuBar().addMenu(translate("MainWindow", "&Go to"))
        for index, section in enumerate(self.sections):
            shortcut = QKeySequence(f"Ctrl+{index + 1}") if index < 9 else None
            self._action(
                go_menu,
                translate("Sections", section.title),
                lambda _=False, i=index: self.navigation.setCurrentRow(i),
                shortcut,
            )
        help_menu = self.menuBar().addMenu(translate("MainWindow", "&Help"))
        self._action(help_menu, translate("MainWindow", "&User guide"), self.open_guide,
                     QKeySequence(Qt.Key.Key_F1))
        self._action(
            help_menu,
            translate("MainWindow", "&About PartyDesk"),
            lambda: show_about(self, self.installation.paths),
        )

    def _action(self, menu, text: str, slot: Callable, shortcut=None) -> QAction:
        action = menu.addAction(text)
        action.triggered.connect(slot)
        if shortcut is not None:
            action.setShortcut(shortcut)
        return action

    def show_section(self, row: int) -> None:
        section = self.sections[row]
        page = self._pages.get(section.key)
        if page is None:
            page = self._make_page(section)
            self._pages[section.key] = page
            self.stack.addWidget(page)
        self.stack.setCurrentWidget(page)

    def change_passphrase(self, old: str, new: str) -> None:
        from partydesk.services.setup.passphrase_change import change_passphrase

        left = change_passphrase(self.installation, old, new)
        text = self.tr("The passphrase was changed: the register, its backups and the "
                       "private keys now open only with the new one.")
        if left:
            text += " " + self.tr("{count} backups could not be opened with the old "
                                  "passphrase and were left as they were.").format(
                                      count=len(left))
        QMessageBox.information(self, self.tr("Passphrase changed"), text)

    def current_section(self) -> str:
        return self.sections[self.navigation.currentRow()].key

    def _make_page(self, section: Section) -> QWidget:
        db = self.installation.db
        if section.key == "overview" and self.installation.organisation.is_committee:
            from partydesk.ui.committee_desk import CommitteeOverviewPage

            return CommitteeOverviewPage(self.installation, date.today())
        if section.key == "overview":
            return OverviewPage(self.installation, date.today(), self.open_reminder)
        if section.key == "settings":
            page = SettingsPage(interface_language(db), str(self.installation.paths.data_dir),
                                text_size(db), change_passphrase=self.change_passphrase)
            page.language_chosen.connect(self.language_chosen)
            page.text_size_chosen.connect(self.text_size_chosen)
            self._add_backups(page)
            return page
        # Pages other than the first load their modules when first opened, so that
        # start-up does not pay for them (the reports page brings in QtPdf).
        if section.key == "members":
            from partydesk.ui.members_page import MembersPage

            page = MembersPage(db)
            page.member_activated.connect(lambda member_id: self.open_member(member_id)
                                          or page.apply_filter())
            return page
        if section.key == "candidates":
            from partydesk.ui.candidates_page import CandidatesPage

            return CandidatesPage(db, date.today())
        if section.key in DATED_PAGES:
            return dated_page(section.key, self.installation)
        if section.key == "reports":
            from partydesk.ui.reports_page import ReportsPage

            return ReportsPage(self.installation)
        return self._make_later_page(section)

    def _add_backups(self, page: QWidget) -> None:
        from partydesk.ui.backups_panel import BackupsPanel

        panel = BackupsPanel(self.installation)
        panel.restored.connect(lambda: QTimer.singleShot(0, self.rebuild_pages))
        page.layout().insertWidget(page.layout().count() - 1, panel)

    def rebuild_pages(self) -> None:
        """The register was replaced (a backup restored): every page is built again."""
        for page in self._pages.values():
            self.stack.removeWidget(page)
            page.deleteLater()
        self._pages.clear()
        self.show_section(self.navigation.currentRow())

    def _make_later_page(self, section: Section) -> QWidget:
        if section.key == "dues" and not self.installation.organisation.is_committee:
            from partydesk.ui.dues_page import DuesPage

            return DuesPage(self.installation, date.today())
        if section.key == "sync":
            return self._make_sync_page()
        return ComingSoonPage(section)

    def _make_sync_page(self) -> QWidget:
        from partydesk.ui.sync_section import sync_section

        return sync_section(self.installation, date.today())

    def open_guide(self) -> None:
        from partydesk.ui.guide import GuideDialog

        self.guide = GuideDialog(self)
        self.guide.show()

    def open_reminder(self, reminder) -> None:
        """The screen where a reminder is dealt with: the member's record, or the section
        that does it (meetings, resolutions, candidates; dues once that page exists)."""
        if reminder.kind in MEMBER_REMINDERS:
            self.open_member(reminder.subject_id)
            return
        keys = [section.key for section in self.sections]
        key = REMINDER_SECTIONS.get(reminder.kind, reminder.kind)
        if key in keys:
            self.navigation.setCurrentRow(keys.index(key))
            page = self._pages[key]
            if reminder.subject_id and hasattr(page, "select"):
                page.select(reminder.subject_id)

    def open_member(self, member_id: str) -> None:
        from partydesk.ui.member_dialog import MemberDialog

        MemberDialog(self.installation.db, member_id, date.today(), self).exec()
