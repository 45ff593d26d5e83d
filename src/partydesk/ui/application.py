"""The running application: Qt objects, translator, data folder, and the window."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QDialog

from partydesk import APP_NAME, __version__
from partydesk.domain.errors import PartyDeskError
from partydesk.paths import AppPaths
from partydesk.resources import resource_path
from partydesk.services.setup.installation import Installation
from partydesk.services.setup.preferences import (
    interface_language,
    set_interface_language,
    set_text_size,
    text_size,
)
from partydesk.ui.crash import install_excepthook
from partydesk.ui.desk import install_desk
from partydesk.ui.dialogs import show_error
from partydesk.ui.fonts import apply_ui_font
from partydesk.ui.text_size import apply_text_size
from partydesk.ui.translation import install_translator

if TYPE_CHECKING:
    from partydesk.ui.main_window import MainWindow

DEMO_MEMBERS = 60


class PartyDeskApp:
    def __init__(self, paths: AppPaths, argv: list[str]):
        self.paths = paths
        self.qt = QApplication.instance() or QApplication(argv)
        self.qt.setApplicationName(APP_NAME)
        self.qt.setApplicationVersion(__version__)
        icon = resource_path("icons", "partydesk.svg")
        if icon.is_file():
            self.qt.setWindowIcon(QIcon(str(icon)))
        apply_ui_font(self.qt)
        install_desk(self.qt, text_size(None))
        install_translator(self.qt, interface_language(None))
        install_excepthook()
        self.installation: Installation | None = None
        self.window: MainWindow | None = None
        self.report_unlock = False          # benchmarks: say when the unlock window is idle
        self.close_unlock_after: int | None = None   # smoke tests: close it after ms
        self._chosen_passphrase: str | None = None

    def start(self) -> bool:
        """Take the data folder, run the first-start wizard if needed, show the window."""
        self.installation = Installation.acquire(self.paths, create=True)
        if not self.installation.initialised:
            from partydesk.ui.setup_wizard import SetupWizard  # first start only

            wizard = SetupWizard(self._create_installation)
            if wizard.exec() != QDialog.DialogCode.Accepted:
                self.installation.release(refused=True)
                return False
            if self.installation.db is None:
                self.installation.open_register(self._chosen_passphrase)
        elif not self.unlock():
            self.installation.release()
            self.installation = None
            return False
        self._daily_backup()
        install_translator(self.qt, interface_language(self.installation.db))
        apply_text_size(self.qt, text_size(self.installation.db))
        self.show_window()
        return True

    def unlock(self) -> bool:
        """Open the register: with PARTYDESK_PASSPHRASE when set (automation), else
        through the unlock window (or, for a register from a version without encryption,
        the window choosing its passphrase). False when the user gave up."""
        from partydesk.services.setup.passphrase import from_environment, normalise

        given = from_environment()
        if given:
            self.installation.open_register(normalise(given))
            return True
        from partydesk.ui.passphrase_dialogs import ChoosePassphraseDialog, UnlockDialog

        if self.installation.needs_new_passphrase:
            dialog = ChoosePassphraseDialog(self.installation.open_register)
        else:
            dialog = UnlockDialog(self.installation.open_register,
                                  str(self.paths.data_dir))
        if self.report_unlock:
            QTimer.singleShot(0, lambda: print("unlock", flush=True))
        if self.close_unlock_after is not None:
            QTimer.singleShot(self.close_unlock_after, dialog.reject)
        QTimer.singleShot(0, _load_main_window)     # while the passphrase is typed
        return dialog.exec() == QDialog.DialogCode.Accepted

    def _daily_backup(self) -> None:
        """The first start of each day backs the register up (a failure is logged and
        does not stop the app: the register itself is untouched)."""
        from partydesk.services.backups.local import daily_backup_if_due

        try:
            daily_backup_if_due(self.installation.db, self.paths.backups_dir)
        except Exception:
            logging.getLogger("partydesk.backups").exception("daily backup failed")

    def _create_installation(self, choice) -> None:
        from partydesk.services.setup.first_run import (  # first start only
            initialise,
            initialise_from_enrolment_file,
        )

        self._chosen_passphrase = choice.passphrase or None
        if choice.enrolment_file:
            initialise_from_enrolment_file(self.installation, Path(choice.enrolment_file),
                                           choice.term, choice.secretary,
                                           choice.passphrase or None)
            return
        initialise(
            self.installation,
            choice.role,
            choice.name,
            choice.code,
            choice.higher,
            choice.term,
            choice.secretary,
            passphrase=choice.passphrase or None,
        )
        if choice.demo:
            from partydesk.services.demo.register import fill_demo_register  # only on this path

            self.installation.open_register(choice.passphrase or None)
            fill_demo_register(self.installation.db, DEMO_MEMBERS)

    def show_window(self, section: int = 0) -> MainWindow:
        from partydesk.ui.main_window import MainWindow  # after the unlock window

        self.window = MainWindow(self.installation)
        self.window.language_chosen.connect(self.change_language)
        self.window.text_size_chosen.connect(self.change_text_size)
        self.window.navigation.setCurrentRow(section)
        self.window.show()
        return self.window

    def change_language(self, language: str) -> None:
        set_interface_language(self.installation.db, language)
        install_translator(self.qt, language)
        old = self.window
        self.show_window(old.navigation.currentRow())
        old.close()
        old.deleteLater()

    def change_text_size(self, percent: int) -> None:
        """Applied at once to every open window, and remembered for the next start."""
        set_text_size(self.installation.db, percent)
        apply_text_size(self.qt, percent)

    def report_refusal(self, error: PartyDeskError) -> None:
        show_error(None, error)

    def report_ready(self) -> None:
        """Print "ready" once the window is shown and the event loop is first idle."""
        QTimer.singleShot(0, lambda: print("ready", flush=True))

    def quit_after(self, milliseconds: int) -> None:
        QTimer.singleShot(milliseconds, QCoreApplication.quit)

    def exec(self) -> int:
        try:
            return self.qt.exec()
        finally:
            if self.installation is not None:
                self.installation.release()


def _load_main_window() -> None:
    """Import the main window's modules once the unlock window is shown and idle, so
    that the window appears first and the main window is ready when it is unlocked."""
    import partydesk.ui.main_window  # noqa: F401
