"""Settings → Backups: the backups kept (date, kind, size), back up now, restore one
(asked first; the register as it is now is backed up before it is replaced; all or
nothing), and copy the newest backup to a USB stick."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
)

from partydesk.domain.errors import PartyDeskError
from partydesk.domain.vnnumbers import megabytes_text
from partydesk.services.backups.local import Backup, backups, create_backup, restore_backup
from partydesk.services.backups.stick import copy_latest_backup
from partydesk.services.setup.installation import Installation
from partydesk.ui.styles import ERROR_STYLE
from partydesk.ui.tables import fill_table, read_only_table
from partydesk.ui.translation import render

translate = QCoreApplication.translate


def kind_name(label: str) -> str:
    names = {"daily": translate("Backups", "Daily, at the first start"),
             "manual": translate("Backups", "Made by hand"),
             "before-import": translate("Backups", "Before an import"),
             "before-restore": translate("Backups", "Before a restore"),
             "encrypted": translate("Backups", "When the register was encrypted")}
    base = label.rsplit("-", 1)[0] if label[-1:].isdigit() and "-" in label else label
    if base in names:
        return names[base]
    if base.startswith("before-"):
        return translate("Backups", "Before an update of PartyDesk")
    return label


def when(backup: Backup) -> str:
    return f"{backup.created_at[8:10]}/{backup.created_at[5:7]}/{backup.created_at[:4]} " \
           f"{backup.created_at[11:16]}"


def size_text(size: int) -> str:
    return translate("Backups", "{size} MB").format(size=megabytes_text(size))


class BackupsPanel(QGroupBox):
    restored = Signal()            # the register was replaced: pages must be built again

    def __init__(self, installation: Installation, parent=None):
        super().__init__(translate("Backups", "Backups"), parent)
        self.installation = installation
        self.found: list[Backup] = []
        layout = QVBoxLayout(self)
        note = QLabel(translate(
            "Backups", "PartyDesk backs up the register by itself at the first start of "
            "each day and before every import, restore and update, and keeps the last 7 "
            "days, 4 weeks and 12 months. Keep a copy on a USB stick away from the laptop."))
        note.setWordWrap(True)
        layout.addWidget(note)
        self.table = read_only_table([translate("Backups", "Made on"),
                                      translate("Backups", "Kind"),
                                      translate("Backups", "Size")])
        self.table.setMinimumHeight(150)
        self.table.setMaximumHeight(260)
        self.table.itemSelectionChanged.connect(self._enable)
        row = QHBoxLayout()
        self.create_button = QPushButton(translate("Backups", "&Back up now"))
        self.create_button.clicked.connect(self.create)
        self.restore_button = QPushButton(translate("Backups", "&Restore this backup…"))
        self.restore_button.clicked.connect(self.restore)
        self.copy_button = QPushButton(translate("Backups",
                                                 "&Copy the latest backup to a USB stick…"))
        self.copy_button.clicked.connect(self.choose_stick)
        for button in (self.create_button, self.restore_button, self.copy_button):
            row.addWidget(button)
        row.addStretch()
        layout.addLayout(row)                      # above the table: always in view
        layout.addWidget(self.table)
        self.outcome = QLabel()
        self.outcome.setWordWrap(True)
        self.outcome.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.outcome)
        self.refresh()

    @property
    def folder(self) -> Path:
        return self.installation.paths.backups_dir

    def refresh(self) -> None:
        self.found = backups(self.folder)
        fill_table(self.table, [[when(b), kind_name(b.label), size_text(b.size)]
                                for b in self.found])
        self._enable()

    def chosen(self) -> Backup | None:
        rows = {i.row() for i in self.table.selectedItems()}
        return self.found[min(rows)] if rows else None

    def _enable(self) -> None:
        self.restore_button.setEnabled(self.chosen() is not None)
        self.copy_button.setEnabled(bool(self.found))

    def _say(self, text: str, error: bool = False) -> None:
        self.outcome.setStyleSheet(ERROR_STYLE if error else "")
        self.outcome.setText(text)

    def create(self) -> None:
        try:
            made = create_backup(self.installation.db, self.folder)
        except PartyDeskError as error:
            self._say(render(error.message), error=True)
            return
        self._say(translate("Backups", "Backup made: {when}.").format(when=when(made)))
        self.refresh()

    def restore(self) -> None:
        chosen = self.chosen()
        if chosen is None:
            return
        asked = QMessageBox.question(
            self, translate("Backups", "Restore a backup"), translate(
                "Backups", "Put the register back as it was on {when}? Everything "
                "recorded after that is replaced; the register as it is now is backed up "
                "first, so this can be undone.").format(when=when(chosen)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        if asked != QMessageBox.StandardButton.Yes:
            return
        self.restore_now(chosen)

    def restore_now(self, chosen: Backup) -> None:
        try:
            safety = restore_backup(self.installation.db, self.folder, chosen.id)
        except PartyDeskError as error:
            self._say(render(error.message), error=True)
            return
        self._say(translate(
            "Backups", "The register is back as it was on {when}. What it replaced is kept "
            "as the backup of {safety}.").format(when=when(chosen), safety=when(safety)))
        self.refresh()
        self.restored.emit()

    def choose_stick(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, translate("Backups", "Choose the USB stick"))
        if folder:
            self.copy_to(Path(folder))

    def copy_to(self, folder: Path) -> None:
        inst = self.installation
        try:
            written = copy_latest_backup(self.folder, folder, inst.db.passphrase,
                                         f"{inst.organisation.code}-")
        except PartyDeskError as error:
            self._say(render(error.message), error=True)
            return
        self._say(translate("Backups", "The latest backup was copied to {file}; it was read "
                            "back and is whole.").format(file=written))
