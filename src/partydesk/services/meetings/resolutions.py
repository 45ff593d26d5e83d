"""Resolutions (and the cell's other numbered documents) and the tasks they assign.

Numbers run from 01 per document type over the term
(:func:`partydesk.domain.numbering.next_number`), the term being the
organisation's current ``term`` unless a past one is given (for entering old
documents). The number is taken and the document written in one transaction;
the database's unique (term, type, number) index backs this up.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date

from partydesk.domain.errors import RuleViolation
from partydesk.domain.ids import new_id
from partydesk.domain.messages import QT_TRANSLATE_NOOP, message
from partydesk.domain.numbering import DEFAULT_ISSUER, DocumentType, document_type, format_number
from partydesk.domain.numbering import next_number as next_seq
from partydesk.domain.vietnamese import clean_text, nfc
from partydesk.services.meetings.lookup import load_meeting_row
from partydesk.storage import document_store as store
from partydesk.storage.database import Database
from partydesk.storage.organisation_store import load_organisation
from partydesk.storage.rows import Row
from partydesk.storage.settings_store import get_setting

ISSUER_CODE_SETTING = "documents.issuer_code"


@dataclass(frozen=True)
class TaskInput:
    content: str
    assignee: str = ""
    deadline: date | None = None


@dataclass(frozen=True)
class DocumentInput:
    issued_on: date
    title: str
    content: str = ""
    meeting_id: str | None = None
    tasks: tuple[TaskInput, ...] = ()
    type_code: str = DocumentType.NQ.value


@dataclass(frozen=True)
class IssuedDocument:
    id: str
    number: str
    term: str
    seq: int


@dataclass(frozen=True)
class DocumentSummary:
    id: str
    type_code: str
    number: str
    term: str
    issued_on: date
    meeting_id: str | None
    title: str
    content: str
    tasks: int
    open_tasks: int


@dataclass(frozen=True)
class TaskView:
    id: str
    document_id: str
    position: int
    content: str
    assignee: str
    deadline: date | None
    done_on: date | None
    progress: tuple[tuple[date, str], ...] = field(default=())

    @property
    def done(self) -> bool:
        return self.done_on is not None


@dataclass(frozen=True)
class OverdueTask:
    task_id: str
    content: str
    assignee: str
    deadline: date
    days_overdue: int
    document_id: str
    document_number: str
    document_title: str
    meeting_id: str | None


def current_term(db: Database) -> str:
    organisation = load_organisation(db)
    return organisation.term if organisation else ""


def issue_document(db: Database, document: DocumentInput,
                   term: str | None = None) -> IssuedDocument:
    """Number and store a document (a resolution by default) with its tasks."""
    code = document_type(document.type_code).value
    title = clean_text(document.title)
    if not title and code != DocumentType.BB.value:
        raise RuleViolation(message(QT_TRANSLATE_NOOP(
            "Documents", "A document needs a title (its subject line).")))
    tasks = [{"id": new_id(), **_task_row(t, document.issued_on)} for t in document.tasks]
    doc_id = new_id()
    with db.atomic():
        if document.meeting_id is not None:
            _check_meeting(db, document.meeting_id, document.issued_on)
        term = clean_text(current_term(db) if term is None else term)
        seq = next_seq(store.numbers_in_term(db, term, code), code)
        number = format_number(seq, code, get_setting(db, ISSUER_CODE_SETTING) or DEFAULT_ISSUER)
        store.insert_document(db, {
            "id": doc_id, "type_code": code, "term": term, "seq": seq, "number": number,
            "issued_on": document.issued_on, "meeting_id": document.meeting_id,
            "title": title, "content": nfc(document.content.strip())}, tasks)
    return IssuedDocument(doc_id, number, term, seq)


def issue_resolution(db: Database, document: DocumentInput,
                     term: str | None = None) -> IssuedDocument:
    return issue_document(db, document, term)


def list_documents(db: Database, type_code: str | None = DocumentType.NQ.value,
                   meeting_id: str | None = None) -> list[DocumentSummary]:
    """Documents of a type (resolutions by default; None for all), newest first."""
    code = document_type(type_code).value if type_code is not None else None
    return [DocumentSummary(
        id=r["id"], type_code=r["type_code"], number=r["number"], term=r["term"],
        issued_on=date.fromisoformat(r["issued_on"]), meeting_id=r["meeting_id"],
        title=r["title"], content=r["content"], tasks=r["tasks"], open_tasks=r["open_tasks"])
        for r in store.list_documents(db, code, meeting_id)]


def load_document(db: Database, document_id: str) -> DocumentSummary:
    """One document by id (any type); refused with a message if there is none."""
    r = _document(db, document_id)
    tasks = tasks_of(db, document_id)
    return DocumentSummary(
        id=r["id"], type_code=r["type_code"], number=r["number"], term=r["term"],
        issued_on=date.fromisoformat(r["issued_on"]), meeting_id=r["meeting_id"],
        title=r["title"], content=r["content"], tasks=len(tasks),
        open_tasks=sum(1 for t in tasks if not t.done))


def list_resolutions(db: Database) -> list[DocumentSummary]:
    return list_documents(db, DocumentType.NQ.value)


def tasks_of(db: Database, document_id: str) -> list[TaskView]:
    return [_task_view(r) for r in store.tasks_of(db, document_id)]


def add_task(db: Database, document_id: str, task: TaskInput) -> str:
    task_id = new_id()
    with db.atomic():
        document = _document(db, document_id)
        store.insert_task(db, document_id, {
            "id": task_id, **_task_row(task, date.fromisoformat(document["issued_on"]))})
    return task_id


def record_progress(db: Database, task_id: str, on: date, note: str) -> None:
    """Add a dated progress note to a task (kept in order, never rewritten)."""
    note = clean_text(note)
    if not note:
        raise RuleViolation(message(QT_TRANSLATE_NOOP(
            "Documents", "A progress note cannot be empty.")))
    with db.atomic():
        row = _task(db, task_id)
        notes = [*json.loads(row["progress"] or "[]"), {"on": on.isoformat(), "note": note}]
        store.update_task(db, task_id, {"progress": json.dumps(notes, ensure_ascii=False)})


def complete_task(db: Database, task_id: str, on: date) -> None:
    with db.atomic():
        _task(db, task_id)
        store.update_task(db, task_id, {"status": "done", "done_on": on})


def overdue_tasks(db: Database, today: date) -> list[OverdueTask]:
    """Open tasks whose deadline has passed, oldest first: for the overview."""
    overdue = []
    for r in store.open_tasks_due_before(db, today):
        deadline = date.fromisoformat(r["deadline"])
        overdue.append(OverdueTask(
            task_id=r["id"], content=r["content"], assignee=r["assignee"], deadline=deadline,
            days_overdue=(today - deadline).days, document_id=r["document_id"],
            document_number=r["number"], document_title=r["title"],
            meeting_id=r["meeting_id"]))
    return overdue


def _check_meeting(db: Database, meeting_id: str, issued_on: date) -> None:
    held_on = date.fromisoformat(load_meeting_row(db, meeting_id)["held_on"])
    if issued_on < held_on:
        raise RuleViolation(message(QT_TRANSLATE_NOOP(
            "Documents", "A document of a meeting cannot be dated before the meeting "
                         "({held_on})."), held_on=held_on.strftime("%d/%m/%Y")))


def _task_row(task: TaskInput, issued_on: date) -> dict:
    content = clean_text(task.content)
    if not content:
        raise RuleViolation(message(QT_TRANSLATE_NOOP(
            "Documents", "A task needs to say what is to be done.")))
    if task.deadline is not None and task.deadline < issued_on:
        raise RuleViolation(message(QT_TRANSLATE_NOOP(
            "Documents", "A task's deadline ({deadline}) cannot be before the document's "
                         "date."), deadline=task.deadline.strftime("%d/%m/%Y")))
    return {"content": content, "assignee": clean_text(task.assignee),
            "deadline": task.deadline, "status": "open", "done_on": None, "progress": "[]"}


def _task_view(r: Row) -> TaskView:
    notes = json.loads(r["progress"] or "[]")
    return TaskView(
        id=r["id"], document_id=r["document_id"], position=r["position"],
        content=r["content"], assignee=r["assignee"],
        deadline=date.fromisoformat(r["deadline"]) if r["deadline"] else None,
        done_on=date.fromisoformat(r["done_on"]) if r["done_on"] else None,
        progress=tuple((date.fromisoformat(n["on"]), n["note"]) for n in notes))


def _document(db: Database, document_id: str) -> Row:
    row = store.load_document(db, document_id)
    if row is None:
        raise RuleViolation(message(QT_TRANSLATE_NOOP(
            "Documents", "There is no document with id {id}."), id=document_id))
    return row


def _task(db: Database, task_id: str) -> Row:
    row = store.load_task(db, task_id)
    if row is None:
        raise RuleViolation(message(QT_TRANSLATE_NOOP(
            "Documents", "There is no task with id {id}."), id=task_id))
    return row
