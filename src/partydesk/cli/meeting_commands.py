"""``meetings list|show`` and ``resolutions list``: the cell's meetings and documents."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from datetime import date
from typing import Any

from partydesk.domain.dates import format_date
from partydesk.domain.meetings import MinutesStatus, kind_label, status_label
from partydesk.domain.messages import QT_TRANSLATE_NOOP, Translatable, message
from partydesk.i18n import render
from partydesk.paths import resolve_paths
from partydesk.services.meetings.drafts import MeetingSummary, list_meetings
from partydesk.services.meetings.minutes import minutes_view
from partydesk.services.meetings.resolutions import DocumentSummary, list_documents
from partydesk.services.setup.installation import Installation

from .minutes_json import minutes_json
from .output import print_json, say
from .table import print_table

FORMATS = ("table", "json")
MEETING_HEADERS = (
    QT_TRANSLATE_NOOP("Cli", "Date"), QT_TRANSLATE_NOOP("Cli", "Kind"),
    QT_TRANSLATE_NOOP("Cli", "Status"), QT_TRANSLATE_NOOP("Cli", "Present"),
    QT_TRANSLATE_NOOP("Cli", "Id"))
DOCUMENT_HEADERS = (
    QT_TRANSLATE_NOOP("Cli", "Number"), QT_TRANSLATE_NOOP("Cli", "Term"),
    QT_TRANSLATE_NOOP("Cli", "Date"),
    QT_TRANSLATE_NOOP("Cli", "Title"), QT_TRANSLATE_NOOP("Cli", "Open tasks"),
    QT_TRANSLATE_NOOP("Cli", "Id"))


def register(commands: argparse._SubParsersAction) -> None:
    meetings = commands.add_parser("meetings", help="the cell's meetings and their minutes")
    actions = meetings.add_subparsers(dest="action", metavar="ACTION", required=True)
    listing = actions.add_parser("list", help="list meetings, newest first")
    listing.add_argument("--format", choices=FORMATS, default="table")
    listing.add_argument("--status", choices=[s.value for s in MinutesStatus])
    listing.set_defaults(handler=run_meetings_list)
    show = actions.add_parser("show", help="the minutes of one meeting (JSON)")
    show.add_argument("meeting_id", metavar="ID")
    show.set_defaults(handler=run_meetings_show)

    resolutions = commands.add_parser("resolutions", help="resolutions and other documents")
    actions = resolutions.add_subparsers(dest="action", metavar="ACTION", required=True)
    listing = actions.add_parser("list", help="list documents of a type, newest first")
    listing.add_argument("--format", choices=FORMATS, default="table")
    listing.add_argument("--type", default="NQ", metavar="CODE",
                         help="document type code: NQ (default), BB, KL, TB, BC, KH…")
    listing.set_defaults(handler=run_resolutions_list)


def _with_register(args: argparse.Namespace, work: Callable[[Any], Any]) -> Any:
    with Installation.acquire(resolve_paths(args.data_dir)) as installation:
        installation.open_register()
        return work(installation.db)


def run_meetings_list(args: argparse.Namespace) -> int:
    status = MinutesStatus(args.status) if args.status else None
    meetings = _with_register(args, lambda db: list_meetings(db, status))
    if args.format == "json":
        print_json([meeting_json(m) for m in meetings])
    elif not meetings:
        say(message(QT_TRANSLATE_NOOP("Cli", "No meetings recorded.")))
    else:
        print_table(_headers(*MEETING_HEADERS), [
            [format_date(m.held_on), render(kind_label(m.kind)), render(status_label(m.status)),
             f"{m.present}/{m.attendees}", m.id] for m in meetings])
    return 0


def run_meetings_show(args: argparse.Namespace) -> int:
    view = _with_register(args, lambda db: minutes_view(db, args.meeting_id))
    print_json(minutes_json(view))
    return 0


def run_resolutions_list(args: argparse.Namespace) -> int:
    documents = _with_register(args, lambda db: list_documents(db, args.type))
    if args.format == "json":
        print_json([document_json(d) for d in documents])
    elif not documents:
        say(message(QT_TRANSLATE_NOOP("Cli", "No documents of type {code}."), code=args.type))
    else:
        print_table(_headers(*DOCUMENT_HEADERS), [
            [d.number, d.term, format_date(d.issued_on), _short(d.title),
             f"{d.open_tasks}/{d.tasks}",
             d.id] for d in documents])
    return 0


def meeting_json(m: MeetingSummary) -> dict[str, Any]:
    return {"id": m.id, "date": m.held_on.isoformat(), "kind": m.kind.value,
            "kind_label": render(kind_label(m.kind)), "status": m.status.value,
            "starts_at": m.starts_at, "ends_at": m.ends_at, "place": m.place,
            "finalised_on": _iso(m.finalised_on), "present": m.present,
            "attendees": m.attendees, "amendments": m.amendments}


def document_json(d: DocumentSummary) -> dict[str, Any]:
    return {"id": d.id, "number": d.number, "type": d.type_code, "term": d.term,
            "date": d.issued_on.isoformat(), "meeting_id": d.meeting_id, "title": d.title,
            "tasks": d.tasks, "open_tasks": d.open_tasks}


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day else None


def _short(text: str, width: int = 60) -> str:
    return text if len(text) <= width else text[:width - 1] + "…"


def _headers(*headers: Translatable) -> list[str]:
    return [render(message(header)) for header in headers]

