"""One spreadsheet row → a member record, or the reasons it cannot be one.

Only what a record must hold together is checked here (dates readable and in
order, a name, a known sex, 18 at admission); the lifecycle rules are checked
where events are recorded.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from partydesk.domain.ids import new_id
from partydesk.domain.member import MemberRecord, MemberStatus
from partydesk.domain.messages import QT_TRANSLATE_NOOP, Message, message

from .columns import (
    BY_FIELD,
    COLUMNS,
    BadValue,
    Column,
    cell_text,
    parse_date,
    parse_sex,
    parse_status,
)

EventRow = tuple[str, str, str, str, dict]
CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
MAX_TEXT = 2_000                               # characters in one cell
IMPORT_DETAILS = {"source": "spreadsheet"}


@dataclass
class RowResult:
    row: int                                  # as the user sees it in the spreadsheet
    record: MemberRecord | None = None
    card_number: str = ""
    events: list[EventRow] = field(default_factory=list)
    problems: list[Message] = field(default_factory=list)


def _bad(column: Column, text: str) -> Message:
    if column.kind == "date":
        return message(QT_TRANSLATE_NOOP(
            "Import", "{column}: \"{value}\" is not a date (write dd/mm/yyyy)"),
            column=column.header, value=text)
    if column.kind == "sex":
        return message(QT_TRANSLATE_NOOP(
            "Import", "{column}: \"{value}\" is not a sex (write Nam or Nữ)"),
            column=column.header, value=text)
    return message(QT_TRANSLATE_NOOP(
        "Import", "{column}: \"{value}\" is not a known status"),
        column=column.header, value=text)


_PARSERS = {"date": parse_date, "sex": parse_sex, "status": parse_status}


def _read_values(cells: dict[Column, object], result: RowResult) -> dict[str, Any]:
    values: dict[str, Any] = {}
    for column in COLUMNS:
        raw = cells.get(column)
        if isinstance(raw, str) and _unsafe_text(column, raw, result):
            values[column.field] = None
            continue
        parser = _PARSERS.get(column.kind)
        if parser is None:
            values[column.field] = cell_text(raw)
            continue
        try:
            values[column.field] = parser(raw)
        except BadValue as bad:
            result.problems.append(_bad(column, str(bad)))
            values[column.field] = None
    return values


def _unsafe_text(column: Column, raw: str, result: RowResult) -> bool:
    """Control characters (NUL…) or an over-long cell: named, and the cell not read."""
    if CONTROL.search(raw):
        result.problems.append(message(QT_TRANSLATE_NOOP(
            "Import", "{column}: contains control characters (such as NUL); remove them"),
            column=column.header))
        return True
    if len(raw) > MAX_TEXT:
        result.problems.append(message(QT_TRANSLATE_NOOP(
            "Import", "{column}: longer than {limit} characters"),
            column=column.header, limit=MAX_TEXT))
        return True
    return False


def _missing(field_name: str) -> Message:
    return message(QT_TRANSLATE_NOOP("Import", "{column} is empty"),
                   column=BY_FIELD[field_name].header)


def _age_on(birth: date, day: date) -> int:
    return day.year - birth.year - ((day.month, day.day) < (birth.month, birth.day))


def _check_values(v: dict[str, Any], min_age: int, result: RowResult) -> None:
    problems = result.problems
    for name in ("full_name", "sex", "birth_date", "admitted_on"):
        if v[name] in (None, "") and not any(p.params.get("column") == BY_FIELD[name].header
                                             for p in problems):
            problems.append(_missing(name))
    birth, admitted, official = v["birth_date"], v["admitted_on"], v["official_on"]
    if birth and admitted and _age_on(birth, admitted) < min_age:
        problems.append(message(QT_TRANSLATE_NOOP(
            "Import", "admitted under {age} years old (born {birth}, admitted {admitted})"),
            age=min_age, birth=birth.strftime("%d/%m/%Y"),
            admitted=admitted.strftime("%d/%m/%Y")))
    if admitted and official and official < admitted:
        problems.append(message(QT_TRANSLATE_NOOP(
            "Import", "official date {official} is before the admission date {admitted}"),
            official=official.strftime("%d/%m/%Y"), admitted=admitted.strftime("%d/%m/%Y")))
    ceremony = v["ceremony_on"]
    if admitted and ceremony and ceremony < admitted:
        problems.append(message(QT_TRANSLATE_NOOP(
            "Import", "ceremony date {ceremony} is before the admission date {admitted}"),
            ceremony=ceremony.strftime("%d/%m/%Y"), admitted=admitted.strftime("%d/%m/%Y")))
    if v["status"] is MemberStatus.OFFICIAL and not official:
        problems.append(message(QT_TRANSLATE_NOOP(
            "Import", "an official member needs the official date ({column})"),
            column=BY_FIELD["official_on"].header))


def read_row(row: int, cells: dict[Column, object], min_age: int) -> RowResult:
    """Read one row (``cells``: column → raw cell value)."""
    result = RowResult(row)
    values = _read_values(cells, result)
    result.card_number = values["card_number"]
    _check_values(values, min_age, result)
    if result.problems:
        return result
    if values["status"] is None:
        values["status"] = (MemberStatus.OFFICIAL if values["official_on"]
                            else MemberStatus.PROBATIONARY)
    record = MemberRecord(id=new_id(), **values)
    result.record = record
    result.events = admission_events(record)
    return result


def admission_events(record: MemberRecord) -> list[EventRow]:
    """The events a record's dates stand for, in the register's event format."""
    steps = [("admission_decision", record.admitted_on),
             ("admission_ceremony", record.ceremony_on),
             ("conversion_official", record.official_on)]
    return [(new_id(), record.id, kind, day.isoformat(), dict(IMPORT_DETAILS))
            for kind, day in steps if day is not None]


def is_blank(cells: dict[Column, object]) -> bool:
    return all(cell_text(v) == "" for v in cells.values())
