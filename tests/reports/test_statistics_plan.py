"""The committee's statistics read each member's membership from the partial index of
migration 0160 (membership events only), not from every event: the kinds the queries
name must stay those of the index, or SQLite silently scans everything again."""

from __future__ import annotations

from datetime import date

from partydesk.domain.statistics import STAGE_RANK
from partydesk.storage import statistics_counts


def test_the_membership_queries_use_the_membership_index(memory_db):
    statements: list[str] = []
    memory_db.conn.set_trace_callback(statements.append)
    statistics_counts.counted(memory_db, True, date(2026, 12, 31), STAGE_RANK, 2, 3, True)
    memory_db.conn.set_trace_callback(None)
    reading = [s for s in statements if "FROM (SELECT cell_code, member_id, kind" in s]
    assert len(reading) == 2                 # each member's membership; the year's movements
    for sql in reading:
        select = sql[sql.index("SELECT"):]
        plan = " ".join(row[-1] for row in memory_db.execute(f"EXPLAIN QUERY PLAN {select}"))
        assert "cell_member_events_membership" in plan, plan


def test_the_members_groupings_are_read_from_the_index_alone(memory_db):
    """A province's member rows do not fit the page cache: a question never asked
    before must not read (and decrypt) every wide row, only the covering index."""
    statements: list[str] = []
    memory_db.conn.set_trace_callback(statements.append)
    statistics_counts.counted(memory_db, True, date(2026, 12, 31), STAGE_RANK, 2, 3, True)
    memory_db.conn.set_trace_callback(None)
    per_member, members = (next(s for s in statements if f"TEMP TABLE {name} AS" in s)
                           for name in ("stat_per_member", "stat_members"))
    memory_db.execute(per_member)
    select = members[members.index("SELECT"):]
    plan = " ".join(row[-1] for row in memory_db.execute(f"EXPLAIN QUERY PLAN {select}"))
    memory_db.execute("DROP TABLE temp.stat_per_member")
    assert "COVERING INDEX cell_members_counted" in plan, plan
