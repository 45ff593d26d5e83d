"""Who was at a cell meeting, and the attendance report the minutes print.

Each attendee has a *membership* (official or probationary) and a *standing*
as of the meeting date: taking part as usual, exempted from activity,
temporarily transferred out, attending here temporarily from another cell,
suspended, under prosecution or in custody, or excused for the whole meeting
(absent with a reason the cell committee accepted). Their *presence* is
recorded at the meeting. Every figure of the minutes' attendance report is
computed from these three facts, never typed.

Who counts in a vote is decided in :mod:`partydesk.domain.votes`.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from partydesk.domain.errors import RuleViolation
from partydesk.domain.messages import QT_TRANSLATE_NOOP, message


class Membership(StrEnum):
    OFFICIAL = "official"
    PROBATIONARY = "probationary"


class Standing(StrEnum):
    ACTIVE = "active"
    """Takes part in this cell's meetings as usual."""
    EXEMPT = "exempt"
    """Exempted from party work and activity (miễn công tác và sinh hoạt đảng)."""
    TEMPORARILY_AWAY = "temporarily_away"
    """On this cell's register but temporarily transferred to another cell."""
    ATTENDING_TEMPORARILY = "attending_temporarily"
    """On another cell's register, taking part here temporarily."""
    SUSPENDED = "suspended"
    """Party activity suspended (đình chỉ sinh hoạt đảng)."""
    PROSECUTED_OR_DETAINED = "prosecuted_or_detained"
    """Under prosecution, indictment or in custody (khởi tố, truy tố, tạm giam)."""
    EXCUSED_WHOLE_MEETING = "excused_whole_meeting"
    """Absent for the whole meeting with a reason the cell committee accepted."""


class Presence(StrEnum):
    PRESENT = "present"
    ABSENT_WITH_REASON = "absent_with_reason"
    ABSENT_WITHOUT_REASON = "absent_without_reason"
    BY_STANDING = "by_standing"
    """Not expected at the meeting (exempted, temporarily away, suspended…) and not
    there: reported in the member's own category, never as an absence."""


# Standings of members the cell expects at its meeting: only their absences
# are reported as absences. The others have their own line in the report.
EXPECTED_STANDINGS = frozenset({
    Standing.ACTIVE, Standing.ATTENDING_TEMPORARILY, Standing.EXCUSED_WHOLE_MEETING,
})


@dataclass(frozen=True)
class Attendee:
    name: str
    membership: Membership
    presence: Presence
    standing: Standing = Standing.ACTIVE
    reason: str = ""

    def __post_init__(self) -> None:
        _check_attendee(self)

    @property
    def is_present(self) -> bool:
        return self.presence is Presence.PRESENT

    @property
    def on_register(self) -> bool:
        """On this cell's own member list (members attending temporarily are not)."""
        return self.standing is not Standing.ATTENDING_TEMPORARILY


def _check_attendee(attendee: Attendee) -> None:
    if not attendee.name.strip():
        raise RuleViolation(message(QT_TRANSLATE_NOOP(
            "Attendance", "Every attendee needs a name.")))
    if attendee.presence is Presence.ABSENT_WITH_REASON and not attendee.reason.strip():
        raise RuleViolation(message(QT_TRANSLATE_NOOP(
            "Attendance", "{name} is absent with a reason: write the reason down."),
            name=attendee.name))
    if attendee.presence is not Presence.ABSENT_WITH_REASON and attendee.reason.strip():
        raise RuleViolation(message(QT_TRANSLATE_NOOP(
            "Attendance", "A reason is recorded only for a member absent with a reason ({name})."),
            name=attendee.name))
    if attendee.presence is Presence.BY_STANDING and attendee.standing in EXPECTED_STANDINGS:
        raise RuleViolation(message(QT_TRANSLATE_NOOP(
            "Attendance", "{name} is expected at the meeting: record them present or "
            "absent."), name=attendee.name))
    if (attendee.standing is Standing.EXCUSED_WHOLE_MEETING
            and attendee.presence is not Presence.ABSENT_WITH_REASON):
        raise RuleViolation(message(QT_TRANSLATE_NOOP(
            "Attendance",
            "{name} was excused for the whole meeting, so must be recorded absent with a reason."),
            name=attendee.name))


@dataclass(frozen=True)
class AttendanceSummary:
    """The attendance report of the minutes. Counts are the lengths of the name lists."""

    official: tuple[str, ...]
    probationary: tuple[str, ...]
    attending_temporarily: tuple[str, ...]
    exempt: tuple[str, ...]
    temporarily_away: tuple[str, ...]
    suspended: tuple[str, ...]
    prosecuted_or_detained: tuple[str, ...]
    present_official: tuple[str, ...]
    present_probationary: tuple[str, ...]
    present_attending_temporarily: tuple[str, ...]
    absent_with_reason: tuple[tuple[str, str], ...]
    """(name, reason) of expected members absent with a reason."""
    absent_without_reason: tuple[str, ...]

    @property
    def total_members(self) -> int:
        """Members on the cell's register, official and probationary."""
        return len(self.official) + len(self.probationary)

    @property
    def present_total(self) -> int:
        return (len(self.present_official) + len(self.present_probationary)
                + len(self.present_attending_temporarily))

    @property
    def absent_total(self) -> int:
        return len(self.absent_with_reason) + len(self.absent_without_reason)


def _names(attendees: Iterable[Attendee]) -> tuple[str, ...]:
    return tuple(a.name for a in attendees)


def summarise_attendance(attendees: Iterable[Attendee]) -> AttendanceSummary:
    people = list(attendees)
    register = [a for a in people if a.on_register]
    present = [a for a in people if a.is_present]
    expected_absent = [a for a in people if a.standing in EXPECTED_STANDINGS and not a.is_present]

    def with_standing(standing: Standing) -> tuple[str, ...]:
        return _names(a for a in people if a.standing is standing)

    return AttendanceSummary(
        official=_names(a for a in register if a.membership is Membership.OFFICIAL),
        probationary=_names(a for a in register if a.membership is Membership.PROBATIONARY),
        attending_temporarily=with_standing(Standing.ATTENDING_TEMPORARILY),
        exempt=with_standing(Standing.EXEMPT),
        temporarily_away=with_standing(Standing.TEMPORARILY_AWAY),
        suspended=with_standing(Standing.SUSPENDED),
        prosecuted_or_detained=with_standing(Standing.PROSECUTED_OR_DETAINED),
        present_official=_names(
            a for a in present if a.on_register and a.membership is Membership.OFFICIAL),
        present_probationary=_names(
            a for a in present if a.on_register and a.membership is Membership.PROBATIONARY),
        present_attending_temporarily=_names(a for a in present if not a.on_register),
        absent_with_reason=tuple(
            (a.name, a.reason) for a in expected_absent
            if a.presence is Presence.ABSENT_WITH_REASON),
        absent_without_reason=_names(
            a for a in expected_absent if a.presence is Presence.ABSENT_WITHOUT_REASON),
    )
