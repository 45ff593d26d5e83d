"""A member's life as dated events.

The register stores events, never a status: status, flags and dates are
derived from them (see :mod:`partydesk.domain.member_state`). The string
values of the enums below are stored in the database and in bundles, so they
must never change.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from types import MappingProxyType
from typing import Any


class EventKind(StrEnum):
    ADMISSION_DECISION = "admission_decision"
    ADMISSION_CEREMONY = "admission_ceremony"
    CONVERSION_OFFICIAL = "conversion_official"
    TRANSFER_OUT_OFFICIAL = "transfer_out_official"
    TRANSFER_OUT_TEMPORARY = "transfer_out_temporary"
    TRANSFER_IN_OFFICIAL = "transfer_in_official"
    TRANSFER_IN_TEMPORARY = "transfer_in_temporary"
    RETURN_FROM_TEMPORARY = "return_from_temporary"
    EXEMPTION_START = "exemption_start"
    EXEMPTION_END = "exemption_end"
    DISCIPLINE = "discipline"
    REMOVAL = "removal"
    EXPULSION = "expulsion"
    LEFT_PARTY = "left_party"
    DEATH = "death"
    READMISSION = "readmission"
    CARD_ISSUED = "card_issued"
    BADGE_AWARDED = "badge_awarded"
    YEARLY_GRADING = "yearly_grading"


class DisciplineLevel(StrEnum):
    REPRIMAND = "reprimand"  # khiển trách
    WARNING = "warning"  # cảnh cáo
    REMOVAL_FROM_POST = "removal_from_post"  # cách chức
    EXPULSION = "expulsion"  # khai trừ: recorded as its own EventKind.EXPULSION


class GradingLevel(StrEnum):
    OUTSTANDING = "outstanding"  # hoàn thành xuất sắc nhiệm vụ
    GOOD = "good"  # hoàn thành tốt nhiệm vụ
    COMPLETED = "completed"  # hoàn thành nhiệm vụ
    NOT_COMPLETED = "not_completed"  # không hoàn thành nhiệm vụ


# Keys of MemberEvent.details, per kind.
LEVEL = "level"  # discipline: DisciplineLevel; yearly_grading: GradingLevel
CARD_NUMBER = "card_number"  # card_issued
BADGE_YEARS = "years"  # badge_awarded
GRADING_YEAR = "year"  # yearly_grading
PLACE = "place"  # transfers, optional: where from / to

START_KINDS = frozenset({EventKind.ADMISSION_DECISION, EventKind.READMISSION})

# Records about a member that do not change status or flags. They may be
# entered late, dated before changes already recorded.
ANNOTATION_KINDS = frozenset({
    EventKind.DISCIPLINE,
    EventKind.CARD_ISSUED,
    EventKind.BADGE_AWARDED,
    EventKind.YEARLY_GRADING,
})


@dataclass(frozen=True)
class MemberEvent:
    kind: EventKind
    on: date
    details: Mapping[str, Any] = field(default_factory=dict, hash=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "kind", EventKind(self.kind))
        object.__setattr__(self, "details", MappingProxyType(dict(self.details)))


def discipline_event(on: date, level: DisciplineLevel | str) -> MemberEvent:
    return MemberEvent(EventKind.DISCIPLINE, on, {LEVEL: DisciplineLevel(level).value})


def card_event(on: date, card_number: str) -> MemberEvent:
    return MemberEvent(EventKind.CARD_ISSUED, on, {CARD_NUMBER: card_number})


def badge_event(on: date, years: int) -> MemberEvent:
    return MemberEvent(EventKind.BADGE_AWARDED, on, {BADGE_YEARS: years})


def grading_event(on: date, year: int, level: GradingLevel | str) -> MemberEvent:
    return MemberEvent(EventKind.YEARLY_GRADING, on,
                       {GRADING_YEAR: year, LEVEL: GradingLevel(level).value})


def _detail(event: MemberEvent, key: str) -> Any:
    try:
        return event.details[key]
    except KeyError:
        raise ValueError(f"{event.kind} event of {event.on} has no {key!r} detail") from None


def discipline_level(event: MemberEvent) -> DisciplineLevel:
    return DisciplineLevel(_detail(event, LEVEL))


def card_number(event: MemberEvent) -> str:
    return str(_detail(event, CARD_NUMBER)).strip()


def badge_years(event: MemberEvent) -> int:
    return int(_detail(event, BADGE_YEARS))


def grading_year(event: MemberEvent) -> int:
    return int(_detail(event, GRADING_YEAR))


def grading_level(event: MemberEvent) -> GradingLevel:
    return GradingLevel(_detail(event, LEVEL))


def chronological(events: Iterable[MemberEvent]) -> list[MemberEvent]:
    """Events by date; events of the same day keep the order they were recorded in."""
    return sorted(events, key=lambda event: event.on)
