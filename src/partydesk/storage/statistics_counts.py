"""The year-end statistics counted inside SQLite.

One pass over the membership events, member by member (on a committee straight from
the partial index of migration 0160), gives each member's last membership event on
the report date and on the eve of the year (an admission, re-admission or transfer in
makes a member; removal, expulsion, leaving, death or a transfer out ends it; same-day
events in the order recorded), the latest admission and the year's movements. Then
one GROUP BY per grouping over the members present. Only a few hundred rows come
back to Python: a committee of 50,000 members takes about 0.6 s of CPU.

Members admitted more than once are returned apart, so that the domain can fold
their party age exactly from their events."""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from datetime import date, timedelta
from typing import Any

from partydesk.storage import statistics_kept
from partydesk.storage.connection import Database

STARTS = ("admission_decision", "readmission")
ACTIVE_LAST = ("admission_decision", "readmission", "transfer_in_official")
MEMBERSHIP = (*ACTIVE_LAST, "removal", "expulsion", "left_party", "death",
              "transfer_out_official")
CONVERSION = "conversion_official"     # for folding party age; not a change of membership
DIMENSIONS = ("sex", "ethnicity", "religion", "education", "professional_level",
              "theory_level", "occupation_now")
ROWID_PAD = 10 ** 12  # + rowid: 13 digits, so that the text sorts as the number
KIND_AT = 24          # in "YYYY-MM-DD" + 13-digit order + kind, where the kind starts
COUNTING = 1          # raise when what counted() returns changes: kept counts go stale
TEMP_TABLES = ("stat_per_member", "stat_members", "stat_graded", "stat_cells")
ONLY = " AND cell_code IN (SELECT cell_code FROM temp.stat_cells)"


def _marks(values: tuple) -> str:
    return ", ".join(f"'{v}'" for v in values)     # fixed event kinds, never user text


def _sources(committee: bool) -> tuple[str, str, str]:
    if committee:
        return ("cell_members",
                "(SELECT cell_code, member_id, kind, occurred_on, rowid AS r "
                "FROM cell_member_events)", "cell_member_gradings")
    return ("(SELECT '' AS cell_code, * FROM members)",
            "(SELECT '' AS cell_code, member_id, kind, occurred_on, rowid AS r "
            "FROM member_events)",
            "(SELECT '' AS cell_code, * FROM member_gradings)")


@contextmanager
def _temp(db: Database) -> Iterator[None]:
    try:
        yield
    finally:
        for table in TEMP_TABLES:
            db.execute(f"DROP TABLE IF EXISTS temp.{table}")


def _last(day: str) -> str:
    # day, then the rowid as 13 digits (an integer's text, cheaper than printf), then kind
    return (f"max(CASE WHEN occurred_on <= '{day}' "
            f"THEN occurred_on || ({ROWID_PAD} + r) || kind END)")


def _band(value: str, bands: Sequence[tuple[int, int]]) -> str:
    """The band's index for ``value`` (clamped to 0..150), -1 when in none: the
    GROUP BY then returns a few rows per cell instead of one per year of age."""
    whens = []
    for i, (low, high) in enumerate(bands):
        test = [f"{value} >= {int(low)}"] if low > 0 else []       # clamped: no max/min
        test += [f"{value} <= {int(high)}"] if high < 150 else []
        whens.append(f"WHEN {' AND '.join(test) or f'{value} IS NOT NULL'} THEN {i}")
    return f"(CASE {' '.join(whens)} ELSE -1 END)" if bands else "-1"


