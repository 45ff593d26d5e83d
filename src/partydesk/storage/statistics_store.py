"""What the year-end statistics read: each member's facts and membership events,
from the cell's own register or, on a committee, from every cell's copy."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from operator import itemgetter

from partydesk.domain.statistics import ENDS, MOVEMENTS, STARTS, MemberFacts
from partydesk.storage.connection import Database

MEMBERSHIP_KINDS = tuple(sorted({*STARTS, *ENDS, *MOVEMENTS, "conversion_official"}))
_COLUMNS = ("id, sex, birth_date, ethnicity, religion, education, professional_level, "
            "theory_level, occupation_now, COALESCE(exempt, 0)")


def member_facts(db: Database, committee: bool = False) -> Iterator[tuple[str, MemberFacts]]:
    """(cell code, facts) for every member held, whatever their status (the status on
    the report's date comes from the events). Cell code is '' on a cell."""
    members, events = ("cell_members", "cell_member_events") if committee else (
        "members", "member_events")
    code = "cell_code" if committee else "''"
    marks = ", ".join("?" for _ in MEMBERSHIP_KINDS)
    histories: dict[tuple[str, str], list[tuple[str, date]]] = {}
    parse = date.fromisoformat
    # In the order recorded (a table scan, no sort of the whole table); each member's
    # few events are then put in date order, same-day events keeping that order.
    for cell, member, kind, on in db.execute(
            f"SELECT {code}, member_id, kind, occurred_on FROM {events} "
            f"WHERE kind IN ({marks}) ORDER BY rowid", MEMBERSHIP_KINDS):
        histories.setdefault((cell, member), []).append((kind, parse(on)))
    by_date = itemgetter(1)
    for history in histories.values():
        if len(history) > 1:
            history.sort(key=by_date)
    for row in db.execute(f"SELECT {code}, {_COLUMNS} FROM {members}"):
        cell, member_id = row[0], row[1]
        yield cell, MemberFacts(member_id, row[2], parse(row[3]), *row[4:10],
                                histories.get((cell, member_id), ()), bool(row[10]))


def grouped_counts_floor(db: Database, as_of: date) -> int:
    """The benchmark's floor: the same dimensions counted by one SQL GROUP BY over the
    members' stored status (no history); returns the number of groups."""
    rows = db.execute("""
        SELECT cell_code, sex, ethnicity, religion, education, professional_level,
               theory_level, occupation_now,
               (CAST(strftime('%Y', ?) AS INTEGER) - CAST(strftime('%Y', birth_date)
                AS INTEGER)) / 10 AS decade, count(*)
        FROM cell_members WHERE status IN ('official', 'probationary')
        GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9""", [as_of.isoformat()]).fetchall()
    return len(rows)


def membership_histories(db: Database, committee: bool = False
                         ) -> Iterator[list[tuple[str, date]]]:
    """Each member's membership events (kind, day) in date order (same-day events in
    the order recorded), members one after another."""
    events = "cell_member_events" if committee else "member_events"
    code = "cell_code" if committee else "''"
    marks = ", ".join("?" for _ in MEMBERSHIP_KINDS)
    parse, current, history = date.fromisoformat, None, []
    for key, member, kind, on in db.execute(
            f"SELECT {code}, member_id, kind, occurred_on FROM {events} "
            f"WHERE kind IN ({marks}) ORDER BY 1, 2, occurred_on, rowid", MEMBERSHIP_KINDS):
        if (key, member) != current:
            if history:
                yield history
            current, history = (key, member), []
        history.append((kind, parse(on)))
    if history:
        yield history
