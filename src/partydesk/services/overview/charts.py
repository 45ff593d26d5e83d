"""What the overview's charts show: members by status at each of the last 24
month-ends, the age pyramid by sex, admissions against the target, grading shares,
and (when the dues capability is there) dues collected against due.

Worked out in a worker thread on its own connection, after the window is shown."""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field
from datetime import date

from partydesk.domain.dates import add_months
from partydesk.domain.grading import LEVELS
from partydesk.domain.organisation import Organisation
from partydesk.domain.statistics import status_on
from partydesk.domain.vnnumbers import thousands
from partydesk.storage.database import Database
from partydesk.storage.statistics_store import membership_histories

MONTHS = 24


@dataclass(frozen=True)
class Series:
    """One chart: its rows (label and values), the keys of the values (the UI names
    them in the user's language), the printed value of each row."""

    labels: tuple[str, ...]
    values: tuple[tuple[int, ...], ...]
    names: tuple[str, ...]
    texts: tuple[str, ...] = ()


@dataclass(frozen=True)
class OverviewCharts:
    by_status: Series
    pyramid: Series
    admissions: Series
    grading: Series
    grading_year: int
    dues: Series | None = None          # seam: filled when services/dues exists
    notes: tuple[str, ...] = field(default_factory=tuple)


def month_ends(today: date, count: int = MONTHS) -> list[date]:
    """The last ``count`` month-ends, the current month's counted as today."""
    first = today.replace(day=1)
    ends = [date.fromordinal(add_months(first, 1 - i).toordinal() - 1)
            for i in range(count - 1, 0, -1)]
    return [*ends, today]


def members_by_status(db: Database, committee: bool, ends: list[date]) -> Series:
    """Official and probationary members at each month-end: each member's history is
    walked once, and each stretch of a status adds to the month-ends it covers."""
    official, probationary = [0] * (len(ends) + 1), [0] * (len(ends) + 1)
    for history in membership_histories(db, committee):
        changes = sorted({on for _, on in history})
        for i, start in enumerate(changes):
            status = status_on(history, start)
            if status is None:
                continue
            end = changes[i + 1] if i + 1 < len(changes) else date.max
            first, last = bisect_left(ends, start), bisect_left(ends, end)
            target = official if status == "official" else probationary
            target[first] += 1
            target[last] -= 1
    counts_o, counts_p, running_o, running_p = [], [], 0, 0
    for i in range(len(ends)):
        running_o += official[i]
        running_p += probationary[i]
        counts_o.append(running_o)
        counts_p.append(running_p)
    return Series(tuple(f"{d.month:02d}/{d.year % 100:02d}" for d in ends),
                  tuple(zip(counts_o, counts_p, strict=True)),
                  ("official", "probationary"))


def overview_charts(db: Database, organisation: Organisation, today: date) -> OverviewCharts:
    from partydesk.services.reports.statistics import grading_shares, statistics

    committee = organisation.is_committee
    ends = month_ends(today)
    now = statistics(db, organisation, today, everything=False)
    year, graded = today.year, now["grading"]
    if not sum(v["count"] for v in graded.values()):      # this year not graded yet
        year, graded = today.year - 1, grading_shares(db, committee, today.year - 1)
    units = now.get("cells") or [now]
    admissions = Series(
        tuple(u["code"] for u in units),
        tuple((u["admissions"]["count"], u["admissions"]["target"] or 0) for u in units),
        ("admitted", "target"), tuple(u["admissions"]["text"] for u in units))
    pyramid = Series(tuple(now["by_age_group_sex"]),
                     tuple((v["male"], v["female"]) for v in now["by_age_group_sex"].values()),
                     ("male", "female"))
    grading = Series(tuple(lv.value for lv in LEVELS),
                     tuple((graded[lv.value]["count"],) for lv in LEVELS), ("members",),
                     tuple(f"{graded[lv.value]['count']} ({graded[lv.value]['share_text']})"
                           for lv in LEVELS))
    return OverviewCharts(members_by_status(db, committee, ends), pyramid, admissions,
                          grading, year, dues_series(db, organisation, today))


def dues_series(db: Database, organisation: Organisation, today: date,
                months: int = 6) -> Series | None:
    """Dues collected against due in each of the last ``months`` months, from the dues
    ledger (on a committee, its cells' copies added up); None when nothing is recorded.
    Read only: months not settled yet show what the ledger holds."""
    from partydesk.domain.dues import Month, months_between
    from partydesk.storage.dues_sums import month_sums

    last = Month.of(today)
    first = last.next(1 - months)
    rows = []
    for month in months_between(first, last):
        sums = month_sums(db, month, per_cell=organisation.is_committee).values()
        rows.append((month, sum(s["collected"] for s in sums), sum(s["due"] for s in sums)))
    if not any(collected or due for _, collected, due in rows):
        return None
    return Series(tuple(f"{m.month:02d}/{m.year % 100:02d}" for m, _, _ in rows),
                  tuple((collected, due) for _, collected, due in rows),
                  ("collected", "due"),
                  tuple(f"{thousands(collected)} / {thousands(due)}"
                        for _, collected, due in rows))
