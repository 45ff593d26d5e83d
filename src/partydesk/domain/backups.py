"""Which backups to keep: the newest of each of the last 7 days, of the last 4 ISO
weeks and of the last 12 months (each counted over the days, weeks and months that
have a backup), and every backup of the last 24 hours before the newest one (so a
backup made by hand, or before an import, is not gone the next minute)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta

DAILY, WEEKLY, MONTHLY = 7, 4, 12
RECENT = timedelta(hours=24)


def to_keep(created: Sequence[tuple[str, datetime]]) -> set[str]:
    """``created``: (id, when) of every backup; returns the ids to keep."""
    newest_first = sorted(created, key=lambda item: item[1], reverse=True)
    if not newest_first:
        return set()
    newest = newest_first[0][1]
    keep = {backup_id for backup_id, when in newest_first if newest - when < RECENT}
    for period, count in ((lambda d: d.date(), DAILY),
                          (lambda d: d.isocalendar()[:2], WEEKLY),
                          (lambda d: (d.year, d.month), MONTHLY)):
        seen: list = []
        for backup_id, when in newest_first:
            key = period(when)
            if key in seen:
                continue
            if len(seen) == count:
                break
            seen.append(key)
            keep.add(backup_id)
    return keep
