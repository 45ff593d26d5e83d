"""Signed snapshots of the register as printed (``issued_records``), own or copied.

A cell's member list, books and reports are signed as of a day; the row holds what
their verification code is computed from (kind, date, number, title, figures and the
digest of the document as signed). A committee reads the ``cell_issued_records``
copies imported from each cell's bundle, plus its own rows for what it printed itself.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from partydesk.domain.ids import new_id
from partydesk.storage.database import Database
from partydesk.storage.rows import dicts, now_text, writing

FIELDS = ("kind", "issued_on", "number", "title", "figures", "digest")


def record_issued(db: Database, row: dict[str, Any]) -> None:
    """Keep *row* (FIELDS; figures as a list of [label, value]) unless the same
    document was already issued that day."""
    values = [row[f] if f != "figures" else json.dumps(row[f], ensure_ascii=False)
              for f in FIELDS]
    with writing():
        db.execute(f"INSERT OR IGNORE INTO issued_records (id, {', '.join(FIELDS)}, "
                   f"created_at) VALUES (?, {', '.join('?' for _ in FIELDS)}, ?)",
                   [new_id(), *values, now_text()])


def issued_records(db: Database) -> Iterator[dict[str, Any]]:
    """Every issued snapshot, this register's own (cell_code None) then the copies."""
    queries = ["SELECT NULL AS cell_code, * FROM issued_records"]
    if db.execute("SELECT 1 FROM sqlite_master WHERE name = 'cell_issued_records'"
                  ).fetchone():
        queries.append("SELECT * FROM cell_issued_records")
    for sql in queries:
        for row in dicts(db.execute(sql + " ORDER BY issued_on")):
            row["figures"] = [tuple(pair) for pair in json.loads(row["figures"] or "[]")]
            yield row
