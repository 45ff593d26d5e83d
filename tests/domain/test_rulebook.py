from __future__ import annotations

from datetime import date

import pytest

from partydesk.domain.rulebook import RuleBook, RuleValue, UnknownRule, describe_source
from partydesk.i18n import render

BOOK = RuleBook(
    [
        RuleValue("probation.months", 12, date(2011, 1, 19), "Điều lệ Đảng 2011"),
        RuleValue("dues.farmer", 2000, date(2026, 2, 3), "QĐ 01-QĐ/TW", confirmed=False),
        RuleValue("dues.farmer", 3000, date(2027, 1, 1), "QĐ 01-QĐ/TW"),
    ]
)


@pytest.mark.parametrize(
    ("as_of", "value"),
    [
        (date(2026, 2, 2), None),
        (date(2026, 2, 3), 2000),
        (date(2026, 12, 31), 2000),
        (date(2027, 1, 1), 3000),
    ],
    ids=["before-any-version", "first-day", "still-first", "second-version"],
)
def test_a_rule_is_read_as_of_a_date(as_of, value):
    if value is None:
        with pytest.raises(UnknownRule):
            BOOK.value("dues.farmer", as_of)
    else:
        assert BOOK.value("dues.farmer", as_of) == value


def test_two_values_on_the_same_day_are_a_mistake_in_the_rule_files():
    with pytest.raises(ValueError, match="same day"):
        RuleBook(
            [RuleValue("x", 1, date(2020, 1, 1), "a"), RuleValue("x", 2, date(2020, 1, 1), "b")]
        )


def test_the_source_is_cited_and_unconfirmed_values_say_so():
    confirmed = describe_source(BOOK.rule("probation.months", date(2026, 1, 1)))
    assert render(confirmed, "vi") == "Điều lệ Đảng 2011, có hiệu lực từ 19/01/2011"
    unconfirmed = describe_source(BOOK.rule("dues.farmer", date(2026, 6, 1)))
    assert "chưa được xác nhận" in render(unconfirmed, "vi")
