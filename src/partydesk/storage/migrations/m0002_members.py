"""Migration 0002_members. Shipped: never edit it; add a new migration instead."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlite_utils import Database

NAME = "0002_members"


def migrate(db: Database) -> None:
    db.execute("""
        CREATE TABLE members (
            id TEXT PRIMARY KEY,
            full_name TEXT NOT NULL,
            name_folded TEXT NOT NULL,
            sort_key TEXT NOT NULL,
            birth_name TEXT NOT NULL DEFAULT '',
            sex TEXT NOT NULL CHECK (sex IN ('male', 'female')),
            birth_date TEXT NOT NULL,
            ethnicity TEXT NOT NULL DEFAULT '',
            religion TEXT NOT NULL DEFAULT '',
            home_town TEXT NOT NULL DEFAULT '',
            residence TEXT NOT NULL DEFAULT '',
            education TEXT NOT NULL DEFAULT '',
            professional_level TEXT NOT NULL DEFAULT '',
            theory_level TEXT NOT NULL DEFAULT '',
            languages TEXT NOT NULL DEFAULT '',
            occupation_before TEXT NOT NULL DEFAULT '',
            occupation_now TEXT NOT NULL DEFAULT '',
            admitted_on TEXT,
            ceremony_on TEXT,
            official_on TEXT,
            card_number TEXT,
            history_number TEXT NOT NULL DEFAULT '',
            badge_number TEXT NOT NULL DEFAULT '',
            service TEXT NOT NULL DEFAULT '',
            phone TEXT NOT NULL DEFAULT '',
            notes TEXT NOT NULL DEFAULT '',
            status TEXT NOT NULL,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        )""")
    db.execute("CREATE UNIQUE INDEX members_card_number ON members (card_number) "
               "WHERE card_number IS NOT NULL AND card_number != ''")
    db.execute("CREATE INDEX members_sort ON members (sort_key, id)")
    db.execute("CREATE INDEX members_status_sort ON members (status, sort_key, id)")
    db.execute("""
        CREATE TABLE member_events (
            id TEXT PRIMARY KEY,
            member_id TEXT NOT NULL REFERENCES members (id) ON DELETE CASCADE,
            kind TEXT NOT NULL,
            occurred_on TEXT NOT NULL,
            details TEXT NOT NULL DEFAULT '{}',
            created_at TEXT NOT NULL
        )""")
    db.execute("CREATE INDEX member_events_member ON member_events (member_id, occurred_on)")
