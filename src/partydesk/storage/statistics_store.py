"""What the year-end statistics read: each member's facts and membership events,
from the cell's own register or, on a committee, from every cell's copy."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

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
    for cell, member, kind, on in db.execute(
            f"SELECT {code}, member_id, kind, occurred_on FROM {events} "
            f"WHERE kind IN ({marks}) ORDER BY {code}, member_id, occurred_on, rowid",
            MEMBERSHIP_KINDS):
        histories.setdefault((cell, member), []).append((kind, parse(on)))
    for row in db.execute(f"SELECT {code}, {_COLUMNS} FROM {members}"):
        cell, member_id = row[0], row[1]
        yield cell, MemberFacts(
            member_id=member_id, sex=row[2], birth_date=parse(row[3]), ethnicity=row[4],
            religion=row[5], education=row[6], professional_level=row[7],
            theory_level=row[8], occupation=row[9], exempt=bool(row[10]),
            events=tuple(histories.get((cell, member_id), ())))


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
