"""Migration 0005_meetings_documents. Shipped: never edit it; add a new migration instead."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlite_utils import Database

NAME = "0005_meetings_documents"


def migrate(db: Database) -> None:
    db.execute("""
        CREATE TABLE documents (
            id TEXT PRIMARY KEY,
            type_code TEXT NOT NULL,
            term TEXT NOT NULL,
            seq INTEGER NOT NULL CHECK (seq >= 1),
            number TEXT NOT NULL,
            issued_on TEXT NOT NULL,
            meeting_id TEXT REFERENCES meetings (id),
            title TEXT NOT NULL,
            content TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            UNIQUE (term, type_code, seq)
        )""")
    db.execute("CREATE INDEX documents_type_issued ON documents (type_code, issued_on, id)")
    db.execute("CREATE INDEX documents_meeting ON documents (meeting_id)")
    db.execute("""
        CREATE TABLE document_tasks (
            id TEXT PRIMARY KEY,
            document_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            content TEXT NOT NULL,
            assignee TEXT NOT NULL DEFAULT '',
            deadline TEXT,
            status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'done')),
            done_on TEXT,
            progress TEXT NOT NULL DEFAULT '',
            CHECK ((status = 'done') = (done_on IS NOT NULL))
        )""")
    db.execute("CREATE INDEX document_tasks_document ON document_tasks (document_id, position)")
    db.execute("CREATE INDEX document_tasks_open_deadline ON document_tasks (deadline) "
               "WHERE status = 'open'")
