"""One spreadsheet row → a member record and the dated events its columns stand for,
or the reasons it cannot be one.

The record must hold together (dates readable and in order, a name, a known sex, 18
at admission); its events — admission, ceremony, conversion, and the exit columns of
the member book (transfer out, death, leaving the party) — must pass the lifecycle
rules as the member aggregate checks them; and a status written in the row must be
the one those events give.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from partydesk.domain.errors import RuleViolation
from partydesk.domain.events import PLACE, EventKind, MemberEvent
from partydesk.domain.ids import new_id
from partydesk.domain.lifecycle import CheckContext
from partydesk.domain.member import MemberRecord, MemberStatus
from partydesk.domain.member_rules import HistoryRule
from partydesk.domain.messages import QT_TRANSLATE_NOOP, Message, message
from partydesk.domain.rulebook import RuleBook
from partydesk.domain.vietnamese import given_name_index
from partydesk.services.members.aggregate import LifeChange, check_events, derive

from .columns import (
    BY_FIELD,
    COLUMNS,
    EXIT_FIELDS,
    STATUS_WORDS,
    BadValue,
    Column,
    cell_text,
    parse_date,
    parse_exit_form,
    parse_sex,
    parse_status,
)

CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
MAX_TEXT = 2_000                               # characters in one cell
IMPORT_DETAILS = {"source": "spreadsheet"}
# A member book often has no ceremony date: a conversion is then taken as written.
WAIVED = frozenset({HistoryRule.CEREMONY_FIRST})
# The column whose date each exit status needs.
EXIT_DATE_COLUMN = {
    MemberStatus.TRANSFERRED_OUT: "transfer_out_on", MemberStatus.DECEASED: "died_on",
    MemberStatus.REMOVED: "exited_on", MemberStatus.EXPELLED: "exited_on",
    MemberStatus.LEFT: "exited_on",
}
EXIT_FORM_OF_STATUS = {MemberStatus.REMOVED: EventKind.REMOVAL,
                       MemberStatus.EXPELLED: EventKind.EXPULSION,
                       MemberStatus.LEFT: EventKind.LEFT_PARTY}


@dataclass
class RowResult:
    row: int                                  # as the user sees it in the spreadsheet
    record: MemberRecord | None = None
    card_number: str = ""
    events: list[MemberEvent] = field(default_factory=list)
    problems: list[Message] = field(default_factory=list)

    def change(self) -> LifeChange:
        assert self.record is not None
        return LifeChange(self.record.id, tuple(self.events), self.record, waived=WAIVED)


def _bad(column: Column, text: str) -> Message:
    if column.kind == "date":
        return message(QT_TRANSLATE_NOOP(
            "Import", "{column}: \"{value}\" is not a date (write dd/mm/yyyy)"),
            column=column.header, value=text)
    if column.kind == "sex":
        return message(QT_TRANSLATE_NOOP(
            "Import", "{column}: \"{value}\" is not a sex (write Nam or Nữ)"),
            column=column.header, value=text)
    if column.kind == "exit_form":
        return message(QT_TRANSLATE_NOOP(
            "Import", "{column}: \"{value}\" is not a way of leaving the party (write xóa "
            "tên, khai trừ or xin ra)"), column=column.header, value=text)
    return message(QT_TRANSLATE_NOOP(
        "Import", "{column}: \"{value}\" is not a known status"),
        column=column.header, value=text)


_PARSERS = {"date": parse_date, "sex": parse_sex, "status": parse_status,
            "exit_form": parse_exit_form}


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
    if v["full_name"] and given_name_index(v["full_name"], v["given_name"]) is None:
        problems.append(message(QT_TRANSLATE_NOOP(
            "Import", "{column}: \"{value}\" is not a word of the full name"),
            column=BY_FIELD["given_name"].header, value=v["given_name"]))
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


def _exit_events(v: dict[str, Any], result: RowResult) -> list[MemberEvent]:
    """The exit columns as dated events; a missing date an exit status needs is a
    problem naming its column."""
    status, events = v["status"], []
    needed = EXIT_DATE_COLUMN.get(status)
    if needed and not v[needed] and not _reported(result, needed):
        result.problems.append(message(QT_TRANSLATE_NOOP(
            "Import", "{status} needs its date in the column {column}"),
            status=STATUS_WORDS[status], column=BY_FIELD[needed].header))
    details = dict(IMPORT_DETAILS)
    if v["transfer_out_on"]:
        place = {PLACE: v["transfer_out_place"]} if v["transfer_out_place"] else {}
        events.append(MemberEvent(EventKind.TRANSFER_OUT_OFFICIAL, v["transfer_out_on"],
                                  details | place))
    if v["exited_on"]:
        form = v["exit_form"] or EXIT_FORM_OF_STATUS.get(status)
        if form is None and not _reported(result, "exit_form"):
            result.problems.append(_missing("exit_form"))
        elif form is not None:
            events.append(MemberEvent(form, v["exited_on"], details))
    if v["died_on"]:
        events.append(MemberEvent(EventKind.DEATH, v["died_on"], details))
    return sorted(events, key=lambda e: e.on)


def _reported(result: RowResult, field_name: str) -> bool:
    return any(p.params.get("column") == BY_FIELD[field_name].header for p in result.problems)


def _check_life(result: RowResult, status: MemberStatus | None, rules: RuleBook,
                as_of: date) -> None:
    """The row's events under the lifecycle rules, and its status as they give it."""
    record = result.record
    assert record is not None
    try:
        history = check_events([], result.events, rules,
                               CheckContext(birth_date=record.birth_date), WAIVED)
    except RuleViolation as refused:
        result.problems.append(refused.message)
        return
    derived = derive(history, record.card_number, as_of, rules)[1]
    if status is not None and derived.status is not status:
        result.problems.append(message(QT_TRANSLATE_NOOP(
            "Import", "{column} is \"{status}\" but the dates of the row say \"{derived}\""),
            column=BY_FIELD["status"].header, status=STATUS_WORDS[status],
            derived=STATUS_WORDS[derived.status]))


def read_row(row: int, cells: dict[Column, object], min_age: int, rules: RuleBook,
             as_of: date) -> RowResult:
    """Read one row (``cells``: column → raw cell value)."""
    result = RowResult(row)
    values = _read_values(cells, result)
    result.card_number = values["card_number"]
    _check_values(values, min_age, result)
    exits = _exit_events(values, result)
    if result.problems:
        return result
    status = values.pop("status")
    for name in EXIT_FIELDS:
        del values[name]
    result.record = MemberRecord(id=new_id(), **values)
    result.events = admission_events(result.record) + exits
    _check_life(result, status, rules, as_of)
    return result


def admission_events(record: MemberRecord) -> list[MemberEvent]:
    """The events a record's dates stand for."""
    steps = [(EventKind.ADMISSION_DECISION, record.admitted_on),
             (EventKind.ADMISSION_CEREMONY, record.ceremony_on),
             (EventKind.CONVERSION_OFFICIAL, record.official_on)]
    return [MemberEvent(kind, day, IMPORT_DETAILS) for kind, day in steps if day is not None]


def is_blank(cells: dict[Column, object]) -> bool:
    return all(cell_text(v) == "" for v in cells.values())
