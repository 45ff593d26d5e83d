"""A committee's statistics counts kept between calls, per cell (migration 0181).

Counting a province's half a million members takes seconds; a cell's counts change
only when its partition is written (a bundle or a roll-up imported), and that write
marks the cell to be counted again in its own transaction (``forget_cell``, called by
``partition_store.replace_cell_partition``): the next question counts only the
cells so marked and reads the others. A question is keyed by everything the counting
depends on besides the rows: the day, the period, the rules' bands and limits, and
the version of PartyDesk that counted (so an upgrade counts afresh)."""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import UTC, datetime
from typing import Any

from partydesk import __version__
from partydesk.storage.connection import Database

TABLE = "statistics_counts_kept"
MARK = ""                # the row saying a question was counted
KEPT_AT_MOST = 16        # questions kept; the oldest go first
Counts = dict[str, Any]  # as statistics_counts returns them: lists of rows per grouping


def basis_of(**question: Any) -> str:
    return json.dumps({**question, "version": __version__}, sort_keys=True, default=str)


def kept_counts(db: Database, basis: str) -> tuple[Counts, list[str]] | None:
    """The kept counts of a question, merged, and the cells to count again; None when
    the question was never counted (or no longer is kept)."""
    rows = db.execute(f"SELECT cell_code, counts FROM {TABLE} WHERE basis = ?",
                      [basis]).fetchall()
    if not any(cell == MARK for cell, _ in rows):
        return None
    merged: Counts = {}
    for cell, counts in rows:
        if cell != MARK and counts is not None:
            merge(merged, json.loads(counts))
    return merged, [cell for cell, counts in rows if cell != MARK and counts is None]


def merge(into: Counts, counts: Counts) -> Counts:
    for key, rows in counts.items():
        if isinstance(rows, dict):
            for name, grouped in rows.items():
                into.setdefault(key, {}).setdefault(name, []).extend(grouped)
        else:
            into.setdefault(key, []).extend(rows)
    return into


def by_cell(counts: Counts, cells: Iterable[str]) -> dict[str, Counts]:
    """``counts`` split by each row's cell code (every one of ``cells`` included)."""
    split: dict[str, Counts] = {cell: {} for cell in cells}
    for key, rows in counts.items():
        if isinstance(rows, dict):
            for name, grouped in rows.items():
                for row in grouped:
                    split.setdefault(row[0], {}).setdefault(key, {}).setdefault(
                        name, []).append(list(row))
        else:
            for row in rows:
                split.setdefault(row[0], {}).setdefault(key, []).append(list(row))
    return split


def keep_counts(db: Database, basis: str, counts: Counts, cells: Iterable[str]) -> None:
    """Keep ``counts`` of ``cells`` for the question (the caller holds the
    transaction it counted in): every cell with a row there, and each of ``cells``
    even with none (a cell of no members is counted too)."""
    now = datetime.now(UTC).isoformat(timespec="seconds")
    rows = [(basis, cell, json.dumps(held, separators=(",", ":")), now)
            for cell, held in by_cell(counts, cells).items()]
    db.conn.executemany(f"INSERT OR REPLACE INTO {TABLE} (basis, cell_code, counts, "
                        "counted_at) VALUES (?, ?, ?, ?)", [*rows, (basis, MARK, "", now)])
    db.execute(f"DELETE FROM {TABLE} WHERE basis NOT IN (SELECT basis FROM {TABLE} "
               f"WHERE cell_code = '' ORDER BY counted_at DESC, rowid DESC "
               f"LIMIT {KEPT_AT_MOST})")


def forget_cell(db: Database, cell_code: str) -> None:
    """The cell's rows are about to change: every kept question counts it again."""
    now = datetime.now(UTC).isoformat(timespec="seconds")
    db.execute(f"DELETE FROM {TABLE} WHERE cell_code = ?", [cell_code])
    db.execute(f"INSERT INTO {TABLE} (basis, cell_code, counts, counted_at) "
               f"SELECT basis, ?, NULL, ? FROM {TABLE} WHERE cell_code = ''",
               [cell_code, now])
