"""A member arrives from outside the committee: the secretary types the letter in and
the member joins the register and the transfer book; a bad letter is refused in the
form, which keeps what was typed."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit

from partydesk.domain.errors import PartyDeskError
from partydesk.services.transfers.book import transfer_book
from partydesk.ui.arrival_form import arrival_dialog
from partydesk.ui.dates import DateField


def test_a_letter_typed_in_adds_the_member(cell):
    dialog, save = arrival_dialog(cell, date(2026, 12, 3))
    lines = dialog.findChildren(QLineEdit)
    dates = [d for d in dialog.findChildren(DateField)]
    number, place, name, _card = [w for w in lines if w.parent() is dialog
                                 and not isinstance(w.parent(), DateField)][:4]
    number.setText("15-GGT/ĐU")
    place.setText("Đảng ủy phường Ba Đình")
    name.setText("Lò Thị Mai")
    dialog.findChild(QComboBox).setCurrentIndex(1)
    letter_on, arrived_on, born, admitted, ceremony, official = dates
    letter_on.setDate(date(2026, 11, 10))
    arrived_on.setDate(date(2026, 11, 20))
    born.setDate(date(1990, 4, 2))
    admitted.setDate(date(2015, 5, 19))
    ceremony.setDate(date(2015, 6, 1))
    official.setDate(date(2016, 6, 1))
    assert not dialog.findChild(QCheckBox).isChecked()
    member_id, status = save()
    assert status == "official"
    [entry] = [r for r in transfer_book(cell.db) if r["member_id"] == member_id]
    assert entry["letter_number"] == "15-GGT/ĐU" and entry["direction"] == "in"
    number.setText("")
    with pytest.raises(PartyDeskError):
        save()
