"""Key-value settings kept in the register (so they travel with it)."""

from __future__ import annotations

from partydesk.storage.connection import Database


def get_setting(db: Database, key: str, default: str | None = None) -> str | None:
    row = db.execute("SELECT value FROM settings WHERE key = ?", [key]).fetchone()
    return default if row is None else row[0]


def set_setting(db: Database, key: str, value: str) -> None:
    with db.atomic():
        db.execute("INSERT INTO settings (key, value) VALUES (?, ?) "
                   "ON CONFLICT (key) DO UPDATE SET value = excluded.value", [key, value])
