"""Migration 0050_grading_targets. Shipped: never edit it; add a new migration instead."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlite_utils import Database

NAME = "0050_grading_targets"

# Tables a cell's bundle carries for the grading (frozen copy of schema.py's names).
GRADING_TABLES = ("member_gradings", "organisation_gradings", "grading_rounds")


def migrate(db: Database) -> None:
    """Gradings by stage (self, cell, committee) for a year or a quarter, the cell's
    own grading, closed rounds, and admission targets; the committee keeps each
    cell's grading tables as ``cell_<table>`` like the other cell records."""
    db.execute("""
        CREATE TABLE member_gradings (
            id TEXT PRIMARY KEY,
            member_id TEXT NOT NULL REFERENCES members (id) ON DELETE CASCADE,
            year INTEGER NOT NULL,
            period TEXT NOT NULL DEFAULT 'year',
            stage TEXT NOT NULL CHECK (stage IN ('self', 'cell', 'committee')),
            level TEXT NOT NULL CHECK (level IN
                ('outstanding', 'good', 'completed', 'not_completed')),
            score INTEGER CHECK (score IS NULL OR score BETWEEN 0 AND 100),
            vote_id TEXT,
            recorded_at TEXT NOT NULL,
            UNIQUE (member_id, year, period, stage)
        )""")
    db.execute("CREATE INDEX member_gradings_year ON member_gradings (year, period)")
    db.execute("""
        CREATE TABLE organisation_gradings (
            id TEXT PRIMARY KEY,
            year INTEGER NOT NULL,
            period TEXT NOT NULL DEFAULT 'year',
            stage TEXT NOT NULL CHECK (stage IN ('self', 'cell', 'committee')),
            level TEXT NOT NULL CHECK (level IN
                ('outstanding', 'good', 'completed', 'not_completed')),
            score INTEGER CHECK (score IS NULL OR score BETWEEN 0 AND 100),
            recorded_at TEXT NOT NULL,
            UNIQUE (year, period, stage)
        )""")
    db.execute("""
        CREATE TABLE grading_rounds (
            id TEXT PRIMARY KEY,
            year INTEGER NOT NULL,
            period TEXT NOT NULL DEFAULT 'year',
            closed_at TEXT NOT NULL,
            limit_breached INTEGER NOT NULL DEFAULT 0,
            UNIQUE (year, period)
        )""")
    db.execute("""
        CREATE TABLE admission_targets (
            id TEXT PRIMARY KEY,
            year INTEGER NOT NULL,
            cell_code TEXT NOT NULL DEFAULT '',
            admissions INTEGER NOT NULL CHECK (admissions >= 0),
            set_at TEXT NOT NULL,
            UNIQUE (year, cell_code)
        )""")
    for table in GRADING_TABLES:
        columns = db.execute(f"PRAGMA table_info({table})").fetchall()
        declared = ", ".join(f"{name} {kind}" for _, name, kind, *_ in columns)
        db.execute(f"CREATE TABLE cell_{table} (cell_code TEXT NOT NULL, {declared})")
        db.execute(f"CREATE INDEX cell_{table}_cell ON cell_{table} (cell_code)")
