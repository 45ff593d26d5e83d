"""Forms that do not lose work: ``GuardedDialog``.

What the form holds is noted when it is first shown; Esc, Cancel or closing the window
on a form whose fields have changed asks before throwing the changes away (Keep editing
is the default, so a second Esc keeps them). Accepting first checks every date field:
an impossible or missing required date keeps the form open, with the cursor on it.
Every form of the app derives from it (``forms.FormDialog`` does), so new forms follow.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QDialog,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from partydesk.ui.dates import DateField

translate = QCoreApplication.translate


def field_values(root: QWidget) -> list:
    """What every input under ``root`` holds, in a comparable form."""
    values = []
    for widget in root.findChildren(QWidget):
        if isinstance(widget, QLineEdit):
            values.append(widget.text())
        elif isinstance(widget, QPlainTextEdit | QTextEdit):
            values.append(widget.toPlainText())
        elif isinstance(widget, QComboBox):
            values.append((widget.currentIndex(), widget.currentText()))
        elif isinstance(widget, QAbstractSpinBox):
            values.append(widget.text())
        elif isinstance(widget, QAbstractButton) and widget.isCheckable():
            values.append(widget.isChecked())
    return values


def ask_discard(parent: QWidget) -> bool:
    """True when the user agrees to throw the changes away."""
    box = QMessageBox(QMessageBox.Icon.Question, parent.windowTitle(),
                      translate("Guard", "You have changed this form. Close it and throw "
                                         "the changes away?"), parent=parent)
    discard = box.addButton(translate("Guard", "&Discard changes"),
                            QMessageBox.ButtonRole.DestructiveRole)
    keep = box.addButton(translate("Guard", "&Keep editing"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(keep)
    box.setEscapeButton(keep)
    box.exec()
    return box.clickedButton() is discard


class GuardedDialog(QDialog):
    """A dialog that asks before discarding changes and refuses impossible dates."""

    def showEvent(self, event) -> None:
        if not hasattr(self, "_initial_values"):
            self.note_saved()
        super().showEvent(event)

    def note_saved(self) -> None:
        """Take what the form holds now as its unchanged state."""
        self._initial_values = field_values(self)

    def has_changes(self) -> bool:
        return hasattr(self, "_initial_values") and field_values(self) != self._initial_values

    def reject(self) -> None:
        if self.has_changes() and not ask_discard(self):
            return
        super().reject()

    def accept(self) -> None:
        if self.date_problem() is None:
            super().accept()

    def date_problem(self) -> DateField | None:
        """The first date field that is impossible or missing, shown as such."""
        for field in self.findChildren(DateField):
            if not field.isEnabled():
                continue
            problem = field.problem()
            if problem:
                field.show_problem(problem)
                field.edit.setFocus()
                return field
        return None
