"""Small dialogs: known errors in the user's language, and the About box."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from partydesk import APP_NAME, __version__
from partydesk.domain.errors import PartyDeskError
from partydesk.paths import AppPaths
from partydesk.ui.translation import render

translate = QCoreApplication.translate


def show_error(parent: QWidget | None, error: PartyDeskError) -> None:
    QMessageBox.warning(parent, APP_NAME, render(error.message))


def show_about(parent: QWidget | None, paths: AppPaths) -> None:
    text = translate(
        "Dialogs",
        "<h3>PartyDesk {version}</h3>"
        "<p>The offline register of a party cell: members, meetings, "
        "resolutions, printed documents and USB sync with the higher committee.</p>"
        "<p>Data folder:<br><code>{folder}</code></p>"
        "<p>Log folder:<br><code>{logs}</code></p>",
    )
    QMessageBox.about(
        parent,
        translate("Dialogs", "About PartyDesk"),
        text.format(version=__version__, folder=paths.data_dir, logs=paths.log_dir),
    )