def _prepare(db: Database, committee: bool, as_of: date, stage_ranks: Mapping[str, int],
             period: str = "year", only: str = "") -> None:
    members, events, gradings = _sources(committee)
    day, year = as_of.isoformat(), as_of.year
    eve = date(year - 1, 12, 31).isoformat()
    db.execute(f"""CREATE TEMP TABLE stat_per_member AS
        SELECT cell_code, member_id, {_last(day)} AS last_day, {_last(eve)} AS last_eve,
               max(CASE WHEN kind IN ({_marks(STARTS)}) AND occurred_on <= '{day}'
                   THEN occurred_on END) AS started,
               sum(kind IN ({_marks(STARTS)}) AND occurred_on <= '{day}') AS starts
        FROM {events} WHERE kind IN ({_marks(MEMBERSHIP)}){only}
        GROUP BY cell_code, member_id""")
    db.execute("CREATE INDEX temp.stat_per_member_id ON stat_per_member (cell_code, member_id)")
    month_end = (as_of + timedelta(days=1)).month != as_of.month
    # Whole months from the latest admission to the day, as domain.dates counts them
    # (an earlier day of month takes one off, unless the day is its month's last).
    # Days are stored ISO ("YYYY-MM-DD"): substr is several times cheaper than strftime.
    db.execute(f"""CREATE TEMP TABLE stat_members AS
        SELECT m.cell_code, m.id AS member_id, {', '.join(f'm.{d}' for d in DIMENSIONS)},
               COALESCE(m.exempt, 0) AS exempt, p.starts,
               {year} - CAST(substr(m.birth_date, 1, 4) AS INTEGER)
                   - ('{day[5:]}' < substr(m.birth_date, 6, 5)) AS age,
               max(0, ({year} - CAST(substr(p.started, 1, 4) AS INTEGER)) * 12
                   + {as_of.month} - CAST(substr(p.started, 6, 2) AS INTEGER)
                   - ({as_of.day} < CAST(substr(p.started, 9, 2) AS INTEGER)
                      AND NOT {int(month_end)})) AS party_months
        FROM {members} m
        CROSS JOIN temp.stat_per_member p ON p.cell_code = m.cell_code AND p.member_id = m.id
        WHERE substr(p.last_day, {KIND_AT}) IN ({_marks(ACTIVE_LAST)}){only.replace(
            "cell_code", "m.cell_code", 1)}""")
    rank = " ".join(f"WHEN '{stage}' THEN {int(value)}" for stage, value in stage_ranks.items())
    db.execute(f"""CREATE TEMP TABLE stat_graded AS
        SELECT cell_code, member_id, level, max(CASE stage {rank} ELSE -1 END) AS rank
        FROM {gradings} WHERE year = {int(year)} AND period = ?{only}
        GROUP BY cell_code, member_id""", [period])
    db.execute("CREATE INDEX temp.stat_graded_member ON stat_graded (cell_code, member_id)")


def counted(db: Database, committee: bool, as_of: date, stage_ranks: Mapping[str, int],
            decided_rank: int, not_graded_months: int, exempt_out: bool,
            fix_party_months=None, everything: bool = True, period: str = "year",
            bands: tuple[Sequence[tuple[int, int]], Sequence[tuple[int, int]]] = ((), ())
            ) -> dict[str, Any]:
    """Grouped counts, each a list of rows beginning with the cell code ('' on a cell).
    ``fix_party_months(rows)`` gets the re-admitted members' (cell, id) and returns
    their party age in months, folded exactly. Without ``everything``, only what the
    overview's charts draw (members by age and sex, movements, grading). ``period``
    is the grading counted: 'year', or a quarter 'q1' to 'q4'. ``bands`` are the age
    and party-age bands (inclusive years): ages come back as a band's index (-1: none)."""
    basis = statistics_kept.basis_of(
        counting=COUNTING, as_of=as_of, stage_ranks=dict(stage_ranks), decided=decided_rank,
        months=not_graded_months, exempt_out=exempt_out, everything=everything,
        period=period, bands=bands, folded=fix_party_months is not None) if committee else ""
    # The working tables live in memory: on disk, writing and dropping them would
    # cost more than the counting.
    db.execute("PRAGMA temp_store = MEMORY")

    def count(cells: list[str] | None = None) -> dict[str, Any]:
        return _counted(db, committee, as_of, stage_ranks, decided_rank, not_graded_months,
                        exempt_out, fix_party_months, everything, period, bands, cells)

    with db.atomic():
        kept = statistics_kept.kept_counts(db, basis) if committee else None
        if kept is None:
            counts = count()
            if committee:
                statistics_kept.keep_counts(db, basis, counts, ())
            return counts
        counts, stale = kept
        if stale:                    # cells written since: count those only
            fresh = count(stale)
            statistics_kept.keep_counts(db, basis, fresh, stale)
            statistics_kept.merge(counts, fresh)
        return statistics_kept.merge(_empty(everything), counts)


def _empty(everything: bool) -> dict[str, Any]:
    return {"dimensions": {d: [] for d in DIMENSIONS} if everything else {},
            **{key: [] for key in ("age_band_sex", "party_age_band", "at_start", "grading",
                                   "to_grade", "movements")}}


