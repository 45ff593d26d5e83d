"""Import members from a spreadsheet: preview every row first, then apply all of it in
one transaction, or nothing."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path

from partydesk.domain.errors import PartyDeskError
from partydesk.domain.messages import QT_TRANSLATE_NOOP, Message, message
from partydesk.services.members.aggregate import write_lives
from partydesk.services.members.register import clean_record
from partydesk.services.setup.rulebook import default_rulebook
from partydesk.services.shared.jobs import Progress
from partydesk.storage.database import Database
from partydesk.storage.errors import storage_errors
from partydesk.storage.members.records import card_owners

from .columns import BY_FIELD, COLUMNS, Column, match_headers
from .rows import RowResult, is_blank, read_row
from .workbooks import HEADER_SEARCH_ROWS, read_rows

MIN_AGE_RULE = "register.import.min_age_at_admission"
APPLY_BATCH = 500
PROGRESS_STEP = 100                 # rows between two progress reports


@dataclass(frozen=True)
class RowError:
    row: int
    reasons: tuple[Message, ...]


@dataclass
class ImportPreview:
    file: Path
    valid: list[RowResult] = field(default_factory=list)
    errors: list[RowError] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.errors


class ImportRefused(PartyDeskError):
    pass


def no_header(path: Path, missing: list[Column]) -> ImportRefused:
    return ImportRefused(message(QT_TRANSLATE_NOOP(
        "Import", "{file}: no header row with the columns {columns} in its first {rows} "
        "rows. Start from the template. Nothing was imported."),
        file=path.name, columns=", ".join(c.header for c in missing),
        rows=HEADER_SEARCH_ROWS))


def _find_header(path: Path, rows: Iterator[tuple[int, list[object]]]) -> dict[int, Column]:
    required = [c for c in COLUMNS if c.required]
    best: dict[int, Column] = {}
    for number, cells in rows:
        found = match_headers(cells)
        if all(c in found.values() for c in required):
            _refuse_duplicates(path, cells)
            return found
        best = max(best, found, key=len)
        if number >= HEADER_SEARCH_ROWS:
            break
    raise no_header(path, [c for c in required if c not in best.values()])


def _refuse_duplicates(path: Path, cells: list[object]) -> None:
    """Two header cells naming the same column: which one holds the data is a guess."""
    seen: dict[Column, int] = {}
    for position, cell in enumerate(cells):
        column = match_headers([cell]).get(0)
        if column is None:
            continue
        if column in seen:
            raise ImportRefused(message(QT_TRANSLATE_NOOP(
                "Import", "{file}: the column \"{column}\" appears twice in the header row "
                "(columns {first} and {second}); remove one. Nothing was imported."),
                file=path.name, column=column.header, first=seen[column] + 1,
                second=position + 1))
        seen[column] = position


def preview(db: Database, path: Path, as_of: date | None = None,
            progress: Progress | None = None) -> ImportPreview:
    """Read and check every row of ``path`` against itself and the register.
    ``progress(rows read, rows in the file)`` is called every few rows."""
    path = Path(path)
    as_of = as_of or date.today()
    rules = default_rulebook()
    min_age = rules.value(MIN_AGE_RULE, as_of)
    result = ImportPreview(path)
    total = 0

    def sized(rows: int) -> None:
        nonlocal total
        total = rows

    rows = read_rows(path, sized)
    read = []
    try:
        positions = _find_header(path, rows)
        for number, cells in rows:
            if progress and number % PROGRESS_STEP == 0:    # total 0: not known
                progress(number, max(total, number) if total else 0)
            row_cells = {c: cells[i] if i < len(cells) else None for i, c in positions.items()}
            if not is_blank(row_cells):
                read.append(read_row(number, row_cells, min_age, rules, as_of))
    finally:
        rows.close()            # closes the workbook even when the header is not found
    _check_cards(db, read)
    for row in read:
        if row.problems:
            result.errors.append(RowError(row.row, tuple(row.problems)))
        else:
            result.valid.append(row)
    return result


def _check_cards(db: Database, rows: list[RowResult]) -> None:
    first_row: dict[str, int] = {}
    header = BY_FIELD["card_number"].header
    for row in rows:
        card = row.card_number
        if not card:
            continue
        if card in first_row:
            row.problems.append(message(QT_TRANSLATE_NOOP(
                "Import", "{column} {card} is also on row {row}"),
                column=header, card=card, row=first_row[card]))
        else:
            first_row[card] = row.row
    taken = card_owners(db, first_row)
    for row in rows:
        if row.card_number in taken:
            row.problems.append(message(QT_TRANSLATE_NOOP(
                "Import", "{column} {card} already belongs to a member of the register"),
                column=header, card=row.card_number))


def apply(db: Database, preview: ImportPreview, only_valid: bool = False,
          progress: Progress | None = None, as_of: date | None = None) -> int:
    """Write the valid rows of ``preview`` in one transaction; refuse while any row is
    bad unless ``only_valid``. Returns how many members were added. ``progress(members
    written, members to write)`` is called between batches; if it raises, nothing is
    written. Each member goes through the member aggregate (rules checked again, events
    folded) as every member does."""
    if preview.errors and not only_valid:
        raise ImportRefused(message(QT_TRANSLATE_NOOP(
            "Import", "{count} rows of {file} have errors; nothing was imported. Correct "
            "them, or import only the valid rows."),
            count=len(preview.errors), file=preview.file.name))
    records = [clean_record(r.record) for r in preview.valid]
    today = as_of or date.today()
    with storage_errors(), db.atomic():
        taken = card_owners(db, (r.card_number for r in records))
        if taken:
            raise ImportRefused(message(QT_TRANSLATE_NOOP(
                "Import", "Card number {card} was added to the register after the preview; "
                "nothing was imported. Preview the file again."), card=min(taken)))
        for start in range(0, len(records), APPLY_BATCH):
            rows = preview.valid[start:start + APPLY_BATCH]
            write_lives(db, [replace(r.change(), record=record) for r, record in zip(
                rows, records[start:start + APPLY_BATCH], strict=True)], today, audit=False)
            if progress:
                progress(min(start + APPLY_BATCH, len(records)), len(records))
    return len(records)
