"""The rotation keeps 7 daily, 4 weekly and 12 monthly backups (and the last day's)."""

from __future__ import annotations

from datetime import datetime, timedelta

from partydesk.domain.backups import to_keep


def test_a_year_of_daily_backups_keeps_7_days_4_weeks_12_months():
    start = datetime(2026, 12, 31, 8, 0)
    made = [(f"d{i}", start - timedelta(days=i)) for i in range(400)]
    kept = to_keep(made)
    days = {f"d{i}" for i in range(7)}
    assert days <= kept
    weeks = {when.isocalendar()[:2] for i, when in made if i in kept}
    months = {(when.year, when.month) for i, when in made if i in kept}
    assert len(months) == 12 and len(weeks) >= 4
    assert len(kept) <= 7 + 4 + 12
    assert "d399" not in kept


def test_backups_of_the_last_day_are_all_kept_and_the_newest_always():
    now = datetime(2026, 5, 1, 12, 0)
    made = [("a", now), ("b", now - timedelta(minutes=5)), ("c", now - timedelta(hours=30)),
            ("d", now - timedelta(hours=31))]
    assert to_keep(made) == {"a", "b", "c"}
    assert to_keep([]) == set()
