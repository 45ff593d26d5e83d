"""A cell's partition: the tables a bundle carries, read whole on the cell and kept
per cell on the committee (``cell_<table>``, each row prefixed with ``cell_code``).

To carry a new table (meetings, resolutions…): add it to PARTITION_TABLES and add a
migration creating its committee copy with ``cell_code`` plus the same columns.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from partydesk.domain.vietnamese import name_sort_key, search_form
from partydesk.storage.bulk_load import deferred_indexes
from partydesk.storage.connection import Database
from partydesk.storage.schema import CELL_RECORD_TABLES
from partydesk.storage.statistics_kept import forget_cell

# sender's table → the committee's consolidated copy
PARTITION_TABLES: dict[str, str] = {
    "organisation": "cell_organisation",
    "members": "cell_members",
    "member_events": "cell_member_events",
    **{table: f"cell_{table}" for table in CELL_RECORD_TABLES},
}
MEMBERS = "members"


def _committee_table(table: str) -> str:
    try:
        return PARTITION_TABLES[table]
    except KeyError:
        raise ValueError(f"not a partition table: {table}") from None


def table_columns(db: Database, table: str) -> list[str]:
    if table not in PARTITION_TABLES and table not in PARTITION_TABLES.values():
        raise ValueError(f"not a partition table: {table}")
    return [row[1] for row in db.execute(f"PRAGMA table_info({table})").fetchall()]


def read_partition(db: Database) -> dict[str, tuple[list[str], list[tuple]]]:
    """Every partition table of this installation: ``table → (columns, rows)``,
    read in one snapshot (a single read transaction)."""
    result = {}
    with db.atomic():
        for table in PARTITION_TABLES:
            columns = table_columns(db, table)
            rows = db.execute(f"SELECT * FROM {table} ORDER BY rowid").fetchall()
            result[table] = (columns, rows)
    return result


def committee_columns(db: Database, table: str) -> list[str]:
    """The sender's columns the committee's copy of ``table`` can hold."""
    return [c for c in table_columns(db, _committee_table(table)) if c != "cell_code"]


def committee_column_types(db: Database, table: str) -> dict[str, str]:
    """``column → declared SQL type`` of the committee's copy of ``table``."""
    target = _committee_table(table)
    return {row[1]: row[2] for row in db.execute(f"PRAGMA table_info({target})").fetchall()
            if row[1] != "cell_code"}


def cell_rows_by_id(db: Database, table: str, cell_code: str,
                    columns: Sequence[str]) -> dict[str, tuple]:
    """The committee's copy of one cell's rows, ``id → row`` in ``columns`` order."""
    target = _committee_table(table)
    allowed = set(committee_columns(db, table))
    if "id" not in columns or not set(columns) <= allowed:
        raise ValueError("unknown columns")
    id_at = list(columns).index("id")
    cursor = db.execute(
        f"SELECT {', '.join(columns)} FROM {target} WHERE cell_code = ?", [cell_code])
    return {row[id_at]: row for row in cursor}


def replace_cell_partition(db: Database, cell_code: str,
                           tables: dict[str, tuple[Sequence[str], Iterable[Sequence]]],
                           between_tables=None) -> None:
    """Replace everything held for ``cell_code`` with ``tables`` (every partition table;
    a missing one becomes empty). The caller holds the transaction."""
    _counts_change(db, cell_code)
    for table in PARTITION_TABLES:
        target = _committee_table(table)
        db.execute(f"DELETE FROM {target} WHERE cell_code = ?", [cell_code])
        if table not in tables:
            continue
        columns, rows = tables[table]
        if table == MEMBERS:
            columns, rows = _rekeyed(columns, rows)
        if not set(columns) <= set(committee_columns(db, table)):
            raise ValueError("unknown columns")
        sql = (f"INSERT INTO {target} (cell_code, {', '.join(columns)}) "
               f"VALUES (?, {', '.join('?' for _ in columns)})")
        db.conn.executemany(sql, ((cell_code, *row) for row in rows))
        if between_tables is not None:
            between_tables(table)


def _counts_change(db: Database, cell_code: str) -> None:
    """The cell's kept statistics counts no longer hold (same transaction)."""
    forget_cell(db, cell_code)


