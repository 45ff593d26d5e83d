"""Migration 0009_member_flags. Shipped: never edit it; add a new migration instead."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlite_utils import Database

NAME = "0009_member_flags"


# Flags derived from a member's events, kept as columns so the register can filter by
# them: a backfill for registers that already held events when this migration shipped.
MEMBER_FLAG_SQL = {
    "exempt": ("exemption_start", "exemption_end"),
    "temporarily_away": ("transfer_out_temporary", "return_from_temporary"),
}


def refresh_member_flags_sql(flag: str, where: str = "") -> str:
    started, ended = MEMBER_FLAG_SQL[flag]
    return f"""
        UPDATE members SET {flag} = (
            status IN ('official', 'probationary')
            AND COALESCE((SELECT max(occurred_on) FROM member_events e
                          WHERE e.member_id = members.id AND e.kind = '{started}'), '')
              > COALESCE((SELECT max(occurred_on) FROM member_events e
                          WHERE e.member_id = members.id AND e.kind = '{ended}'), ''))
        {where}"""


def migrate(db: Database) -> None:
    for flag in MEMBER_FLAG_SQL:
        db.execute(f"ALTER TABLE members ADD COLUMN {flag} INTEGER NOT NULL DEFAULT 0")
        db.execute(f"CREATE INDEX members_{flag} ON members (sort_key, id) WHERE {flag} = 1")
        db.execute(f"ALTER TABLE cell_members ADD COLUMN {flag} INTEGER")
        db.execute(refresh_member_flags_sql(flag))