def _counted(db: Database, committee: bool, as_of: date, stage_ranks: Mapping[str, int],
             decided_rank: int, not_graded_months: int, exempt_out: bool,
             fix_party_months, everything: bool, period: str,
             bands: tuple[Sequence[tuple[int, int]], Sequence[tuple[int, int]]],
             cells: list[str] | None = None) -> dict[str, Any]:
    """Counted afresh: every cell, or only ``cells``."""
    with _temp(db):
        only = ""
        if cells is not None:
            db.execute("CREATE TEMP TABLE stat_cells (cell_code TEXT PRIMARY KEY)")
            db.conn.executemany("INSERT INTO temp.stat_cells VALUES (?)",
                                [(c,) for c in cells])
            only = ONLY
        _prepare(db, committee, as_of, stage_ranks, period, only)
        if fix_party_months is not None and everything:
            again = db.execute("SELECT cell_code, member_id FROM temp.stat_members "
                               "WHERE starts > 1").fetchall()
            if again:
                db.conn.executemany(
                    "UPDATE temp.stat_members SET party_months = ? "
                    "WHERE cell_code = ? AND member_id = ?",
                    [(months, cell, member) for (cell, member), months
                     in zip(again, fix_party_months(again), strict=True)])
        counts = _grouped(db, not_graded_months, exempt_out, decided_rank, everything, bands)
        _, events, _ = _sources(committee)
        counts["movements"] = db.execute(
            f"SELECT cell_code, kind, count(*) FROM {events} WHERE kind IN "
            f"({_marks(MEMBERSHIP)}) AND occurred_on BETWEEN '{as_of.year}-01-01' AND "
            f"'{as_of.isoformat()}'{only} GROUP BY 1, 2").fetchall()
        return counts


def _grouped(db: Database, months: int, exempt_out: bool, decided_rank: int,
             everything: bool, bands: tuple[Sequence, Sequence]) -> dict:
    def run(sql: str, needed: bool = True) -> list[tuple]:
        return db.execute(sql).fetchall() if needed else []

    return {
        "dimensions": {d: run(f"SELECT cell_code, {d}, count(*) FROM temp.stat_members "
                              "GROUP BY 1, 2") for d in DIMENSIONS} if everything else {},
        "age_band_sex": run(f"SELECT cell_code, {_band('age', bands[0])}, sex, count(*) "
                            "FROM temp.stat_members GROUP BY 1, 2, 3"),
        "party_age_band": run(f"SELECT cell_code, {_band('party_months / 12', bands[1])}, "
                              "count(*) FROM temp.stat_members GROUP BY 1, 2", everything),
        "at_start": run(f"SELECT cell_code, count(*) FROM temp.stat_per_member "
                        f"WHERE substr(last_eve, {KIND_AT}) IN ({_marks(ACTIVE_LAST)}) "
                        "GROUP BY 1"),
        "grading": run(f"SELECT cell_code, level, count(*), sum(rank < {int(decided_rank)}) "
                       "FROM temp.stat_graded GROUP BY 1, 2"),
        "to_grade": run(f"""SELECT m.cell_code, count(*), sum(g.member_id IS NULL)
            FROM temp.stat_members m LEFT JOIN temp.stat_graded g
              ON g.cell_code = m.cell_code AND g.member_id = m.member_id
            WHERE NOT (m.exempt AND {int(exempt_out)})
              AND m.party_months >= {int(months)} GROUP BY 1""", everything),
    }


def member_histories(db: Database, committee: bool, wanted: list[tuple[str, str]]
                     ) -> dict[tuple[str, str], list[tuple[str, str]]]:
    """The membership events (kind, ISO day) of a few members, in the order recorded."""
    _, events, _ = _sources(committee)
    found: dict[tuple[str, str], list[tuple[str, str]]] = {key: [] for key in wanted}
    kinds = _marks((*MEMBERSHIP, CONVERSION))
    for cell, member in wanted:
        found[cell, member] = db.execute(
            f"SELECT kind, occurred_on FROM {events} WHERE cell_code = ? AND member_id = ? "
            f"AND kind IN ({kinds}) ORDER BY r", [cell, member]).fetchall()
    return found
