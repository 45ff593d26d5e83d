"""The records behind verification codes, read the same way on a cell and a committee.

A cell reads its own tables; a committee reads the ``cell_`` copies imported
from each cell's bundle (same columns plus ``cell_code``). Only what was signed
is read: minutes once finalised (not the amendments added later), resolutions
as issued (not the progress of their tasks), transfer letters as dated and
numbered with the transfer event they introduce (the event travels in the bundle
too, so a committee recomputes the code from its ``cell_member_events``).
"""

from __future__ import annotations

import json
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
    """Every numbered minutes (BB), resolution (NQ) and transfer letter (GGT), own or
    copied."""
    own = "SELECT NULL AS cell_code, d.* FROM documents d"
    queries = [own]
    if db.execute("SELECT 1 FROM sqlite_master WHERE name = 'cell_documents'").fetchone():
        queries.append("SELECT d.* FROM cell_documents d")
    for sql in queries:
        yield from _rows(db, sql + " WHERE d.type_code IN ('BB', 'NQ', 'GGT') "
                                  "ORDER BY d.issued_on", [])


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


def letter_record(db: Database, document: dict[str, Any]) -> dict[str, Any] | None:
    """A transfer letter: its number and date, the member's id and the transfer event
    (kind, day, details as recorded) whose id the letter's row holds as content. No name:
    the member's id stands for the member. None if the event is gone."""
    prefix, where, params = _scope(document.get("cell_code"))
    events = _rows(db, f"SELECT id, member_id, kind AS event, occurred_on, details "
                       f"FROM {prefix}member_events WHERE id = ?{where}",
                   [document["content"], *params])
    if not events:
        return None
    event = events[0]
    details = json.loads(event.pop("details") or "{}")
    return {"number": document["number"], "issued_on": document["issued_on"],
            **event, "details": details}


def member_name(db: Database, member_id: str, cell_code: str | None) -> str:
    prefix, where, params = _scope(cell_code)
    row = db.execute(f"SELECT full_name FROM {prefix}members WHERE id = ?{where}",
                     [member_id, *params]).fetchone()
    return row[0] if row else ""
