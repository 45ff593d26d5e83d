"""A member arriving from outside the committee, typed in from the transfer letter they
present (as ``transfers arrive``)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QWidget

from partydesk.domain.member import Sex
from partydesk.services.setup.installation import Installation
from partydesk.services.transfers.arrival import Letter, arrive
from partydesk.ui.event_form import date_edit
from partydesk.ui.forms import FormDialog

translate = QCoreApplication.translate


def arrival_dialog(installation: Installation, today: date, parent: QWidget | None = None):
    """The form and the function that saves what it holds."""
    dialog = FormDialog(translate("Arrival", "A member arrives with a transfer letter"),
                        parent)
    number, place, name, card = QLineEdit(), QLineEdit(), QLineEdit(), QLineEdit()
    number.setPlaceholderText("15-GGT/ĐU")
    sex = QComboBox()
    sex.addItem(translate("Arrival", "Male"), Sex.MALE)
    sex.addItem(translate("Arrival", "Female"), Sex.FEMALE)
    letter_on, arrived_on = date_edit(None, required=False), date_edit(today)
    born, admitted = date_edit(None), date_edit(None)
    ceremony, official = date_edit(None, required=False), date_edit(None, required=False)
    temporary = QCheckBox(translate("Arrival", "Temporary transfer (stays on the home "
                                               "register)"))
    rows = [(translate("Arrival", "Letter &number:"), number),
            (translate("Arrival", "Letter &from:"), place),
            (translate("Arrival", "Letter &dated:"), letter_on),
            (translate("Arrival", "&Arrived on:"), arrived_on),
            (translate("Arrival", "Full na&me:"), name),
            (translate("Arrival", "&Sex:"), sex),
            (translate("Arrival", "&Born on:"), born),
            (translate("Arrival", "Admission &decision:"), admitted),
            (translate("Arrival", "Admission &ceremony:"), ceremony),
            (translate("Arrival", "&Official since:"), official),
            (translate("Arrival", "Card num&ber:"), card)]
    for label, field in rows:
        dialog.form.addRow(label, field)
    dialog.form.addRow(temporary)
    dialog.finish()

    def save():
        letter = Letter(number.text(), place.text(), name.text(), sex.currentData(),
                        born.value(), admitted.value(), ceremony.value(), official.value(),
                        card.text().strip(), letter_on.value(), temporary.isChecked())
        return arrive(installation.db, installation.organisation, letter, arrived_on.value(),
                      today)

    return dialog, save
