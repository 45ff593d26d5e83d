"""Documents the cell issues (resolutions first) and the tasks a resolution assigns."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from typing import Any

from partydesk.storage.connection import Database
from partydesk.storage.rows import Row, insert, insert_many, now_text, select, select_one, update
from partydesk.storage.rows import sql_value as _value

DOCUMENT_COLUMNS = "id, type_code, term, seq, number, issued_on, meeting_id, title, content"
TASK_COLUMNS = "id, document_id, position, content, assignee, deadline, status, done_on, progress"


def insert_document(db: Database, row: Mapping[str, Any],
                    tasks: Sequence[Mapping[str, Any]] = ()) -> None:
    insert(db, "documents", {**row, "created_at": now_text()})
    insert_many(db, "document_tasks", [
        {**task, "document_id": row["id"], "position": index}
        for index, task in enumerate(tasks, start=1)])


def numbers_in_term(db: Database, term: str, type_code: str) -> list[str]:
    return [r[0] for r in db.execute(
        "SELECT number FROM documents WHERE term = ? AND type_code = ?",
        [term, type_code]).fetchall()]


def load_document(db: Database, document_id: str) -> Row | None:
    return select_one(db, f"SELECT {DOCUMENT_COLUMNS} FROM documents WHERE id = ?",
                      [document_id])


def list_documents(db: Database, type_code: str | None = None,
                   meeting_id: str | None = None) -> list[Row]:
    """Documents, newest first, with their open and overdue-able task counts."""
    where, params = ["1 = 1"], []
    for clause, value in (("d.type_code = ?", type_code), ("d.meeting_id = ?", meeting_id)):
        if value is not None:
            where.append(clause)
            params.append(value)
    return select(db, f"""
        SELECT d.id, d.type_code, d.term, d.seq, d.number, d.issued_on, d.meeting_id,
               d.title, d.content,
               (SELECT count(*) FROM document_tasks t WHERE t.document_id = d.id) AS tasks,
               (SELECT count(*) FROM document_tasks t
                 WHERE t.document_id = d.id AND t.status = 'open') AS open_tasks
          FROM documents d
         WHERE {' AND '.join(where)}
         ORDER BY d.issued_on DESC, d.id DESC""", params)


def insert_task(db: Database, document_id: str, row: Mapping[str, Any]) -> None:
    position = db.execute("SELECT coalesce(max(position), 0) + 1 FROM document_tasks "
                          "WHERE document_id = ?", [document_id]).fetchone()[0]
    insert(db, "document_tasks", {**row, "document_id": document_id, "position": position})


def update_task(db: Database, task_id: str, fields: Mapping[str, Any]) -> None:
    update(db, "document_tasks", task_id, fields)


def load_task(db: Database, task_id: str) -> Row | None:
    return select_one(db, f"SELECT {TASK_COLUMNS} FROM document_tasks WHERE id = ?",
                      [task_id])


def tasks_of(db: Database, document_id: str) -> list[Row]:
    return select(db, f"SELECT {TASK_COLUMNS} FROM document_tasks WHERE document_id = ? "
                      "ORDER BY position", [document_id])


def open_tasks_due_before(db: Database, today: date) -> list[Row]:
    """Open tasks whose deadline passed before ``today``, oldest deadline first."""
    return select(db, """
        SELECT t.id, t.document_id, t.content, t.assignee, t.deadline, t.progress,
               d.number, d.title, d.issued_on, d.meeting_id
          FROM document_tasks t JOIN documents d ON d.id = t.document_id
         WHERE t.status = 'open' AND t.deadline IS NOT NULL AND t.deadline < ?
         ORDER BY t.deadline, d.issued_on, t.position""", [_value(today)])
