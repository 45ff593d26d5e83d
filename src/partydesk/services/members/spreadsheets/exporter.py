"""Export the register, or a blank template, with the import's own headers, so an
exported file imports back into exactly the same register."""

from __future__ import annotations

from collections.abc import Iterator
from itertools import islice
from pathlib import Path

from partydesk.domain import events as ev
from partydesk.domain.events import EventKind, MemberEvent
from partydesk.domain.member import MemberRecord, MemberStatus
from partydesk.services.shared.jobs import Progress
from partydesk.storage.database import Database
from partydesk.storage.members.events import events_of_many
from partydesk.storage.members.records import count_members
from partydesk.storage.members.search import all_members

from .columns import COLUMNS, HEADERS, format_value
from .workbooks import write_rows

PROGRESS_STEP = 100
PAGE = 2000
DATE_POSITIONS = {i for i, c in enumerate(COLUMNS) if c.kind == "date"}
# The event that put a member in each exit status, and the exit columns it fills.
EXIT_KINDS = {
    MemberStatus.TRANSFERRED_OUT: (EventKind.TRANSFER_OUT_OFFICIAL,),
    MemberStatus.DECEASED: (EventKind.DEATH,),
    MemberStatus.REMOVED: (EventKind.REMOVAL,),
    MemberStatus.EXPELLED: (EventKind.EXPULSION,),
    MemberStatus.LEFT: (EventKind.LEFT_PARTY,),
}


def exit_values(status: MemberStatus, events: list[MemberEvent]) -> dict[str, object]:
    """The member book's exit columns for a member in ``status``, from the event that
    put them there (the latest of its kind)."""
    kinds = EXIT_KINDS.get(status, ())
    last = next((e for e in reversed(events) if e.kind in kinds), None)
    if last is None:
        return {}
    if last.kind is EventKind.TRANSFER_OUT_OFFICIAL:
        return {"transfer_out_on": last.on, "transfer_out_place": last.details.get(ev.PLACE)}
    if last.kind is EventKind.DEATH:
        return {"died_on": last.on}
    return {"exited_on": last.on, "exit_form": last.kind}


def record_cells(record: MemberRecord, exits: dict[str, object] | None = None) -> list[object]:
    exits = exits or {}
    return [format_value(c, exits[c.field] if c.field in exits
                         else getattr(record, c.field, None)) or None for c in COLUMNS]


def _pages(db: Database) -> Iterator[list[MemberRecord]]:
    members = all_members(db, PAGE)
    while page := list(islice(members, PAGE)):
        yield page


def export_register(db: Database, path: Path,
                    progress: Progress | None = None) -> int:
    """Every member, in Vietnamese name order, to ``path`` (.xlsx or .csv).
    ``progress(members written, members)`` is called every few rows; if it raises,
    no file is left behind."""
    count = 0
    total = count_members(db) if progress else 0

    def rows() -> Iterator[list[object]]:
        nonlocal count
        for page in _pages(db):
            exited = [m.id for m in page if m.status in EXIT_KINDS]
            histories = events_of_many(db, exited) if exited else {}
            for record in page:
                count += 1
                if progress and count % PROGRESS_STEP == 0:
                    progress(count, total)
                yield record_cells(record, exit_values(record.status,
                                                       histories.get(record.id, [])))

    write_rows(Path(path), HEADERS, rows(), DATE_POSITIONS)
    return count


def write_template(path: Path) -> None:
    """A spreadsheet with the headers only, to be filled in."""
    write_rows(Path(path), HEADERS, [], DATE_POSITIONS)
