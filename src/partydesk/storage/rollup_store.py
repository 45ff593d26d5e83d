"""Roll-ups (issue 15). Commune side: the newest bundle of each cell exactly as
received, and the commune's own tables a roll-up carries. Province side: the cells
each commune vouched for (keys, newest bundle: provenance) and each commune's own
tables (``commune_<table>``)."""

from __future__ import annotations

from collections.abc import Sequence

from partydesk.domain.organisation import NESTED
from partydesk.storage.connection import Database
from partydesk.storage.rows import dicts

# the commune's own tables a roll-up carries → the province's copy
COMMUNE_TABLES: dict[str, str] = {table: f"commune_{table}" for table in
                                  ("committee_decisions", "committee_notices",
                                   "admission_targets")}
ROLLUP_CELL_FIELDS = ["commune_code", "cell_code", "name", "status", "signing_public_key",
                      "fingerprint", "sequence", "sha256", "created_at", "member_count",
                      "rollup_sequence"]
SEPARATOR = NESTED     # never in a code (domain/organisation.CODE_PATTERN)


def nested_code(commune_code: str, cell_code: str) -> str:
    """How the province keys a commune's cell in its ``cell_*`` tables."""
    return f"{commune_code}{SEPARATOR}{cell_code}"


# ---- commune side -------------------------------------------------------------------

def keep_received_bundle(db: Database, cell_code: str, sequence: int, sha256: str,
                         created_at: str, fingerprint: str, content: bytes) -> None:
    """The cell's newest bundle, byte for byte (the caller holds the transaction)."""
    db.execute("INSERT INTO received_cell_bundles (cell_code, sequence, sha256, created_at, "
               "fingerprint, content) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (cell_code) "
               "DO UPDATE SET sequence = excluded.sequence, sha256 = excluded.sha256, "
               "created_at = excluded.created_at, fingerprint = excluded.fingerprint, "
               "content = excluded.content",
               [cell_code, sequence, sha256, created_at, fingerprint, content])


def received_bundle(db: Database, cell_code: str) -> bytes | None:
    row = db.execute("SELECT content FROM received_cell_bundles WHERE cell_code = ?",
                     [cell_code]).fetchone()
    return row[0] if row else None


def rollup_cell_list(db: Database) -> list[dict]:
    """Every enrolled cell with its pinned key and whether a bundle of it is kept."""
    return dicts(db.execute(
        "SELECT c.code, c.name, c.status, c.signing_public_key, c.fingerprint, c.member_count, "
        "r.sequence IS NOT NULL AS kept FROM cells c LEFT JOIN received_cell_bundles r "
        "ON r.cell_code = c.code WHERE c.level = 'cell' ORDER BY c.code"))


def read_commune_tables(db: Database) -> dict[str, tuple[list[str], list]]:
    """The commune's own tables; attached files (BLOB columns) stay at the commune."""
    result = {}
    for table in COMMUNE_TABLES:
        columns = [row[1] for row in db.execute(f"PRAGMA table_info({table})")
                   if row[2].upper() != "BLOB"]
        rows = db.execute(f"SELECT {', '.join(columns)} FROM {table} ORDER BY rowid"
                          ).fetchall()
        result[table] = (columns, [list(row) for row in rows])
    return result


# ---- province side ------------------------------------------------------------------

def commune_columns(db: Database, table: str) -> list[str]:
    return [row[1] for row in db.execute(f"PRAGMA table_info({COMMUNE_TABLES[table]})")
            if row[1] != "commune_code"]


def rollup_cells(db: Database, commune_code: str | None = None) -> list[dict]:
    where, params = ("WHERE commune_code = ? ", [commune_code]) if commune_code else ("", [])
    return dicts(db.execute(f"SELECT {', '.join(ROLLUP_CELL_FIELDS)} FROM rollup_cells "
                            f"{where}ORDER BY commune_code, cell_code", params))


def replace_commune(db: Database, commune_code: str, cells: Sequence[dict],
                    tables: dict[str, tuple[Sequence[str], Sequence]]) -> list[str]:
    """The commune's cells and own tables as of its newest roll-up; returns the nested
    codes of cells held before that this roll-up no longer carries (their rows go).
    The caller holds the transaction."""
    before = {row[0] for row in db.execute(
        "SELECT cell_code FROM rollup_cells WHERE commune_code = ?", [commune_code])}
    db.execute("DELETE FROM rollup_cells WHERE commune_code = ?", [commune_code])
    db.conn.executemany(
        f"INSERT INTO rollup_cells ({', '.join(ROLLUP_CELL_FIELDS)}) VALUES "
        f"({', '.join('?' for _ in ROLLUP_CELL_FIELDS)})",
        ([cell[f] for f in ROLLUP_CELL_FIELDS] for cell in cells))
    for table, target in COMMUNE_TABLES.items():
        db.execute(f"DELETE FROM {target} WHERE commune_code = ?", [commune_code])
        columns, rows = tables.get(table, ([], []))
        if not set(columns) <= set(commune_columns(db, table)):
            raise ValueError("unknown columns")
        if columns:
            db.conn.executemany(
                f"INSERT INTO {target} (commune_code, {', '.join(columns)}) "
                f"VALUES (?, {', '.join('?' for _ in columns)})",
                ((commune_code, *row) for row in rows))
    carried = {nested_code(commune_code, c["cell_code"]) for c in cells if c["sequence"]}
    return sorted(nested_code(commune_code, code) for code in before
                  if nested_code(commune_code, code) not in carried)


def held_member_rows(db: Database, member_id: str) -> list[dict]:
    """Every row a committee holds of a member (a member who moved between cells has
    more than one), the current one first, each with the sender that wrote it."""
    rows = dicts(db.execute(
        "SELECT * FROM cell_members WHERE id = ? "
        "ORDER BY status IN ('official', 'probationary') DESC, updated_at DESC",
        [member_id]))
    for row in rows:
        row.pop("name_folded", None)
        row.pop("sort_key", None)
    return rows


def sender_row(db: Database, code: str) -> dict | None:
    """What the committee holds of a sender it enrolled: its newest bundle and key."""
    found = dicts(db.execute(
        "SELECT code, name, level, last_sequence, last_bundle_created_at, fingerprint, "
        "last_imported_at FROM cells WHERE code = ?", [code]))
    return found[0] if found else None


def rollup_cell(db: Database, commune_code: str, cell_code: str) -> dict | None:
    found = dicts(db.execute(
        f"SELECT {', '.join(ROLLUP_CELL_FIELDS)} FROM rollup_cells WHERE commune_code = ? "
        "AND cell_code = ?", [commune_code, cell_code]))
    return found[0] if found else None


def held_member_events(db: Database, held_as: str, member_id: str) -> list[dict]:
    return dicts(db.execute(
        "SELECT kind, occurred_on, details FROM cell_member_events WHERE cell_code = ? "
        "AND member_id = ? ORDER BY occurred_on, rowid", [held_as, member_id]))
