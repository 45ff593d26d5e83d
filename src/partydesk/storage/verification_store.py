"""The records behind verification codes, read the same way on a cell and a committee.

A cell reads its own tables; a committee reads the ``cell_`` copies imported
from each cell's bundle (same columns plus ``cell_code``). Only what was signed
is read: minutes once finalised (not the amendments added later), resolutions
as issued (not the progress of their tasks).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from partydesk.storage.database import Database

MEETING_FIELDS = ("kind", "held_on", "starts_at", "ends_at", "place", "purpose",
                  "chair_name", "minute_taker_name", "guests")
CHILDREN = {  # table → (columns, parent column)
    "meeting_attendance": (("name", "membership", "standing", "presence", "reason"),
                           "meeting_id"),
    "agenda_items": (("id", "title", "conclusion"), "meeting_id"),
    "meeting_votes": (("decision_kind", "question", "votes_for", "against", "abstain"),
                      "meeting_id"),
}


def _rows(db: Database, sql: str, params: list[Any]) -> list[dict[str, Any]]:
    cursor = db.execute(sql, params)
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor]


def _scope(cell_code: str | None) -> tuple[str, str, list[Any]]:
    """Table prefix, extra condition and its parameters for a cell's own or copied rows."""
    if cell_code is None:
        return "", "", []
    return "cell_", " AND cell_code = ?", [cell_code]


def signed_documents(db: Database) -> Iterator[dict[str, Any]]:
    """Every numbered minutes (BB, meeting finalised) and resolution (NQ), own or copied."""
    own = "SELECT NULL AS cell_code, d.* FROM documents d"
    queries = [own]
    if db.execute("SELECT 1 FROM sqlite_master WHERE name = 'cell_documents'").fetchone():
        queries.append("SELECT d.* FROM cell_documents d")
    for sql in queries:
        yield from _rows(db, sql + " WHERE d.type_code IN ('BB', 'NQ') ORDER BY d.issued_on",
                         [])


def minutes_record(db: Database, meeting_id: str, cell_code: str | None = None
                   ) -> dict[str, Any] | None:
    """The minutes as read back and signed, or None if not finalised."""
    prefix, where, params = _scope(cell_code)
    meetings = _rows(db, f"SELECT * FROM {prefix}meetings WHERE id = ?{where}",
                     [meeting_id, *params])
    if not meetings or meetings[0]["status"] != "finalised":
        return None
    record: dict[str, Any] = {k: meetings[0][k] for k in MEETING_FIELDS}
    for table, (columns, parent) in CHILDREN.items():
        record[table] = _rows(db, f"SELECT {', '.join(columns)} FROM {prefix}{table} "
                                  f"WHERE {parent} = ?{where} ORDER BY position",
                              [meeting_id, *params])
    speeches = []
    for item in record["agenda_items"]:
        speeches += _rows(db, f"SELECT speaker_name, text FROM {prefix}speeches "
                              f"WHERE item_id = ?{where} ORDER BY position",
                          [item.pop("id"), *params])
    record["speeches"] = speeches
    return record


def resolution_record(db: Database, document: dict[str, Any]) -> dict[str, Any]:
    prefix, where, params = _scope(document.get("cell_code"))
    tasks = _rows(db, f"SELECT content, assignee, deadline FROM {prefix}document_tasks "
                      f"WHERE document_id = ?{where} ORDER BY position",
                  [document["id"], *params])
    return {k: document[k] for k in ("number", "issued_on", "title", "content")} | {
        "tasks": tasks}
