"""Downward bundles (committee → one cell). Committee side: the decisions and notices
written for each cell and, per cell, the last downward sequence. Cell side: what came
down (receipt, decisions, notices) and the newest downward bundle imported."""

from __future__ import annotations

import json

from partydesk.storage.connection import Database
from partydesk.storage.rows import dicts

DECISION_FIELDS = ["id", "member_id", "kind", "number", "decided_on", "details"]
NOTICE_FIELDS = ["id", "title", "text", "attachment_name", "attachment", "created_at"]


# ---- committee side -----------------------------------------------------------------

def insert_decision(db: Database, fields: dict) -> None:
    with db.atomic():
        db.execute(
            "INSERT INTO committee_decisions (id, cell_code, member_id, kind, number, "
            "decided_on, details, created_at) VALUES (:id, :cell_code, :member_id, :kind, "
            ":number, :decided_on, :details, :created_at)",
            {**fields, "details": json.dumps(fields.get("details") or {}, sort_keys=True)})


def insert_notices(db: Database, rows: list[dict]) -> None:
    with db.atomic():
        for row in rows:
            db.execute(
                "INSERT INTO committee_notices (id, cell_code, title, text, attachment_name, "
                "attachment, created_at) VALUES (:id, :cell_code, :title, :text, "
                ":attachment_name, :attachment, :created_at)", row)


def decisions_for(db: Database, cell_code: str) -> list[dict]:
    rows = dicts(db.execute(
        f"SELECT {', '.join(DECISION_FIELDS)} FROM committee_decisions WHERE cell_code = ? "
        "ORDER BY decided_on, created_at, id", [cell_code]))
    for row in rows:
        row["details"] = json.loads(row["details"])
    return rows


def notices_for(db: Database, cell_code: str) -> list[dict]:
    return dicts(db.execute(
        f"SELECT {', '.join(NOTICE_FIELDS)} FROM committee_notices WHERE cell_code = ? "
        "ORDER BY created_at, id", [cell_code]))


def downward_state(db: Database, cell_code: str) -> dict:
    rows = dicts(db.execute(
        "SELECT last_sequence, content_sha256 FROM downward_cells WHERE cell_code = ?",
        [cell_code]))
    return rows[0] if rows else {"last_sequence": 0, "content_sha256": None}


def take_downward_sequence(db: Database, cell_code: str) -> int:
    """Reserve the next number for this cell (committed at once, like upward ones)."""
    with db.atomic():
        db.execute("INSERT INTO downward_cells (cell_code) VALUES (?) "
                   "ON CONFLICT (cell_code) DO NOTHING", [cell_code])
        db.execute("UPDATE downward_cells SET last_sequence = last_sequence + 1 "
                   "WHERE cell_code = ?", [cell_code])
        return db.execute("SELECT last_sequence FROM downward_cells WHERE cell_code = ?",
                          [cell_code]).fetchone()[0]


def record_downward_export(db: Database, cell_code: str, content_sha256: str,
                           file_name: str, created_at: str) -> None:
    with db.atomic():
        db.execute("UPDATE downward_cells SET content_sha256 = ?, last_file_name = ?, "
                   "last_created_at = ? WHERE cell_code = ?",
                   [content_sha256, file_name, created_at, cell_code])


# ---- cell side ----------------------------------------------------------------------

def load_received(db: Database) -> dict | None:
    rows = dicts(db.execute("SELECT * FROM downward_received"))
    return rows[0] if rows else None


def save_received(db: Database, fields: dict) -> None:
    db.execute(
        "INSERT INTO downward_received (singleton, last_sequence, last_sha256, created_at, "
        "imported_at, receipt_sequence, receipt_sha256, receipt_created_at, "
        "receipt_imported_at) VALUES (1, :last_sequence, :last_sha256, :created_at, "
        ":imported_at, :receipt_sequence, :receipt_sha256, :receipt_created_at, "
        ":receipt_imported_at) ON CONFLICT (singleton) DO UPDATE SET "
        "last_sequence = excluded.last_sequence, last_sha256 = excluded.last_sha256, "
        "created_at = excluded.created_at, imported_at = excluded.imported_at, "
        "receipt_sequence = excluded.receipt_sequence, "
        "receipt_sha256 = excluded.receipt_sha256, "
        "receipt_created_at = excluded.receipt_created_at, "
        "receipt_imported_at = excluded.receipt_imported_at", fields)


def received_ids(db: Database, table: str) -> set[str]:
    if table not in ("received_decisions", "received_notices"):
        raise ValueError(table)
    return {row[0] for row in db.execute(f"SELECT id FROM {table}")}


def insert_received_decision(db: Database, row: dict, received_at: str, applied: bool,
                             refusal: str | None) -> None:
    db.execute(
        "INSERT INTO received_decisions (id, member_id, kind, number, decided_on, details, "
        "received_at, applied, refusal) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [row["id"], row["member_id"], row["kind"], row["number"], row["decided_on"],
         json.dumps(row["details"], sort_keys=True), received_at, int(applied), refusal])


