"""Before importing: what each bundle will change, the key fingerprint to compare at a
cell's first bundle, and one line for each file that will not be imported."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from partydesk.domain.bundles import normalise_fingerprint
from partydesk.services.bundles.importer import BatchResult
from partydesk.services.bundles.verify import VerifiedBundle
from partydesk.ui.styles import ERROR_STYLE as REFUSED_STYLE
from partydesk.ui.tables import day
from partydesk.ui.translation import render

translate = QCoreApplication.translate

FINGERPRINT_STYLE = ("font-family: 'DejaVu Sans Mono', monospace; font-size: 22pt; "
                     "font-weight: bold; letter-spacing: 2px; padding: 6px;")


def describe(bundle: VerifiedBundle) -> str:
    header, changes = bundle.header, bundle.changes
    return translate(
        "ImportReview", "<b>{name} ({sender})</b>: bundle number {sequence}, made on "
        "{made}, {members} members.<br>Changes: {added} members added, {changed} changed, "
        "{leaving} leaving.").format(
        name=bundle.payload.sender.get("name", ""), sender=header.sender,
        sequence=header.sequence, made=day(header.created_at), members=bundle.member_count,
        added=changes.added, changed=changes.changed, leaving=changes.leaving)


def not_imported_lines(batch: BatchResult) -> list[str]:
    """One line per file left out: refused (with the reason), already imported, or
    superseded by a newer bundle of the same cell among the chosen files."""
    lines = [translate("ImportReview", "{file}: {reason}").format(
        file=path.name, reason=render(refusal.message)) for path, refusal in batch.refused]
    lines += [translate(
        "ImportReview", "Bundle number {sequence} from {sender} was already imported; "
        "nothing changed.").format(sequence=b.header.sequence, sender=b.header.sender)
        for b in batch.duplicates]
    lines += [translate(
        "ImportReview", "{file}: skipped, a newer bundle from {sender} is among these "
        "files.").format(file=path.name, sender=b.header.sender)
        for path, b in batch.superseded]
    return lines


def paths_to_apply(paths: list[Path], batch: BatchResult) -> list[Path]:
    left_out = {path for path, _ in batch.refused} | {path for path, _ in batch.superseded}
    return [path for path in paths if path not in left_out]


class ImportReviewDialog(QDialog):
    def __init__(self, batch: BatchResult, parent=None):
        super().__init__(parent)
        self.setWindowTitle(translate("ImportReview", "Check before importing"))
        self.resize(760, 520)
        content = QWidget()
        layout = QVBoxLayout(content)
        self.checks: list[QCheckBox] = []
        self._first: list[tuple[QCheckBox, str]] = []
        self.removal_checks: list[QCheckBox] = []
        for bundle in batch.applied:
            layout.addWidget(self._label(describe(bundle)))
            if bundle.removals_need_confirmation:
                self._add_removal_warning(layout, bundle)
            if bundle.first_contact:
                self._add_first_contact(layout, bundle)
        lines = not_imported_lines(batch)
        if lines:
            layout.addWidget(self._label(translate("ImportReview", "<b>Not imported:</b>")))
            for line in lines:
                label = self._label(line)
                label.setStyleSheet(REFUSED_STYLE)
                layout.addWidget(label)
        layout.addStretch()
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(content)
        self.buttons = QDialogButtonBox()
        self.import_button = self.buttons.addButton(
            translate("ImportReview", "&Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(translate("ImportReview", "Cancel"),
                               QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        outer = QVBoxLayout(self)
        outer.addWidget(scroll)
        outer.addWidget(self.buttons)
        self._update()

    def _add_first_contact(self, layout: QVBoxLayout, bundle: VerifiedBundle) -> None:
        """The fingerprint large, in groups, and a box to tick or the fingerprint to type
        as the cell's secretary reads it out: nothing is imported until it is confirmed."""
        sender = bundle.header.sender
        layout.addWidget(self._label(translate(
            "ImportReview", "This is the first bundle from {sender}. Its key fingerprint "
            "is:").format(sender=sender)))
        shown = QLabel(bundle.fingerprint)
        shown.setStyleSheet(FINGERPRINT_STYLE)
        shown.setTextInteractionFlags(shown.textInteractionFlags()
                                      | shown.textInteractionFlags().TextSelectableByMouse)
        layout.addWidget(shown)
        layout.addWidget(self._label(translate(
            "ImportReview", "Telephone the cell's secretary and ask them to read out the "
            "fingerprint shown on their computer (Sync page). Do not trust the cover sheet "
            "alone: whoever made the bundle also printed it. Import only if they are the "
            "same.")))
        typed = QLineEdit()
        typed.setPlaceholderText(translate(
            "ImportReview", "Type the fingerprint the secretary reads out"))
        check = QCheckBox(translate(
            "ImportReview", "The fingerprint {sender}'s secretary read out is the same").format(
            sender=sender))
        typed.textChanged.connect(lambda text: check.setChecked(
            normalise_fingerprint(text) == normalise_fingerprint(bundle.fingerprint)))
        check.toggled.connect(self._update)
        self.checks.append(check)
        self._first.append((check, bundle.fingerprint))
        layout.addWidget(typed)
        layout.addWidget(check)

    def _add_removal_warning(self, layout: QVBoxLayout, bundle: VerifiedBundle) -> None:
        warning = self._label(translate(
            "ImportReview", "Warning: this bundle removes {dropped} of the {current} current "
            "members of {sender}. Check with the cell before importing it.").format(
            dropped=bundle.changes.leaving, current=bundle.members_before,
            sender=bundle.header.sender))
        warning.setStyleSheet(REFUSED_STYLE)
        check = QCheckBox(translate(
            "ImportReview", "I have checked with {sender}: import the removals").format(
            sender=bundle.header.sender))
        check.toggled.connect(self._update)
        self.checks.append(check)
        self.removal_checks.append(check)
        layout.addWidget(warning)
        layout.addWidget(check)

    def removals_confirmed(self) -> bool:
        return bool(self.removal_checks) and all(c.isChecked() for c in self.removal_checks)

    def confirmed_fingerprints(self) -> list[str]:
        return [fingerprint for check, fingerprint in self._first if check.isChecked()]

    @staticmethod
    def _label(text: str) -> QLabel:
        label = QLabel(text)
        label.setWordWrap(True)
        return label

    def _update(self) -> None:
        self.import_button.setEnabled(all(check.isChecked() for check in self.checks))
