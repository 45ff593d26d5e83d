"""Reading and writing .xlsx and .csv files. openpyxl loads only when a workbook is
touched. CSV is written UTF-8 with a BOM (so Excel reads Vietnamese right) and read as
UTF-8 with or without one, UTF-16 or Windows Vietnamese (cp1258), separated by commas,
semicolons (Excel in Vietnamese) or tabs.

Exports are formula-safe: text starting with =, +, -, @, a tab or a carriage return
is a plain string cell in xlsx (never a formula) and gets a leading ' in CSV, so a
spreadsheet program never runs it (``=HYPERLINK(…)``, DDE ``=cmd|…``)."""

from __future__ import annotations

import codecs
import csv
import io
import unicodedata
import zipfile
from collections.abc import Callable, Iterable, Iterator
from contextlib import suppress
from pathlib import Path

from partydesk.domain.errors import PartyDeskError
from partydesk.domain.messages import QT_TRANSLATE_NOOP, message

SUFFIXES = (".xlsx", ".csv")
HEADER_SEARCH_ROWS = 10
DATE_NUMBER_FORMAT = "DD/MM/YYYY"
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
MAX_FIELD = 10 * 1024 * 1024        # a longer cell is refused by its column's length


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


def unknown_encoding(path: Path) -> SpreadsheetError:
    return SpreadsheetError(message(QT_TRANSLATE_NOOP(
        "Import", "{file}: the text encoding is not one PartyDesk reads (UTF-8, UTF-16 or "
        "Windows Vietnamese cp1258). Save it again as \"CSV UTF-8\" or as .xlsx."),
        file=path.name))


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


def decode_csv(path: Path, data: bytes) -> str:
    """The text of a CSV file in NFC: UTF-8 (with or without a BOM), UTF-16 (with a BOM,
    or recognised by its zero bytes), else Windows Vietnamese (cp1258, whose tones are
    combining marks)."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        encodings = ["utf-16"]
    elif data[1:200:2].count(0) > 40 and 0 not in data[0:200:2]:
        encodings = ["utf-16-le"]
    elif data[0:200:2].count(0) > 40 and 0 not in data[1:200:2]:
        encodings = ["utf-16-be"]
    else:
        encodings = ["utf-8-sig", "cp1258"]
    for encoding in encodings:
        try:
            return unicodedata.normalize("NFC", data.decode(encoding))
        except UnicodeDecodeError:
            continue
    raise unknown_encoding(path)


def _read_csv(path: Path, hint: SizeHint) -> Iterator[tuple[int, list[object]]]:
    text = decode_csv(path, path.read_bytes())
    lines = text.splitlines()
    hint(len(lines))                          # lines: rows unless a cell holds a newline
    delimiter = max(",;\t", key=(lines[0] if lines else "").count)
    csv.field_size_limit(MAX_FIELD)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    for number, cells in enumerate(reader, start=1):
        yield number, [_unquoted(cell) for cell in cells]


def _unquoted(cell: str) -> str:
    """A cell PartyDesk wrote formula-safe ('=…) reads back as it was."""
    return cell[1:] if cell.startswith("'") and cell[1:].startswith(FORMULA_STARTS) else cell


def formula_safe(text: str) -> str:
    return "'" + text if text.startswith(FORMULA_STARTS) else text


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
        writer.writerow([formula_safe(h) for h in headers])
        for row in rows:
            writer.writerow([formula_safe(cell_text(v)) for v in row])


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
    if isinstance(value, str):
        cell.data_type = "s"          # text stays text: never a formula, whatever it starts with
    if number_format:
        cell.number_format = number_format
    if font is not None:
        cell.font = font
    return cell


def _letter(position: int) -> str:
    from openpyxl.utils import get_column_letter

    return get_column_letter(position + 1)
