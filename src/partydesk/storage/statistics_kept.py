"""A committee's statistics counts kept between calls (migration 0181).

Counting a province's half a million members takes seconds; the counts change only
when a cell's partition is written (a bundle or a roll-up imported), and that write
empties this table in its own transaction (``forget_counts``, called by
``partition_store.replace_cell_partition``). A question is keyed by everything the
counting depends on besides the rows: the day, the period, the rules' bands and
limits, and the version of PartyDesk that counted (so an upgrade counts afresh)."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

from partydesk import __version__
from partydesk.storage.connection import Database

TABLE = "statistics_counts_kept"
KEPT_AT_MOST = 16        # questions kept; the oldest go first


def basis_of(**question: Any) -> str:
    return json.dumps({**question, "version": __version__}, sort_keys=True, default=str)


def kept_counts(db: Database, basis: str) -> dict[str, Any] | None:
    row = db.execute(f"SELECT counts FROM {TABLE} WHERE basis = ?", [basis]).fetchone()
    return json.loads(row[0]) if row else None


def keep_counts(db: Database, basis: str, counts: dict[str, Any]) -> None:
    """Keep ``counts`` (the caller holds the transaction it counted in)."""
    now = datetime.now(UTC).isoformat(timespec="seconds")
    db.execute(f"INSERT OR REPLACE INTO {TABLE} (basis, counts, counted_at) VALUES (?, ?, ?)",
               [basis, json.dumps(counts, separators=(",", ":")), now])
    db.execute(f"DELETE FROM {TABLE} WHERE basis NOT IN (SELECT basis FROM {TABLE} "
               f"ORDER BY counted_at DESC, rowid DESC LIMIT {KEPT_AT_MOST})")


def forget_counts(db: Database) -> None:
    """A cell's rows are about to change: no kept count holds any more."""
    db.execute(f"DELETE FROM {TABLE}")
