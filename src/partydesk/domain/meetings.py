"""Cell meetings: kinds, minimum lengths, the quarterly thematic meeting, and
the permanence of the minutes.

Lengths and frequencies are rules as data (``meetings.*`` in the rule files),
looked up as of the meeting date. A short meeting is not refused, only
flagged: the minutes record what happened.

The minute book is kept permanently: once read back and signed, minutes are
finalised and never change; a correction is a new, dated amendment.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from partydesk.domain.errors import RuleViolation
from partydesk.domain.messages import QT_TRANSLATE_NOOP, Message, message
from partydesk.domain.rulebook import RuleBook, UnknownRule


class MeetingKind(StrEnum):
    MONTHLY_REGULAR = "monthly_regular"
    THEMATIC = "thematic"
    REGULAR_WITH_THEMATIC = "regular_with_thematic"
    EXTRAORDINARY = "extraordinary"
    CELL_COMMITTEE = "cell_committee"
    CONGRESS = "congress"


# Kinds with a minimum length; other kinds take as long as they take.
MIN_MINUTES_RULES = {
    MeetingKind.MONTHLY_REGULAR: "meetings.min_minutes.monthly_regular",
    MeetingKind.REGULAR_WITH_THEMATIC: "meetings.min_minutes.regular_with_thematic",
}
THEMATIC_PER_QUARTER_RULE = "meetings.thematic_min_per_quarter"
THEMATIC_KINDS = frozenset({MeetingKind.THEMATIC, MeetingKind.REGULAR_WITH_THEMATIC})


def duration_warning(kind: MeetingKind, start: dt.datetime, end: dt.datetime,
                     rules: RuleBook, on: dt.date) -> Message | None:
    """A warning if a meeting of ``kind`` was shorter than the rule in force on ``on``.

    No warning for kinds without a minimum, or for dates before any such rule.
    A meeting that ends before it starts is refused.
    """
    if end <= start:
        raise RuleViolation(message(QT_TRANSLATE_NOOP(
            "Meetings", "A meeting must end after it starts ({start} to {end})."),
            start=start.strftime("%H:%M"), end=end.strftime("%H:%M")))
    key = MIN_MINUTES_RULES.get(kind)
    if key is None:
        return None
    try:
        minimum = int(rules.value(key, on))
    except UnknownRule:
        return None
    lasted = int((end - start).total_seconds() // 60)
    if lasted >= minimum:
        return None
    return message(QT_TRANSLATE_NOOP(
        "Meetings", "The meeting lasted {lasted} minutes; this kind of meeting "
                    "should last at least {minimum} minutes."),
        lasted=lasted, minimum=minimum)


def quarter_of(day: dt.date) -> tuple[int, int]:
    """(year, quarter 1-4) of a day."""
    return day.year, (day.month - 1) // 3 + 1


def thematic_shortfall(held: Iterable[tuple[dt.date, MeetingKind]], day: dt.date,
                       rules: RuleBook) -> Message | None:
    """A reminder if the quarter containing ``day`` has fewer thematic meetings than required.

    ``held`` is the (date, kind) of the cell's meetings; a regular meeting
    combined with a thematic one counts as thematic.
    """
    try:
        required = int(rules.value(THEMATIC_PER_QUARTER_RULE, day))
    except UnknownRule:
        return None
    quarter = quarter_of(day)
    thematic = sum(1 for when, kind in held
                   if kind in THEMATIC_KINDS and quarter_of(when) == quarter)
    if thematic >= required:
        return None
    return message(QT_TRANSLATE_NOOP(
        "Meetings", "Quarter {quarter}/{year} has {held} thematic meeting(s); "
                    "at least {required} a quarter are required."),
        quarter=quarter[1], year=quarter[0], held=thematic, required=required)


class MinutesStatus(StrEnum):
    DRAFT = "draft"
    FINALISED = "finalised"


def minutes_finalised_message() -> Message:
    """Why signed minutes cannot change (also shown when the database itself refuses)."""
    return message(QT_TRANSLATE_NOOP(
        "Meetings", "These minutes were read back and signed, so they cannot be changed; "
                    "add a dated amendment instead."))


def ensure_editable(status: MinutesStatus) -> None:
    """Refuse to change minutes that were read back and signed."""
    if MinutesStatus(status) is MinutesStatus.FINALISED:
        raise RuleViolation(minutes_finalised_message())


@dataclass(frozen=True)
class Amendment:
    """A dated correction to finalised minutes, kept beside them, never merged in."""

    date: dt.date
    text: str
    author: str

    def __post_init__(self) -> None:
        if not self.text.strip() or not self.author.strip():
            raise RuleViolation(message(QT_TRANSLATE_NOOP(
                "Meetings", "An amendment needs its text and the name of who made it.")))


def check_amendment(status: MinutesStatus, finalised_on: dt.date | None,
                    amendment: Amendment) -> None:
    """Amendments are for finalised minutes (a draft is simply edited), dated after signing."""
    if status is not MinutesStatus.FINALISED or finalised_on is None:
        raise RuleViolation(message(QT_TRANSLATE_NOOP(
            "Meetings",
            "Draft minutes are corrected directly; amendments are for signed minutes.")))
    if amendment.date < finalised_on:
        raise RuleViolation(message(QT_TRANSLATE_NOOP(
            "Meetings", "An amendment cannot be dated {date}, before the minutes were signed "
                        "on {signed}."),
            date=amendment.date.strftime("%d/%m/%Y"), signed=finalised_on.strftime("%d/%m/%Y")))


_KIND_LABELS = {
    MeetingKind.MONTHLY_REGULAR: QT_TRANSLATE_NOOP("Meetings", "Monthly regular meeting"),
    MeetingKind.THEMATIC: QT_TRANSLATE_NOOP("Meetings", "Thematic meeting"),
    MeetingKind.REGULAR_WITH_THEMATIC: QT_TRANSLATE_NOOP(
        "Meetings", "Regular meeting with a thematic session"),
    MeetingKind.EXTRAORDINARY: QT_TRANSLATE_NOOP("Meetings", "Extraordinary meeting"),
    MeetingKind.CELL_COMMITTEE: QT_TRANSLATE_NOOP("Meetings", "Cell committee meeting"),
    MeetingKind.CONGRESS: QT_TRANSLATE_NOOP("Meetings", "Cell congress"),
}


def kind_label(kind: MeetingKind | str) -> Message:
    """The name of a kind of meeting, for lists and the minutes' title."""
    return message(_KIND_LABELS[MeetingKind(kind)])


_STATUS_LABELS = {
    MinutesStatus.DRAFT: QT_TRANSLATE_NOOP("Meetings", "draft"),
    MinutesStatus.FINALISED: QT_TRANSLATE_NOOP("Meetings", "signed"),
}


def status_label(status: MinutesStatus | str) -> Message:
    return message(_STATUS_LABELS[MinutesStatus(status)])
