"""Export the register, or a blank template, with the import's own headers, so an
exported file imports back into exactly the same register."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from partydesk.domain.member import MemberRecord
from partydesk.services.shared.jobs import Progress
from partydesk.storage.database import Database
from partydesk.storage.member_queries import all_members
from partydesk.storage.member_store import count_members

from .columns import COLUMNS, HEADERS, format_value
from .workbooks import write_rows

PROGRESS_STEP = 100
DATE_POSITIONS = {i for i, c in enumerate(COLUMNS) if c.kind == "date"}


def record_cells(record: MemberRecord) -> list[object]:
    return [format_value(c, getattr(record, c.field)) or None for c in COLUMNS]


def export_register(db: Database, path: Path,
                    progress: Progress | None = None) -> int:
    """Every member, in Vietnamese name order, to ``path`` (.xlsx or .csv).
    ``progress(members written, members)`` is called every few rows; if it raises,
    no file is left behind."""
    count = 0
    total = count_members(db) if progress else 0

    def rows() -> Iterator[list[object]]:
        nonlocal count
        for record in all_members(db):
            count += 1
            if progress and count % PROGRESS_STEP == 0:
                progress(count, total)
            yield record_cells(record)

    write_rows(Path(path), HEADERS, rows(), DATE_POSITIONS)
    return count


def write_template(path: Path) -> None:
    """A spreadsheet with the headers only, to be filled in."""
    write_rows(Path(path), HEADERS, [], DATE_POSITIONS)
