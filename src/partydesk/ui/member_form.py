"""The form of a member's record (the columns of mẫu 7-HSĐV): a new member with the
admission decision and ceremony dates, or an edit of the record alone (lifecycle dates
change only through events)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from partydesk.domain.ids import new_id
from partydesk.domain.member import MemberRecord, Sex
from partydesk.domain.vietnamese import given_name_index, name_words
from partydesk.services.demo import names as common
from partydesk.ui.event_form import date_edit
from partydesk.ui.guard import GuardedDialog
from partydesk.ui.screen import scrolling

translate = QCoreApplication.translate
CONTEXT = "MemberForm"

# Record fields as the form and the change history name them, in the book's order.
FIELD_LABELS = {
    "full_name": QT_TRANSLATE_NOOP("MemberForm", "&Full name:"),
    "given_name": QT_TRANSLATE_NOOP("MemberForm", "Gi&ven name (for sorting):"),
    "birth_name": QT_TRANSLATE_NOOP("MemberForm", "Birth &name:"),
    "sex": QT_TRANSLATE_NOOP("MemberForm", "&Sex:"),
    "birth_date": QT_TRANSLATE_NOOP("MemberForm", "Date of &birth:"),
    "ethnicity": QT_TRANSLATE_NOOP("MemberForm", "E&thnicity:"),
    "religion": QT_TRANSLATE_NOOP("MemberForm", "&Religion:"),
    "home_town": QT_TRANSLATE_NOOP("MemberForm", "&Home town:"),
    "residence": QT_TRANSLATE_NOOP("MemberForm", "Resi&dence:"),
    "phone": QT_TRANSLATE_NOOP("MemberForm", "&Phone:"),
    "education": QT_TRANSLATE_NOOP("MemberForm", "&Education:"),
    "professional_level": QT_TRANSLATE_NOOP("MemberForm", "Professional &level:"),
    "theory_level": QT_TRANSLATE_NOOP("MemberForm", "Political theor&y:"),
    "languages": QT_TRANSLATE_NOOP("MemberForm", "Lan&guages:"),
    "occupation_before": QT_TRANSLATE_NOOP("MemberForm", "Occupation &before joining:"),
    "occupation_now": QT_TRANSLATE_NOOP("MemberForm", "Occupation &now:"),
    "service": QT_TRANSLATE_NOOP("MemberForm", "&Army, police, retired:"),
    "card_number": QT_TRANSLATE_NOOP("MemberForm", "Party &card number:"),
    "history_number": QT_TRANSLATE_NOOP("MemberForm", "Member &history number:"),
    "badge_number": QT_TRANSLATE_NOOP("MemberForm", "Badge n&umber:"),
    "notes": QT_TRANSLATE_NOOP("MemberForm", "N&otes:"),
}
PERSONAL = ("full_name", "given_name", "birth_name", "sex", "birth_date", "ethnicity", "religion",
            "home_town", "residence", "phone")
WORK = ("education", "professional_level", "theory_level", "languages",
        "occupation_before", "occupation_now", "service")
NUMBERS = ("card_number", "history_number", "badge_number")
# Usual answers offered in editable lists; anything else may be typed.
SUGGESTIONS = {"ethnicity": common.ETHNICITIES, "religion": common.RELIGIONS,
               "education": common.EDUCATION, "professional_level": common.PROFESSIONAL,
               "theory_level": common.THEORY, "occupation_before": common.OCCUPATIONS,
               "occupation_now": common.OCCUPATIONS}


def fixed_date(day: date | None = None, required: bool = True):
    """A date field as wide as a date needs, however wide the form."""
    edit = date_edit(day, required)
    edit.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
    return edit


def field_label(name: str) -> str:
    """A field's label without its shortcut mark and colon (for the change history)."""
    text = FIELD_LABELS.get(name)
    return translate(CONTEXT, text).replace("&", "").rstrip(":") if text else name


