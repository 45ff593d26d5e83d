"""Migration 0051_statistics_indexes. Shipped: never edit it; add a new migration instead."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlite_utils import Database

NAME = "0051_statistics_indexes"


def migrate(db: Database) -> None:
    """Covering indexes for the committee's year-end statistics: each member's events
    and the year's gradings are read member by member from the index alone, in the
    order the GROUP BY wants, instead of scanning and sorting the wide tables."""
    db.execute("CREATE INDEX cell_member_events_stats ON cell_member_events "
               "(cell_code, member_id, kind, occurred_on)")
    db.execute("CREATE INDEX cell_member_gradings_stats ON cell_member_gradings "
               "(year, period, cell_code, member_id, stage, level)")
    db.execute("CREATE INDEX cell_members_stats ON cell_members (cell_code, id)")
