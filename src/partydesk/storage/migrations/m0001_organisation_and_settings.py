"""Migration 0001_organisation_and_settings. Shipped: never edit it; add a new migration instead."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlite_utils import Database

NAME = "0001_organisation_and_settings"


def migrate(db: Database) -> None:
    db.execute("""
        CREATE TABLE organisation (
            id TEXT PRIMARY KEY,
            singleton INTEGER NOT NULL DEFAULT 1 UNIQUE CHECK (singleton = 1),
            role TEXT NOT NULL CHECK (role IN ('cell', 'committee')),
            name TEXT NOT NULL,
            code TEXT NOT NULL,
            higher_name TEXT NOT NULL DEFAULT '',
            term TEXT NOT NULL DEFAULT '',
            secretary TEXT NOT NULL DEFAULT '',
            signing_public_key TEXT NOT NULL,
            box_public_key TEXT NOT NULL,
            created_at TEXT NOT NULL
        )""")
    db.execute("""
        CREATE TABLE settings (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL
        )""")
