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
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from partydesk.services.bundles.importer import BatchResult
from partydesk.services.bundles.verify import VerifiedBundle
from partydesk.ui.tables import day
from partydesk.ui.translation import render

translate = QCoreApplication.translate
REFUSED_STYLE = "color: #b00020;"


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
        for bundle in batch.applied:
            layout.addWidget(self._label(describe(bundle)))
            if bundle.first_contact:
                layout.addWidget(self._label(translate(
                    "ImportReview", "This is the first bundle from {sender}. Its key "
                    "fingerprint is <b style='font-size: 15pt'>{fingerprint}</b>. Compare "
                    "it with the fingerprint printed on the cover sheet that came with the "
                    "stick; import only if they are the same.").format(
                    sender=bundle.header.sender, fingerprint=bundle.fingerprint)))
                check = QCheckBox(translate(
                    "ImportReview", "The fingerprint of {sender} is the same as on its "
                    "cover sheet").format(sender=bundle.header.sender))
                check.toggled.connect(self._update)
                self.checks.append(check)
                layout.addWidget(check)
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

    @staticmethod
    def _label(text: str) -> QLabel:
        label = QLabel(text)
        label.setWordWrap(True)
        return label

    def _update(self) -> None:
        self.import_button.setEnabled(all(check.isChecked() for check in self.checks))
