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