def _rekeyed(columns: Sequence[str],
             rows: Iterable[Sequence]) -> tuple[list[str], Iterable[Sequence]]:
    """Member rows with the committee's own sort key and search words, made from the
    name and given name: a cell still on an older version then sorts like the rest."""
    columns = list(columns)
    if "full_name" not in columns:
        return columns, rows
    columns += [c for c in ("name_folded", "sort_key") if c not in columns]
    name_at, key_at, folded_at = (columns.index(c) for c in
                                  ("full_name", "sort_key", "name_folded"))
    given_at = columns.index("given_name") if "given_name" in columns else None

    def rekey(row: Sequence) -> list:
        values = list(row) + [None] * (len(columns) - len(row))
        name = values[name_at] or ""
        given = (values[given_at] or "") if given_at is not None else ""
        values[key_at], values[folded_at] = name_sort_key(name, given), search_form(name)
        return values

    return columns, (rekey(row) for row in rows)


def consolidated_members(db: Database, folded_words: Sequence[str] = (),
                         status: str | None = None, cell_code: str | None = None) -> list[dict]:
    """Every member of every cell, in Vietnamese name order (a member who moved to
    another cell of the committee only there); each of ``folded_words`` must start a
    word of the (folded) name. Paged underneath (``consolidated_store``)."""
    from partydesk.storage.consolidated_store import consolidated_rows

    return [{k: v for k, v in row.items() if k != "sort_key"}
            for row in consolidated_rows(db, folded_words, status, cell_code)]


def member_counts_by_cell(db: Database) -> dict[str, dict[str, int]]:
    """``cell_code → status → number of members`` held for each cell."""
    counts: dict[str, dict[str, int]] = {}
    for code, status, count in db.execute(
            "SELECT cell_code, status, count(*) FROM cell_members GROUP BY cell_code, status"):
        counts.setdefault(code, {})[status] = count
    return counts


def cell_member_known(db: Database, cell_code: str, member_id: str) -> bool:
    """Whether the cell's last bundle holds this member (or candidate)."""
    return db.execute(
        "SELECT 1 FROM cell_members WHERE cell_code = ? AND id = ? UNION ALL "
        "SELECT 1 FROM cell_candidates WHERE cell_code = ? AND id = ? LIMIT 1",
        [cell_code, member_id, cell_code, member_id]).fetchone() is not None


def cell_partition(db: Database, cell_code: str) -> dict[str, tuple[list[str], list]]:
    """What the committee holds of one cell, as the cell's own tables (a restore)."""
    result = {}
    for table, target in PARTITION_TABLES.items():
        columns = committee_columns(db, table)
        rows = db.execute(f"SELECT {', '.join(columns)} FROM {target} WHERE cell_code = ? "
                          "ORDER BY rowid", [cell_code]).fetchall()
        result[table] = (columns, [list(row) for row in rows])
    return result


def restore_partition(db: Database, tables: dict[str, tuple[Sequence[str], Sequence]],
                      skip: Iterable[str] = ("organisation",)) -> None:
    """Insert a restored partition into this (empty) register's own tables, rows as
    they were (same ids); the caller holds the transaction."""
    skipped = set(skip)
    loading = [t for t in PARTITION_TABLES if t not in skipped and t in tables]
    with deferred_indexes(db, loading):      # indexes built once, after the rows
        _insert_partition(db, tables, loading)


def _insert_partition(db: Database, tables: dict, loading: list[str]) -> None:
    finalised: list = []
    for table in loading:
        columns, rows = tables[table]
        own = set(table_columns(db, table))
        if not set(columns) <= own:
            raise ValueError("unknown columns")
        if table == "meetings" and "status" in columns:
            # Signed minutes are permanent (triggers): a meeting goes in as a draft, its
            # parts after it, then it is signed again, before its amendments.
            rows, finalised = _as_drafts(columns, rows)
        if table == "meeting_amendments":
            _finalise(db, finalised)
            finalised = []
        db.conn.executemany(
            f"INSERT INTO {table} ({', '.join(columns)}) "
            f"VALUES ({', '.join('?' for _ in columns)})", rows)
    _finalise(db, finalised)


def _as_drafts(columns: Sequence[str], rows: Sequence) -> tuple[list, list]:
    """Finalised meetings as drafts, and (finalised_on, id) of each to sign again."""
    status_at, id_at = list(columns).index("status"), list(columns).index("id")
    on_at = list(columns).index("finalised_on")
    finalised, drafts = [], []
    for row in rows:
        row = list(row)
        if row[status_at] == "finalised":
            finalised.append([row[on_at], row[id_at]])
            row[status_at], row[on_at] = "draft", None
        drafts.append(row)
    return drafts, finalised


def _finalise(db: Database, signed: list) -> None:
    db.conn.executemany("UPDATE meetings SET status = 'finalised', finalised_on = ? "
                        "WHERE id = ?", signed)


def partition_is_empty(db: Database) -> bool:
    return all(db.execute(f"SELECT 1 FROM {table} LIMIT 1").fetchone() is None
               for table in PARTITION_TABLES if table != "organisation")
