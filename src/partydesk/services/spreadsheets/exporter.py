"""Export the register, or a blank template, with the import's own headers, so an
exported file imports back into exactly the same register."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from partydesk.domain.member import MemberRecord
from partydesk.storage.database import Database
from partydesk.storage.member_queries import all_members

from .columns import COLUMNS, HEADERS, format_value
from .files import write_rows

DATE_POSITIONS = {i for i, c in enumerate(COLUMNS) if c.kind == "date"}


def record_cells(record: MemberRecord) -> list[object]:
    return [format_value(c, getattr(record, c.field)) or None for c in COLUMNS]


def export_register(db: Database, path: Path) -> int:
    """Every member, in Vietnamese name order, to ``path`` (.xlsx or .csv)."""
    count = 0

    def rows() -> Iterator[list[object]]:
        nonlocal count
        for record in all_members(db):
            count += 1
            yield record_cells(record)

    write_rows(Path(path), HEADERS, rows(), DATE_POSITIONS)
    return count


def write_template(path: Path) -> None:
    """A spreadsheet with the headers only, to be filled in."""
    write_rows(Path(path), HEADERS, [], DATE_POSITIONS)
