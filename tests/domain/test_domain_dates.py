"""Month and working-day arithmetic behind probation, windows and deadlines."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from partydesk.domain.dates import add_months, add_working_days, format_date, whole_months_between

D = date


@pytest.mark.parametrize(("start", "months", "expected"), [
    (D(2022, 3, 15), 12, D(2023, 3, 15)),
    (D(2024, 1, 31), 1, D(2024, 2, 29)),
    (D(2023, 1, 31), 1, D(2023, 2, 28)),
    (D(2024, 2, 29), 12, D(2025, 2, 28)),
    (D(2024, 5, 10), -12, D(2023, 5, 10)),
    (D(2023, 12, 5), 1, D(2024, 1, 5)),
], ids=["probation", "leap-month-end", "month-end", "leap-day", "backwards", "year-end"])
def test_add_months(start, months, expected):
    assert add_months(start, months) == expected


@pytest.mark.parametrize(("start", "end", "months"), [
    (D(2000, 6, 1), D(2018, 6, 1), 216),
    (D(2000, 6, 1), D(2018, 5, 31), 215),
    (D(2024, 1, 31), D(2024, 2, 29), 1),
    (D(2024, 3, 1), D(2024, 1, 1), 0),
], ids=["18-years", "a-day-short", "month-end", "end-before-start"])
def test_whole_months_between(start, end, months):
    assert whole_months_between(start, end) == months


@pytest.mark.parametrize(("start", "count", "expected"), [
    (D(2022, 3, 1), 30, D(2022, 4, 12)),  # Tuesday + 30 working days
    (D(2024, 6, 7), 1, D(2024, 6, 10)),  # Friday -> Monday
    (D(2024, 6, 8), 1, D(2024, 6, 10)),  # Saturday -> Monday
    (D(2024, 6, 10), 5, D(2024, 6, 17)),  # a week
    (D(2024, 6, 10), 0, D(2024, 6, 10)),
], ids=["ceremony-deadline", "over-weekend", "from-saturday", "one-week", "zero"])
def test_add_working_days(start, count, expected):
    assert add_working_days(start, count) == expected


def test_format_date_is_day_month_year():
    assert format_date(D(2026, 2, 5)) == "05/02/2026"


@given(st.dates(min_value=D(1930, 1, 1), max_value=D(2100, 1, 1)),
       st.integers(min_value=0, max_value=1200))
def test_months_added_are_months_counted(start, months):
    assert whole_months_between(start, add_months(start, months)) == months
