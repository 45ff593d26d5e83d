"""Migration 0160_statistics_membership_index. Shipped: never edit it; add a new one."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlite_utils import Database

NAME = "0160_statistics_membership_index"


def migrate(db: Database) -> None:
    """A covering index of the committee's membership events only (admissions,
    re-admissions, transfers, removals, expulsions, leaving, deaths: about 100,000 of
    240,000 events for 200 cells): the year-end statistics read each member's membership
    from it instead of scanning every event. The kinds are the same, in the same order,
    as storage.statistics_counts.MEMBERSHIP, which SQLite needs to use a partial index."""
    db.execute("CREATE INDEX cell_member_events_membership ON cell_member_events "
               "(cell_code, member_id, kind, occurred_on) WHERE kind IN "
               "('admission_decision', 'readmission', 'transfer_in_official', 'removal', "
               "'expulsion', 'left_party', 'death', 'transfer_out_official')")
