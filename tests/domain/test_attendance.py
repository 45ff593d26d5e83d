"""The attendance report of the minutes is computed from each attendee's standing and presence."""

from __future__ import annotations

import pytest

from partydesk.domain.attendance import (
    AttendanceSummary,
    Attendee,
    Membership,
    Presence,
    Standing,
    summarise_attendance,
)
from partydesk.domain.errors import RuleViolation

OFFICIAL, PROBATIONARY = Membership.OFFICIAL, Membership.PROBATIONARY
PRESENT = Presence.PRESENT
WITH_REASON = Presence.ABSENT_WITH_REASON
WITHOUT_REASON = Presence.ABSENT_WITHOUT_REASON

# One cell with a member in every situation the minutes report.
CELL = [
    Attendee("An", OFFICIAL, PRESENT),
    Attendee("Bình", OFFICIAL, PRESENT),
    Attendee("Chi", PROBATIONARY, PRESENT),
    Attendee("Dũng", OFFICIAL, PRESENT, Standing.EXEMPT),
    Attendee("Giang", OFFICIAL, WITH_REASON, Standing.EXEMPT, "tuổi cao"),
    Attendee("Hà", OFFICIAL, WITHOUT_REASON, Standing.TEMPORARILY_AWAY),
    Attendee("Khánh", OFFICIAL, PRESENT, Standing.ATTENDING_TEMPORARILY),
    Attendee("Lan", PROBATIONARY, PRESENT, Standing.ATTENDING_TEMPORARILY),
    Attendee("Minh", OFFICIAL, WITHOUT_REASON, Standing.SUSPENDED),
    Attendee("Nam", OFFICIAL, WITHOUT_REASON, Standing.PROSECUTED_OR_DETAINED),
    Attendee("Oanh", OFFICIAL, WITH_REASON, Standing.EXCUSED_WHOLE_MEETING, "đi công tác"),
    Attendee("Phúc", OFFICIAL, WITH_REASON, reason="ốm"),
    Attendee("Quang", OFFICIAL, WITHOUT_REASON),
    Attendee("Sơn", PROBATIONARY, WITHOUT_REASON),
]


@pytest.fixture(scope="module")
def summary() -> AttendanceSummary:
    return summarise_attendance(CELL)


@pytest.mark.parametrize(("category", "expected"), [
    pytest.param("official",
                 ("An", "Bình", "Dũng", "Giang", "Hà", "Minh", "Nam", "Oanh", "Phúc", "Quang"),
                 id="official-members-on-the-register-whatever-their-standing"),
    pytest.param("probationary", ("Chi", "Sơn"), id="probationers-on-the-register"),
    pytest.param("attending_temporarily", ("Khánh", "Lan"),
                 id="attending-temporarily-are-not-on-the-register"),
    pytest.param("exempt", ("Dũng", "Giang"), id="exempted-present-or-not"),
    pytest.param("temporarily_away", ("Hà",), id="temporarily-transferred-out"),
    pytest.param("suspended", ("Minh",), id="suspended"),
    pytest.param("prosecuted_or_detained", ("Nam",), id="prosecuted-or-detained"),
    pytest.param("present_official", ("An", "Bình", "Dũng"), id="present-official-incl-exempt"),
    pytest.param("present_probationary", ("Chi",), id="present-probationary"),
    pytest.param("present_attending_temporarily", ("Khánh", "Lan"),
                 id="present-attending-temporarily-of-either-membership"),
    pytest.param("absent_with_reason", (("Oanh", "đi công tác"), ("Phúc", "ốm")),
                 id="absent-with-reason-names-and-reasons-exempt-not-listed"),
    pytest.param("absent_without_reason", ("Quang", "Sơn"),
                 id="absent-without-reason-only-members-expected-to-attend"),
])
def test_each_category_of_the_minutes(summary: AttendanceSummary, category: str,
                                      expected: tuple) -> None:
    assert getattr(summary, category) == expected


@pytest.mark.parametrize(("total", "expected"), [
    pytest.param("total_members", 12, id="total-is-official-plus-probationary-on-register"),
    pytest.param("present_total", 6, id="present-total-includes-attending-temporarily"),
    pytest.param("absent_total", 4, id="absent-total-with-and-without-reason"),
])
def test_totals(summary: AttendanceSummary, total: str, expected: int) -> None:
    assert getattr(summary, total) == expected


def test_an_empty_meeting_has_an_empty_report() -> None:
    summary = summarise_attendance([])
    assert (summary.total_members, summary.present_total, summary.absent_total) == (0, 0, 0)


@pytest.mark.parametrize("make", [
    pytest.param(lambda: Attendee("  ", OFFICIAL, PRESENT), id="attendee-needs-a-name"),
    pytest.param(lambda: Attendee("An", OFFICIAL, WITH_REASON),
                 id="absent-with-reason-needs-the-reason"),
    pytest.param(lambda: Attendee("An", OFFICIAL, WITH_REASON, reason="  "),
                 id="blank-reason-is-no-reason"),
    pytest.param(lambda: Attendee("An", OFFICIAL, PRESENT, reason="ốm"),
                 id="present-member-has-no-absence-reason"),
    pytest.param(lambda: Attendee("An", OFFICIAL, PRESENT, Standing.EXCUSED_WHOLE_MEETING),
                 id="excused-for-whole-meeting-cannot-be-present"),
    pytest.param(lambda: Attendee("An", OFFICIAL, WITHOUT_REASON, Standing.EXCUSED_WHOLE_MEETING),
                 id="excused-for-whole-meeting-had-a-reason"),
])
def test_contradictory_attendance_is_refused(make) -> None:
    with pytest.raises(RuleViolation):
        make()
