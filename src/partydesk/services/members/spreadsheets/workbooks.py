"""Reading and writing .xlsx and .csv files. openpyxl loads only when a workbook is
touched. CSV is written UTF-8 with a BOM (so Excel reads Vietnamese right) and read
with or without one, separated by commas, semicolons (Excel in Vietnamese) or tabs."""

from __future__ import annotations

import csv
import zipfile
from collections.abc import Callable, Iterable, Iterator
from contextlib import suppress
from pathlib import Path

from partydesk.domain.errors import PartyDeskError
from partydesk.domain.messages import QT_TRANSLATE_NOOP, message

SUFFIXES = (".xlsx", ".csv")
HEADER_SEARCH_ROWS = 10
DATE_NUMBER_FORMAT = "DD/MM/YYYY"


class SpreadsheetError(PartyDeskError):
    pass


def unsupported(path: Path) -> SpreadsheetError:
    return SpreadsheetError(message(QT_TRANSLATE_NOOP(
        "Import", "{file}: only .xlsx and .csv spreadsheets can be used."), file=path.name))


def unreadable(path: Path) -> SpreadsheetError:
    return SpreadsheetError(message(QT_TRANSLATE_NOOP(
        "Import", "{file} cannot be read: it is missing, damaged, or not a spreadsheet."),
        file=path.name))


def unwritable(path: Path) -> SpreadsheetError:
    return SpreadsheetError(message(QT_TRANSLATE_NOOP(
        "Export", "{file} cannot be written: check the folder exists and the file is not "
        "open in another program."), file=str(path)))


def suffix_of(path: Path) -> str:
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        raise unsupported(path)
    return suffix


SizeHint = Callable[[int], None]


def read_rows(path: Path, size_hint: SizeHint | None = None
              ) -> Iterator[tuple[int, list[object]]]:
    """``(row number as the user sees it, cell values)`` for every row of the first
    sheet; the caller must consume it fully (the file closes at the end).
    ``size_hint`` hears how many rows the file says it has, when it says so."""
    suffix = suffix_of(path)
    hint = size_hint or (lambda rows: None)
    try:
        if suffix == ".csv":
            yield from _read_csv(path, hint)
        else:
            yield from _read_xlsx(path, hint)
    except (OSError, UnicodeDecodeError, zipfile.BadZipFile, KeyError, ValueError,
            csv.Error) as exc:
        raise unreadable(path) from exc


def _read_csv(path: Path, hint: SizeHint) -> Iterator[tuple[int, list[object]]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        first = handle.readline()
        hint(1 + sum(1 for _ in handle))      # lines: rows unless a cell holds a newline
        handle.seek(0)
        delimiter = max(",;\t", key=first.count)
        for number, cells in enumerate(csv.reader(handle, delimiter=delimiter), start=1):
            yield number, list(cells)


def _read_xlsx(path: Path, hint: SizeHint) -> Iterator[tuple[int, list[object]]]:
    from openpyxl import load_workbook

    workbook = load_workbook(path, read_only=True, data_only=True)
    try:
        sheet = workbook.worksheets[0]
        if sheet.max_row:                     # from the sheet's dimension, when written
            hint(sheet.max_row)
        for number, values in enumerate(sheet.iter_rows(min_row=1, values_only=True), 1):
            yield number, list(values)
    finally:
        workbook.close()


def write_rows(path: Path, headers: list[str], rows: Iterable[list[object]],
               date_columns: set[int] = frozenset()) -> None:
    """Write a header row and rows to ``path`` through a temporary file, so a failure
    (or a cancellation raised by ``rows``) leaves no half-written spreadsheet behind."""
    suffix = suffix_of(path)
    partial = path.with_name(f".{path.name}.partial")
    try:
        if suffix == ".csv":
            _write_csv(partial, headers, rows)
        else:
            _write_xlsx(partial, headers, rows, date_columns)
        partial.replace(path)
    except BaseException as exc:
        with suppress(OSError):
            partial.unlink()
        if isinstance(exc, OSError):
            raise unwritable(path) from exc
        raise


def _write_csv(path: Path, headers: list[str], rows: Iterable[list[object]]) -> None:
    from .columns import cell_text

    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(headers)
        for row in rows:
            writer.writerow([cell_text(v) for v in row])


def _write_xlsx(path: Path, headers: list[str], rows: Iterable[list[object]],
                date_columns: set[int]) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Font

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("Đảng viên")
    for position, header in enumerate(headers):
        width = 14 if position in date_columns else max(16, len(header) + 4)
        sheet.column_dimensions[_letter(position)].width = width
    bold = Font(bold=True)
    sheet.append([_cell(sheet, h, font=bold) for h in headers])
    try:
        for row in rows:
            sheet.append([_cell(sheet, v, DATE_NUMBER_FORMAT if i in date_columns else "@")
                          for i, v in enumerate(row)])
    except BaseException:
        sheet.close()       # ends openpyxl's writer now, not when it is garbage-collected
        raise
    workbook.save(path)


def _cell(sheet, value, number_format: str | None = None, font=None):
    from openpyxl.cell import WriteOnlyCell

    cell = WriteOnlyCell(sheet, value=value)
    if number_format:
        cell.number_format = number_format
    if font is not None:
        cell.font = font
    return cell


def _letter(position: int) -> str:
    from openpyxl.utils import get_column_letter

    return get_column_letter(position + 1)
