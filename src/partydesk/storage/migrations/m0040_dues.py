"""Migration 0040_dues. Shipped: never edit it; add a new migration instead."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlite_utils import Database

NAME = "0040_dues"

DUES_TABLES = ("dues_bases", "dues_reliefs", "dues_ledger")


def migrate(db: Database) -> None:
    """Party dues: each member's basis and reliefs as dated facts, an append-only ledger
    (a trigger refuses UPDATE and DELETE), dated settings, and the committee's copies."""
    db.execute("""
        CREATE TABLE dues_bases (
            id TEXT PRIMARY KEY,
            member_id TEXT NOT NULL REFERENCES members (id),
            category TEXT NOT NULL CHECK (category IN
                ('salaried', 'benefit', 'pensioner', 'student', 'other')),
            base INTEGER CHECK (base IS NULL OR base >= 0),
            effective_from TEXT NOT NULL,
            decision TEXT NOT NULL DEFAULT '',
            recorded_at TEXT NOT NULL,
            recorded_by TEXT NOT NULL DEFAULT '')""")
    db.execute("CREATE INDEX dues_bases_member ON dues_bases (member_id, effective_from)")
    db.execute("""
        CREATE TABLE dues_reliefs (
            id TEXT PRIMARY KEY,
            member_id TEXT NOT NULL REFERENCES members (id),
            kind TEXT NOT NULL CHECK (kind IN ('exempt', 'reduce')),
            percent INTEGER NOT NULL CHECK (percent BETWEEN 1 AND 100),
            reason TEXT NOT NULL DEFAULT '',
            decision TEXT NOT NULL DEFAULT '',
            starts_on TEXT NOT NULL,
            ends_on TEXT,
            recorded_at TEXT NOT NULL,
            recorded_by TEXT NOT NULL DEFAULT '')""")
    db.execute("CREATE INDEX dues_reliefs_member ON dues_reliefs (member_id)")
    db.execute("""
        CREATE TABLE dues_ledger (
            id TEXT PRIMARY KEY,
            member_id TEXT NOT NULL REFERENCES members (id),
            month TEXT NOT NULL,
            kind TEXT NOT NULL CHECK (kind IN ('charge', 'payment', 'reversal')),
            amount INTEGER NOT NULL,
            explanation TEXT NOT NULL DEFAULT '',
            paid_on TEXT,
            via TEXT CHECK (via IS NULL OR via IN ('cash', 'portal')),
            ref TEXT NOT NULL DEFAULT '',
            reverses TEXT REFERENCES dues_ledger (id),
            batch TEXT,
            recorded_at TEXT NOT NULL,
            recorded_by TEXT NOT NULL DEFAULT '')""")
    db.execute("CREATE INDEX dues_ledger_month ON dues_ledger (month, member_id)")
    db.execute("CREATE INDEX dues_ledger_member ON dues_ledger (member_id, month)")
    db.execute("CREATE UNIQUE INDEX dues_ledger_reversed ON dues_ledger (reverses) "
               "WHERE reverses IS NOT NULL")
    for action in ("UPDATE", "DELETE"):
        db.execute(f"""
            CREATE TRIGGER dues_ledger_no_{action.lower()} BEFORE {action} ON dues_ledger
            BEGIN SELECT RAISE(ABORT, 'append-only'); END""")
    db.execute("""
        CREATE TABLE dues_settings (
            id TEXT PRIMARY KEY,
            key TEXT NOT NULL,
            value INTEGER NOT NULL,
            from_month TEXT NOT NULL,
            recorded_at TEXT NOT NULL)""")
    # The committee's copies of each cell's dues (no constraints: the cell enforced them).
    for table in DUES_TABLES:
        columns = db.execute(f"PRAGMA table_info({table})").fetchall()
        declared = ", ".join(f"{name} {kind}" for _, name, kind, *_ in columns)
        db.execute(f"CREATE TABLE cell_{table} (cell_code TEXT NOT NULL, {declared})")
        db.execute(f"CREATE INDEX cell_{table}_cell ON cell_{table} (cell_code)")
    db.execute("CREATE INDEX cell_dues_ledger_month ON cell_dues_ledger (month, cell_code)")
