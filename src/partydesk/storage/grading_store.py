"""Gradings by stage, the cell's own grading, closed rounds and admission targets.
On a committee the same questions are asked of each cell's copy (``cell_<table>``)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from partydesk.domain.ids import new_id
from partydesk.storage.connection import Database
from partydesk.storage.rows import Row, now_text, select, select_one, writing


def save_member_grading(db: Database, row: Mapping[str, Any]) -> None:
    """Record (or replace) one member's grading at one stage of a year or quarter."""
    with writing():
        db.execute("""
            INSERT INTO member_gradings
                (id, member_id, year, period, stage, level, score, vote_id, recorded_at)
            VALUES (:id, :member_id, :year, :period, :stage, :level, :score, :vote_id, :at)
            ON CONFLICT (member_id, year, period, stage) DO UPDATE SET
                level = excluded.level, score = excluded.score,
                vote_id = excluded.vote_id, recorded_at = excluded.recorded_at""",
                   {"id": new_id(), "vote_id": None, "score": None, "period": "year",
                    **row, "at": now_text()})


def save_organisation_grading(db: Database, row: Mapping[str, Any]) -> None:
    with writing():
        db.execute("""
            INSERT INTO organisation_gradings (id, year, period, stage, level, score,
                                               recorded_at)
            VALUES (:id, :year, :period, :stage, :level, :score, :at)
            ON CONFLICT (year, period, stage) DO UPDATE SET
                level = excluded.level, score = excluded.score,
                recorded_at = excluded.recorded_at""",
                   {"id": new_id(), "score": None, "period": "year", **row, "at": now_text()})


def latest_stage_rows(db: Database, year: int, committee: bool = False
                      ) -> list[tuple[str, str, str, str]]:
    """(cell code, member id, stage, level) of every stage recorded for the year, as
    plain tuples (a committee's report reads tens of thousands)."""
    table, code = (("cell_member_gradings", "cell_code") if committee
                   else ("member_gradings", "''"))
    return db.execute(f"SELECT {code}, member_id, stage, level FROM {table} "
                      "WHERE year = ? AND period = 'year'", [year]).fetchall()


def member_gradings(db: Database, year: int, period: str = "year",
                    committee: bool = False) -> list[Row]:
    """Every stage recorded for the year: member_id, stage, level, score (and
    cell_code on a committee, from each cell's copy)."""
    if committee:
        return select(db, "SELECT cell_code, member_id, stage, level, score "
                          "FROM cell_member_gradings WHERE year = ? AND period = ?",
                      [year, period])
    return select(db, "SELECT '' AS cell_code, member_id, stage, level, score "
                      "FROM member_gradings WHERE year = ? AND period = ?", [year, period])


def organisation_gradings(db: Database, year: int, period: str = "year",
                          committee: bool = False) -> list[Row]:
    table = "cell_organisation_gradings" if committee else "organisation_gradings"
    code = "cell_code" if committee else "'' AS cell_code"
    return select(db, f"SELECT {code}, stage, level, score FROM {table} "
                      "WHERE year = ? AND period = ?", [year, period])


def round_closed(db: Database, year: int, period: str = "year") -> Row | None:
    return select_one(db, "SELECT * FROM grading_rounds WHERE year = ? AND period = ?",
                      [year, period])


def close_round(db: Database, year: int, period: str, breached: bool) -> None:
    with writing():
        db.execute("INSERT INTO grading_rounds (id, year, period, closed_at, limit_breached) "
                   "VALUES (?, ?, ?, ?, ?)", [new_id(), year, period, now_text(), int(breached)])


def closed_rounds(db: Database, year: int, committee: bool = False,
                  period: str = "year") -> dict[str, Row]:
    """cell code ('' on a cell) → the closed round of the year (or quarter)."""
    if committee:
        rows = select(db, "SELECT * FROM cell_grading_rounds WHERE year = ? "
                          "AND period = ?", [year, period])
        return {r["cell_code"]: r for r in rows}
    row = round_closed(db, year, period)
    return {"": row} if row else {}


def set_target(db: Database, year: int, cell_code: str, admissions: int) -> None:
    with writing():
        db.execute("""
            INSERT INTO admission_targets (id, year, cell_code, admissions, set_at)
            VALUES (?, ?, ?, ?, ?)
            ON CONFLICT (year, cell_code) DO UPDATE SET
                admissions = excluded.admissions, set_at = excluded.set_at""",
                   [new_id(), year, cell_code, admissions, now_text()])


def targets(db: Database, year: int) -> dict[str, int]:
    """cell code ('' for the organisation's own) → admissions target of the year."""
    return {r["cell_code"]: r["admissions"] for r in select(
        db, "SELECT cell_code, admissions FROM admission_targets WHERE year = ?", [year])}


def graded_members(db: Database, year: int, committee: bool = False,
                   period: str = "year") -> list[Row]:
    """Every stage recorded for the year (or quarter) with the member's name and card,
    in Vietnamese name order (on a committee from every cell's copy)."""
    if committee:
        return select(db, """
            SELECT g.cell_code, g.member_id, m.full_name, m.card_number, g.stage, g.level,
                   g.score FROM cell_member_gradings g
            JOIN cell_members m ON m.cell_code = g.cell_code AND m.id = g.member_id
            WHERE g.year = ? AND g.period = ?
            ORDER BY g.cell_code, m.sort_key, m.id""", [year, period])
    return select(db, """
        SELECT '' AS cell_code, g.member_id, m.full_name, m.card_number, g.stage, g.level,
               g.score FROM member_gradings g JOIN members m ON m.id = g.member_id
        WHERE g.year = ? AND g.period = ? ORDER BY m.sort_key, m.id""", [year, period])


def member_keys(db: Database) -> list[Row]:
    """What a grading spreadsheet may name a member by: card, or name and birth date."""
    return select(db, "SELECT id, full_name, name_folded, birth_date, card_number "
                      "FROM members")


def insert_member_gradings(db: Database, rows: list[dict]) -> None:
    """Many gradings at once (the demo); the caller holds the transaction."""
    from partydesk.storage.rows import insert_many

    stamp = now_text()
    insert_many(db, "member_gradings", [{"id": new_id(), "period": "year", "vote_id": None,
                                         **r, "recorded_at": stamp} for r in rows])
