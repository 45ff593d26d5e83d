"""Settings a committee sets for its cells, carried down in downward bundles.
Committee side: dues settings per cell (``committee_dues_settings``) and admission
targets per cell (``admission_targets`` with a cell code). Cell side: every setting
received (``received_settings``), applied to ``dues_settings`` / ``admission_targets``."""

from __future__ import annotations

from partydesk.storage.connection import Database
from partydesk.storage.rows import dicts

# ---- committee side -----------------------------------------------------------------

def insert_cell_dues_settings(db: Database, rows: list[dict]) -> None:
    with db.atomic():
        for row in rows:
            db.execute("INSERT INTO committee_dues_settings (id, cell_code, key, value, "
                       "from_month, created_at) VALUES (:id, :cell_code, :key, :value, "
                       ":from_month, :created_at)", row)


def settings_for(db: Database, cell_code: str) -> dict:
    """What a cell's next downward bundle carries: ``dues`` (id, key, value, from_month,
    created_at) and ``targets`` (year, admissions, set_at)."""
    return {
        "dues": dicts(db.execute(
            "SELECT id, key, value, from_month, created_at FROM committee_dues_settings "
            "WHERE cell_code = ? ORDER BY created_at, id", [cell_code])),
        "targets": dicts(db.execute(
            "SELECT year, admissions, set_at FROM admission_targets WHERE cell_code = ? "
            "ORDER BY year", [cell_code]))}


def cell_settings_list(db: Database) -> list[dict]:
    """Every setting the committee has set for a cell, oldest first."""
    return dicts(db.execute(
        "SELECT cell_code, 'dues' AS kind, key, value, from_month AS since, "
        "created_at AS set_at FROM committee_dues_settings "
        "UNION ALL SELECT cell_code, 'target', 'admissions', admissions, CAST(year AS TEXT), "
        "set_at FROM admission_targets WHERE cell_code <> '' "
        "ORDER BY cell_code, set_at, kind"))


# ---- cell side ----------------------------------------------------------------------

def received_setting_keys(db: Database) -> set[tuple]:
    """``(id, value, set_at)`` of every setting received and in the record: a setting
    that comes again the same is not applied again."""
    return {tuple(row) for row in db.execute(
        "SELECT id, value, set_at FROM received_settings")}


def apply_received_setting(db: Database, row: dict, received_at: str) -> None:
    """Record a setting that came down and put it in force (inside the caller's
    transaction). A dues setting is dated by the time it is received, so it takes
    precedence over an older value for the same month; a target replaces the year's
    (and the record of the one it replaces: the newest bundle alone gives this state)."""
    if row["kind"] == "target":
        db.execute("DELETE FROM received_settings WHERE id = ?", [row["id"]])
    db.execute("INSERT INTO received_settings (id, kind, key, value, since, set_at, "
               "received_at) VALUES (:id, :kind, :key, :value, :since, :set_at, :received_at)",
               {**row, "received_at": received_at})
    if row["kind"] == "dues":
        db.execute("INSERT INTO dues_settings (id, key, value, from_month, recorded_at) "
                   "VALUES (?, ?, ?, ?, ?)",
                   [row["id"], row["key"], row["value"], row["since"], received_at])
        return
    db.execute("INSERT INTO admission_targets (id, year, cell_code, admissions, set_at) "
               "VALUES (?, ?, '', ?, ?) ON CONFLICT (year, cell_code) DO UPDATE SET "
               "admissions = excluded.admissions, set_at = excluded.set_at",
               [row["id"], int(row["since"]), row["value"], received_at])


def list_received_settings(db: Database) -> list[dict]:
    return dicts(db.execute(
        "SELECT kind, key, value, since, set_at, received_at FROM received_settings "
        "ORDER BY received_at, kind, key, since"))
