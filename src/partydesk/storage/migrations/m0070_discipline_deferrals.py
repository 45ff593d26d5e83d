"""Migration 0070_discipline_deferrals. Shipped: never edit it; add a new migration instead."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlite_utils import Database

NAME = "0070_discipline_deferrals"


def migrate(db: Database) -> None:
    """Discipline cases not considered yet (pregnancy, nursing, hospital), until when."""
    db.execute("""
        CREATE TABLE discipline_deferrals (
            id TEXT PRIMARY KEY,
            member_id TEXT NOT NULL REFERENCES members(id),
            deferral_case TEXT NOT NULL,
            since TEXT NOT NULL,
            until TEXT NOT NULL,
            note TEXT NOT NULL DEFAULT ''
        )""")
    db.execute("CREATE INDEX discipline_deferrals_member ON discipline_deferrals(member_id)")
