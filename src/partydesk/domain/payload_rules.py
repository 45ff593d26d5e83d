"""Checking a payload's tables against :mod:`partydesk.domain.payload_schema`, and the
guard against a snapshot that drops many of a cell's members at once.

The checks run column by column (``set(map(type, …))``, one regular expression over a
whole column), so that 50,000 members cost tens of milliseconds; a row is searched
for only once a column is known to be wrong, to name it.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime

from partydesk.domain.payload_schema import (
    DEFAULT_MAX_ROWS,
    SCHEMA,
    Column,
    Table,
    generic_column,
)

CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029]")
CONTROL_IN_LINE = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")
ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
CLOCK = re.compile(r"([01]\d|2[0-3]):[0-5]\d")
DEFAULT_REMOVAL_SHARE = 20          # per cent of a cell's current members


class Problem:
    """Why a value was refused (English keys; services turn them into messages)."""
    TYPE = "type"
    MISSING = "missing"
    RANGE = "range"
    DATE = "date"
    TIME = "time"
    ENUM = "enum"
    LENGTH = "length"
    CONTROL = "control"
    NFC = "nfc"
    REFERENCE = "reference"
    DUPLICATE = "duplicate"
    ROWS = "rows"
    JSON = "json"


@dataclass(frozen=True)
class PayloadProblem(Exception):
    table: str
    row: int | None          # 1-based row of the table, None for the whole table
    column: str | None
    problem: str


def check_value_column(table: str, name: str, spec: Column, values: Sequence) -> None:
    """Check one column of a table (``values`` in row order); raise PayloadProblem
    naming the first bad row."""
    def fail(problem: str, bad) -> None:
        row = next((i for i, value in enumerate(values, start=1) if bad(value)), None)
        raise PayloadProblem(table, row, name, problem)

    # count() is one C pass; most columns hold no null at all
    present = values if values.count(None) == 0 else [v for v in values if v is not None]
    if len(present) != len(values) and not spec.nullable:
        fail(Problem.MISSING, lambda v: v is None)
    if spec.kind == "int":
        _check_integers(spec, present, fail)
        return
    if not set(map(type, present)) <= {str}:
        fail(Problem.TYPE, lambda v: v is not None and type(v) is not str)
    if present and max(map(len, present)) > spec.max_length:
        fail(Problem.LENGTH, lambda v: v is not None and len(v) > spec.max_length)
    _check_text(spec, present, fail)
    if spec.values is not None and not set(present) <= spec.values:
        fail(Problem.ENUM, lambda v: v is not None and v not in spec.values)
    checker = VALUE_CHECKS.get(spec.kind)
    if checker is not None:
        problem, valid = checker
        invalid = [v for v in present if not valid(v)]
        if invalid:
            fail(problem, lambda v: v is not None and not valid(v))


def _check_integers(spec: Column, present: list, fail) -> None:
    if not set(map(type, present)) <= {int}:
        fail(Problem.TYPE, lambda v: v is not None and type(v) is not int)
    if present and (min(present) < spec.low or max(present) > spec.high):
        fail(Problem.RANGE, lambda v: v is not None and not spec.low <= v <= spec.high)


def _check_text(spec: Column, present: list[str], fail) -> None:
    if spec.kind == "key":             # sort keys hold separators below the space
        return
    joined = " ".join(present)     # a space: neither a control character nor combining
    pattern = CONTROL if spec.kind in ("text", "json") else CONTROL_IN_LINE
    # isprintable() is False for every character either pattern refuses (and for other
    # separators such as a line break, which the pattern then looks at): one C pass
    if not joined.isprintable() and pattern.search(joined):
        fail(Problem.CONTROL, lambda v: v is not None and pattern.search(v))
    if not unicodedata.is_normalized("NFC", joined):
        fail(Problem.NFC, lambda v: v is not None
             and not unicodedata.is_normalized("NFC", v))


def _is_date(value: str) -> bool:
    if not ISO_DATE.fullmatch(value):
        return False
    try:
        date.fromisoformat(value)
    except ValueError:
        return False
    return True


def _is_stamp(value: str) -> bool:
    if len(value) < 19 or not ISO_DATE.fullmatch(value[:10]):
        return False
    try:
        datetime.fromisoformat(value)
    except ValueError:
        return False
    return True


def _is_json(value: str) -> bool:
    try:
        return isinstance(json.loads(value), dict | list)
    except (ValueError, RecursionError):
        return False


VALUE_CHECKS = {
    "date": (Problem.DATE, _is_date),
    "stamp": (Problem.DATE, _is_stamp),
    "time": (Problem.TIME, CLOCK.fullmatch),
    "json": (Problem.JSON, _is_json),
}


def check_tables(tables: Mapping[str, tuple[Sequence[str], Sequence[Sequence]]],
                 sql_types: Mapping[str, Mapping[str, str]]) -> None:
    """Check every table of a payload (``name → (columns, rows)``); ``sql_types`` gives
    the committee's column types, used for what the schema does not declare."""
    ids: dict[str, set] = {}
    references = []
    for name, (columns, rows) in tables.items():
        table = SCHEMA.get(name, Table({}, DEFAULT_MAX_ROWS))
        if len(rows) > table.max_rows:
            raise PayloadProblem(name, None, None, Problem.ROWS)
        values_by_column = (dict(zip(columns, zip(*rows, strict=True), strict=True))
                            if rows else {})
        for column in columns:
            spec = table.columns.get(column) or generic_column(
                sql_types.get(name, {}).get(column, "TEXT"))
            values = values_by_column.get(column, ())
            check_value_column(name, column, spec, values)
            if spec.refers_to is not None:
                references.append((name, column, spec.refers_to, values))
        if "id" in values_by_column:
            ids[name] = _unique_ids(name, values_by_column["id"])
        for key in table.unique:
            if set(key) <= set(values_by_column):
                _unique(name, key, list(zip(*(values_by_column[c] for c in key), strict=True)))
    for name, column, target, values in references:
        known = ids.get(target, {None})
        if not set(values) <= known:     # None is in ``known``: a null refers to nothing
            row = next(i for i, v in enumerate(values, start=1)
                       if v is not None and v not in known)
            raise PayloadProblem(name, row, column, Problem.REFERENCE)


def _unique_ids(table: str, values: Sequence) -> set:
    """The set of a table's ids (and None), raising at the first repeated id."""
    seen = set(values)
    if len(seen) != len(values):
        _unique(table, ("id",), [(v,) for v in values])
    seen.add(None)
    return seen


def _unique(table: str, key: tuple[str, ...], values: list[tuple]) -> set[tuple]:
    """The set of key values, raising at the first repeated one (None never repeats)."""
    seen: set[tuple] = set(values)
    if len(seen) == len(values):       # no repeat at all, None or not: one C pass
        return seen
    seen = set()
    for row, value in enumerate(values, start=1):
        if None in value:
            continue
        if value in seen:
            raise PayloadProblem(table, row, ", ".join(key), Problem.DUPLICATE)
        seen.add(value)
    return seen


def needs_removal_confirmation(current: int, dropped: int,
                               share: int = DEFAULT_REMOVAL_SHARE) -> bool:
    """A snapshot that drops more than ``share`` per cent of the cell's ``current``
    members, or all of them, is applied only when the operator confirms it."""
    return current > 0 and (dropped >= current or dropped * 100 > share * current)
