"""Agenda items of a draft meeting: who spoke, the chair's conclusion, votes."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTextBrowser,
    QVBoxLayout,
)

from partydesk.domain.votes import DecisionKind, decision_label
from partydesk.services.meetings import items as records
from partydesk.services.meetings.minutes import minutes_view
from partydesk.services.meetings.minutes_parts import ItemView
from partydesk.services.shared.register import Database
from partydesk.ui.forms import FormDialog, run_form
from partydesk.ui.translation import render

translate = QCoreApplication.translate


def text_box(text: str = "") -> QPlainTextEdit:
    box = QPlainTextEdit(text)
    box.setFixedHeight(90)
    return box


class VoteDialog(FormDialog):
    def __init__(self, people: list[tuple[str, str]], question: str = "", parent=None):
        super().__init__(translate("MeetingsPage", "Record a vote"), parent)
        self.kind = QComboBox()
        for kind in DecisionKind:
            self.kind.addItem(render(decision_label(kind)), kind.value)
        self.question = QLineEdit(question)
        self.counts = []
        for label in (translate("MeetingsPage", "&For:"), translate("MeetingsPage", "&Against:"),
                      translate("MeetingsPage", "A&bstain:")):
            spin = QSpinBox()
            spin.setRange(0, 10_000)
            self.counts.append((label, spin))
        self.subject = QComboBox()
        self.subject.addItem(translate("MeetingsPage", "(no member)"), "")
        for member_id, name in people:
            self.subject.addItem(name, member_id)
        self.form.addRow(translate("MeetingsPage", "&Decision:"), self.kind)
        self.form.addRow(translate("MeetingsPage", "&Question put to the vote:"), self.question)
        for label, spin in self.counts:
            self.form.addRow(label, spin)
        self.form.addRow(translate("MeetingsPage", "About &member:"), self.subject)
        self.finish()

    def set_counts(self, votes_for: int, against: int = 0, abstain: int = 0) -> None:
        for (_label, spin), value in zip(self.counts, (votes_for, against, abstain),
                                         strict=True):
            spin.setValue(value)

    def vote(self, item_id: str | None) -> records.VoteInput:
        votes_for, against, abstain = (spin.value() for _label, spin in self.counts)
        return records.VoteInput(DecisionKind(self.kind.currentData()), self.question.text(),
                                 votes_for, against, abstain, item_id,
                                 self.subject.currentData() or None)


class ItemsDialog(QDialog):
    def __init__(self, db: Database, meeting_id: str, parent=None):
        super().__init__(parent)
        self.db, self.meeting_id = db, meeting_id
        self.setWindowTitle(translate("MeetingsPage", "Items and votes"))
        self.resize(860, 620)
        layout = QVBoxLayout(self)
        self.items = QListWidget()
        self.items.setAccessibleName(translate("MeetingsPage", "Agenda items"))
        self.items.currentRowChanged.connect(lambda _row: self.show_item())
        self.details = QTextBrowser()
        self.outcome = QLabel()
        self.outcome.setWordWrap(True)
        self.outcome.setStyleSheet("font-weight: bold;")
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        buttons = QHBoxLayout()
        for text, slot in ((translate("MeetingsPage", "Add &item…"), self.add_item),
                           (translate("MeetingsPage", "Add &speech…"), self.add_speech),
                           (translate("MeetingsPage", "&Conclusion…"), self.conclude),
                           (translate("MeetingsPage", "Record a &vote…"), self.record_vote),
                           (translate("MeetingsPage", "C&lose"), self.accept)):
            button = QPushButton(text)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        items_label = QLabel(translate("MeetingsPage", "A&genda items:"))
        items_label.setBuddy(self.items)       # the list was an unlabelled box
        layout.addWidget(items_label)
        layout.addWidget(self.items, stretch=1)
        layout.addWidget(self.details, stretch=2)
        layout.addWidget(self.outcome)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        self.reload()

    def reload(self, select: int | None = None) -> None:
        self.view = minutes_view(self.db, self.meeting_id)
        row = self.items.currentRow() if select is None else select
        self.items.blockSignals(True)
        self.items.clear()
        for item in self.view.items:
            self.items.addItem(f"{item.position}. {item.title}")
        self.items.blockSignals(False)
        self.items.setCurrentRow(min(max(row, 0), len(self.view.items) - 1))
        self.show_item()

    def current(self) -> ItemView | None:
        row = self.items.currentRow()
        return self.view.items[row] if 0 <= row < len(self.view.items) else None

    def show_item(self) -> None:
        item = self.current()
        if item is None:
            self.details.setHtml(translate("MeetingsPage", "No agenda items yet."))
            return
        parts = [f"<h3>{escape(item.title)}</h3>"]
        parts += [f"<p><b>{escape(s.speaker_name)}:</b> {escape(s.text)}</p>"
                  for s in item.speeches]
        if item.conclusion:
            label = translate("MeetingsPage", "Conclusion:")
            parts.append(f"<p><i>{escape(label)}</i> {escape(item.conclusion)}</p>")
        parts += [f"<p>☑ {escape(v.question)} — {v.votes_for}/{v.against}/{v.abstain}: "
                  f"<b>{escape(render(v.explanation))}</b></p>" for v in item.votes]
        self.details.setHtml("".join(parts))

    def _run(self, dialog: FormDialog, save, select: int | None = None) -> bool:
        if not run_form(dialog, save):
            return False
        self.reload(select)
        return True

    def add_item(self) -> None:
        dialog = FormDialog(translate("MeetingsPage", "Agenda item"), self)
        title, conclusion = QLineEdit(), text_box()
        title.setObjectName("title")
        dialog.form.addRow(translate("MeetingsPage", "&Title:"), title)
        dialog.form.addRow(translate("MeetingsPage", "&Conclusion:"), conclusion)
        dialog.finish()
        self._run(dialog, lambda: records.add_item(self.db, self.meeting_id, title.text(),
                                                   conclusion.toPlainText()),
                  len(self.view.items))

    def add_speech(self) -> None:
        item = self.current()
        if item is None:
            return
        dialog = FormDialog(translate("MeetingsPage", "Speech"), self)
        speaker = QComboBox()
        speaker.setEditable(True)
        for entry in self.view.attendees:
            if entry.attendee.is_present:
                speaker.addItem(entry.name, entry.member_id or "")
        said = text_box()
        dialog.form.addRow(translate("MeetingsPage", "&Speaker:"), speaker)
        dialog.form.addRow(translate("MeetingsPage", "&What was said:"), said)
        dialog.finish()

        def save() -> None:
            index = speaker.findText(speaker.currentText())
            member_id = speaker.itemData(index) if index >= 0 else None
            records.add_speech(self.db, item.id, speaker.currentText(), said.toPlainText(),
                               member_id or None)
        self._run(dialog, save)

    def conclude(self) -> None:
        item = self.current()
        if item is None:
            return
        dialog = FormDialog(translate("MeetingsPage", "Chair's conclusion"), self)
        conclusion = text_box(item.conclusion)
        dialog.form.addRow(translate("MeetingsPage", "&Conclusion:"), conclusion)
        dialog.finish()
        self._run(dialog, lambda: records.set_conclusion(self.db, item.id,
                                                         conclusion.toPlainText()))

    def vote_dialog(self) -> VoteDialog:
        item = self.current()
        people = [(e.member_id, e.name) for e in self.view.attendees if e.member_id]
        return VoteDialog(people, item.title if item else "", self)

    def record_vote(self, dialog: VoteDialog | None = None) -> None:
        dialog = dialog or self.vote_dialog()
        item = self.current()
        outcome = []
        if self._run(dialog, lambda: outcome.append(records.record_vote(
                self.db, self.meeting_id, dialog.vote(item.id if item else None)))):
            self.outcome.setText(render(outcome[0].explanation))
