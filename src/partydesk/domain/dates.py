"""Calendar arithmetic the party's periods need: months, working days, display.

Working days are Monday to Friday. Public holidays (Tết, 30/4, 1/5, 2/9...)
are ignored, so a deadline counted here can fall a few days earlier than the
official one; the difference is on the safe side for reminders.
"""

from __future__ import annotations

import calendar
from datetime import date, timedelta


def add_months(day: date, months: int) -> date:
    """The same day ``months`` later (or earlier), clamped to the month's end.

    31/01 + 1 month is 28/02 (or 29/02 in a leap year).
    """
    index = day.year * 12 + day.month - 1 + months
    year, month_index = divmod(index, 12)
    last_day = calendar.monthrange(year, month_index + 1)[1]
    return date(year, month_index + 1, min(day.day, last_day))


def whole_months_between(start: date, end: date) -> int:
    """Completed months from ``start`` to ``end``; 0 if ``end`` is not after ``start``.

    Consistent with :func:`add_months`: the result is the largest ``m`` with
    ``add_months(start, m) <= end``.
    """
    if end <= start:
        return 0
    months = (end.year - start.year) * 12 + end.month - start.month
    # add_months keeps (or clamps down) the day, so only an earlier day can overshoot
    if end.day < start.day and add_months(start, months) > end:
        months -= 1
    return months


def add_working_days(start: date, count: int) -> date:
    """The ``count``-th working day (Monday-Friday) after ``start``; holidays ignored."""
    if count <= 0:
        return start
    # Count working days from the Monday of the start's week (a weekend counts as Friday).
    weekday = min(start.weekday(), 4)
    monday = start - timedelta(days=start.weekday())
    weeks, day = divmod(weekday + count, 5)
    return monday + timedelta(days=7 * weeks + day)


def format_date(day: date) -> str:
    """A date as the user reads it: dd/mm/yyyy."""
    return day.strftime("%d/%m/%Y")
