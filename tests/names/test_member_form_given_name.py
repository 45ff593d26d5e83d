"""The member form offers the words of the full name to file the member under."""

from __future__ import annotations

from datetime import date

from partydesk.domain.member import MemberRecord, Sex
from partydesk.ui.member_form import MemberForm

TODAY = date(2026, 11, 21)


def test_the_form_offers_the_words_of_the_name_and_keeps_the_choice(qtbot):
    record = MemberRecord(id="e1", full_name="Y Bih Niê", given_name="Bih", sex=Sex.MALE,
                          birth_date=date(1980, 1, 1), ethnicity="Ê Đê")
    form = MemberForm(TODAY, record)
    qtbot.addWidget(form)
    given = form.widgets["given_name"]
    assert [given.itemText(i) for i in range(given.count())] == ["Y", "Bih", "Niê"]
    assert given.currentText() == "Bih"
    form.widgets["full_name"].setText("Y Bih Niê Kdăm")        # still there: kept
    assert given.currentText() == "Bih" and form.record().given_name == "Bih"
    given.setCurrentIndex(given.count() - 1)                   # the last word: the default
    assert form.record().given_name == ""


def test_a_new_member_is_filed_under_the_last_word_unless_chosen(qtbot):
    form = MemberForm(TODAY)
    qtbot.addWidget(form)
    form.widgets["full_name"].setText("Nguyễn Văn An")
    assert form.widgets["given_name"].currentText() == "An"
    assert form.record().given_name == ""
    form.widgets["full_name"].setText("H'Hen Niê")
    form.widgets["given_name"].setCurrentText("H'Hen")
    assert form.record().given_name == "H'Hen"