def insert_received_notice(db: Database, row: dict, received_at: str) -> None:
    db.execute(
        "INSERT INTO received_notices (id, title, text, attachment_name, attachment, "
        "created_at, received_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
        [row["id"], row["title"], row["text"], row["attachment_name"], row["attachment"],
         row["created_at"], received_at])


def list_received_decisions(db: Database) -> list[dict]:
    return dicts(db.execute(
        "SELECT id, member_id, kind, number, decided_on, applied, refusal "
        "FROM received_decisions ORDER BY decided_on, id"))


def list_received_notices(db: Database) -> list[dict]:
    return dicts(db.execute(
        "SELECT id, title, text, attachment_name, length(attachment) AS attachment_size, "
        "created_at FROM received_notices ORDER BY created_at, id"))


def is_candidate(db: Database, candidate_id: str) -> bool:
    return db.execute("SELECT 1 FROM candidates WHERE id = ?", [candidate_id]).fetchone() \
        is not None


def save_restore_key(db: Database, cell_code: str, box_public_key: str, now: str) -> None:
    db.execute("INSERT INTO cell_restore_keys (cell_code, box_public_key, created_at) "
               "VALUES (?, ?, ?) ON CONFLICT (cell_code) DO UPDATE SET "
               "box_public_key = excluded.box_public_key, created_at = excluded.created_at",
               [cell_code, box_public_key, now])


def restore_key(db: Database, cell_code: str) -> str | None:
    row = db.execute("SELECT box_public_key FROM cell_restore_keys WHERE cell_code = ?",
                     [cell_code]).fetchone()
    return row[0] if row else None


def last_received_sequence(db: Database, cell_code: str) -> int:
    """The highest bundle number ever imported from the cell (under any of its keys)."""
    row = db.execute("SELECT max(sequence) FROM imported_bundles WHERE cell_code = ?",
                     [cell_code]).fetchone()
    return row[0] or 0


def set_export_sequence(db: Database, sequence: int) -> None:
    """A restored cell numbers its next bundle after the last one the committee holds."""
    db.execute("UPDATE higher_committee SET last_sequence = max(last_sequence, ?)",
               [sequence])


def last_import(db: Database, cell_code: str) -> dict | None:
    """sequence, sha256, created_at of the bundle from the cell imported last."""
    rows = dicts(db.execute("SELECT sequence, sha256, created_at FROM imported_bundles "
                            "WHERE cell_code = ? ORDER BY id DESC LIMIT 1", [cell_code]))
    return rows[0] if rows else None


# ---- what the app lists ---------------------------------------------------------------

def received_decisions_named(db: Database) -> list[dict]:
    """The decisions received, newest first, with the member's (or candidate's) name."""
    return dicts(db.execute(
        "SELECT d.id, d.member_id, d.kind, d.number, d.decided_on, d.applied, d.refusal, "
        "d.received_at, coalesce(m.full_name, c.full_name, '') AS full_name "
        "FROM received_decisions d LEFT JOIN members m ON m.id = d.member_id "
        "LEFT JOIN candidates c ON c.id = d.member_id "
        "ORDER BY d.decided_on DESC, d.id DESC"))


def notice_attachment(db: Database, notice_id: str) -> tuple[str, bytes] | None:
    row = db.execute("SELECT attachment_name, attachment FROM received_notices "
                     "WHERE id = ? AND attachment IS NOT NULL", [notice_id]).fetchone()
    return (row[0] or "tai-lieu.pdf", bytes(row[1])) if row else None


def committee_decisions_named(db: Database) -> list[dict]:
    """Every decision the committee recorded, newest first, with the person's name."""
    return dicts(db.execute(
        "SELECT d.id, d.cell_code, d.member_id, d.kind, d.number, d.decided_on, "
        "d.created_at, coalesce((SELECT m.full_name FROM cell_members m "
        " WHERE m.cell_code = d.cell_code AND m.id = d.member_id), (SELECT c.full_name "
        " FROM cell_candidates c WHERE c.cell_code = d.cell_code AND c.id = d.member_id), "
        " '') AS full_name FROM committee_decisions d "
        "ORDER BY d.decided_on DESC, d.created_at DESC, d.id"))


def committee_notices_listed(db: Database) -> list[dict]:
    """Every notice the committee wrote, newest first, one row per notice and cell."""
    return dicts(db.execute(
        "SELECT id, cell_code, title, attachment_name, created_at FROM committee_notices "
        "ORDER BY created_at DESC, title, cell_code"))


def cell_people(db: Database, cell_code: str) -> list[dict]:
    """The members and candidates of a cell as its last bundle holds them (id,
    full_name, birth_date, status), in name order: whom a decision can be about."""
    return dicts(db.execute(
        "SELECT id, full_name, birth_date, status, sort_key FROM cell_members "
        "WHERE cell_code = ? UNION ALL SELECT id, full_name, birth_date, 'candidate', "
        "sort_key FROM cell_candidates WHERE cell_code = ? ORDER BY sort_key, id",
        [cell_code, cell_code]))