class MemberForm(GuardedDialog):
    """``record()`` builds the record; for a new member ``decided_on()`` and
    ``ceremony_on()`` give the admission dates."""

    def __init__(self, today: date, record: MemberRecord | None = None, parent=None):
        super().__init__(parent)
        self.original = record
        self.setWindowTitle(translate("MemberForm", "New member") if record is None
                            else translate("MemberForm", "Edit the record of {name}")
                            .format(name=record.full_name))
        self.widgets: dict[str, object] = {}
        layout = QVBoxLayout(self)
        body = QWidget()
        fields = QVBoxLayout(body)
        fields.setContentsMargins(0, 0, 0, 0)
        columns = QHBoxLayout()
        columns.addWidget(self._group(translate("MemberForm", "Personal details"), PERSONAL))
        columns.addWidget(self._group(translate("MemberForm", "Education and work"), WORK))
        fields.addLayout(columns)
        party = self._group(translate("MemberForm", "Admission and numbers") if record is None
                            else translate("MemberForm", "Card, history and badge numbers"),
                            NUMBERS)
        if record is None:
            self._admission_rows(party.layout(), today)
        fields.addWidget(party)
        self.widgets["notes"] = notes = QPlainTextEdit()
        notes.setFixedHeight(notes.fontMetrics().lineSpacing() * 3 + 12)
        party.layout().addRow(translate(CONTEXT, FIELD_LABELS["notes"]), notes)
        layout.addWidget(scrolling(body), stretch=1)   # the fields scroll, Save stays
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(
            translate("MemberForm", "&Save"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
            translate("MemberForm", "Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 110)
        self.widgets["full_name"].textChanged.connect(self._offer_given_names)
        # as large as the fields want; shrunk to the screen when shown (ui/screen.py)
        self.resize(body.sizeHint().width() + 40,
                    body.sizeHint().height() + buttons.sizeHint().height() * 3)
        self._load(record or MemberRecord(id=new_id(), full_name="", sex=Sex.MALE,
                                          birth_date=None))

    def _group(self, title: str, names: tuple[str, ...]) -> QGroupBox:
        group = QGroupBox(title)
        form = QFormLayout(group)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for name in names:
            widget = self._widget(name)
            self.widgets[name] = widget
            form.addRow(translate(CONTEXT, FIELD_LABELS[name]), widget)
        return group

    def _widget(self, name: str):
        if name == "given_name":       # one of the words of the full name
            combo = QComboBox()
            combo.setToolTip(translate("MemberForm", "The word of the full name the register "
                                       "files this member under; usually the last word, "
                                       "but e.g. Bih in the Ê Đê name Y Bih Niê."))
            return combo
        if name == "sex":
            combo = QComboBox()
            combo.addItem(translate("MemberForm", "Male"), Sex.MALE.value)
            combo.addItem(translate("MemberForm", "Female"), Sex.FEMALE.value)
            return combo
        if name == "birth_date":
            return fixed_date()
        if name in SUGGESTIONS:
            combo = QComboBox()
            combo.setEditable(True)
            combo.addItems([value for value in SUGGESTIONS[name] if value])
            return combo
        return QLineEdit()

    def _admission_rows(self, form: QFormLayout, today: date) -> None:
        self.decided = fixed_date()
        form.insertRow(0, translate("MemberForm", "Admission &decision of:"), self.decided)
        self.ceremony_held = QCheckBox(translate("MemberForm", "Ceremony &held on:"))
        self.ceremony = fixed_date()
        self.ceremony.setEnabled(False)
        self.ceremony_held.toggled.connect(self.ceremony.setEnabled)
        form.insertRow(1, self.ceremony_held, self.ceremony)

    def _offer_given_names(self, full_name: str) -> None:
        """The words of the name to choose from, keeping the chosen one if still there."""
        combo = self.widgets["given_name"]
        chosen = combo.currentText()
        words = name_words(full_name)
        combo.clear()
        combo.addItems(words)
        index = len(words) - 1
        if chosen and (found := given_name_index(full_name, chosen)) is not None:
            index = found
        combo.setCurrentIndex(index)

    def _load(self, record: MemberRecord) -> None:
        for name, widget in self.widgets.items():
            value = getattr(record, name)
            if name == "given_name":
                continue
            if name == "sex":
                widget.setCurrentIndex(widget.findData(value.value))
            elif name == "birth_date":
                widget.setDate(value)
            elif isinstance(widget, QComboBox):
                widget.setCurrentText(value)
            elif isinstance(widget, QPlainTextEdit):
                widget.setPlainText(value)
            else:
                widget.setText(value)
        self._offer_given_names(record.full_name)
        index = given_name_index(record.full_name, record.given_name)
        if index is not None:
            self.widgets["given_name"].setCurrentIndex(index)
        self.base = record

    def record(self) -> MemberRecord:
        values = {}
        for name, widget in self.widgets.items():
            if name == "given_name":    # "" when it is the last word (the default)
                last = widget.currentIndex() == widget.count() - 1
                values[name] = "" if last else widget.currentText()
            elif name == "sex":
                values[name] = Sex(widget.currentData())
            elif name == "birth_date":
                values[name] = widget.value()
            elif isinstance(widget, QComboBox):
                values[name] = widget.currentText()
            elif isinstance(widget, QPlainTextEdit):
                values[name] = widget.toPlainText()
            else:
                values[name] = widget.text()
        return replace(self.base, **values)

    def decided_on(self) -> date:
        return self.decided.value()

    def ceremony_on(self) -> date | None:
        return self.ceremony.value() if self.ceremony_held.isChecked() else None

    def show_refusal(self, text: str) -> None:
        self.error.setText(text)
