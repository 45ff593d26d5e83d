"""Meeting lengths, the quarterly thematic meeting, and minutes that never change once signed."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from partydesk.domain.errors import RuleViolation
from partydesk.domain.meetings import (
    Amendment,
    MeetingKind,
    MinutesStatus,
    check_amendment,
    duration_warning,
    ensure_editable,
    thematic_shortfall,
)
from partydesk.domain.rulebook import RuleBook, RuleValue
from partydesk.services.setup.rulebook import default_rulebook

RULES = default_rulebook()
DAY = date(2026, 2, 5)
START = datetime(2026, 2, 5, 8, 0)


def warning_for(kind: MeetingKind, minutes: int, rules: RuleBook = RULES,
                on: date = DAY) -> str | None:
    found = duration_warning(kind, START, START + timedelta(minutes=minutes), rules, on)
    return None if found is None else found.render()


@pytest.mark.parametrize(("kind", "minutes", "warned"), [
    pytest.param(MeetingKind.MONTHLY_REGULAR, 89, True, id="regular-under-90-warned"),
    pytest.param(MeetingKind.MONTHLY_REGULAR, 90, False, id="regular-exactly-90-fine"),
    pytest.param(MeetingKind.MONTHLY_REGULAR, 150, False, id="regular-long-fine"),
    pytest.param(MeetingKind.REGULAR_WITH_THEMATIC, 119, True, id="combined-under-120-warned"),
    pytest.param(MeetingKind.REGULAR_WITH_THEMATIC, 100, True,
                 id="combined-needs-more-than-a-regular-meeting"),
    pytest.param(MeetingKind.REGULAR_WITH_THEMATIC, 120, False, id="combined-exactly-120-fine"),
    pytest.param(MeetingKind.EXTRAORDINARY, 20, False, id="extraordinary-has-no-minimum"),
    pytest.param(MeetingKind.CELL_COMMITTEE, 20, False, id="cell-committee-has-no-minimum"),
    pytest.param(MeetingKind.CONGRESS, 60, False, id="congress-has-no-minimum-here"),
])
def test_duration_warning(kind: MeetingKind, minutes: int, warned: bool) -> None:
    assert (warning_for(kind, minutes) is not None) == warned


def test_warning_says_how_long_and_how_long_it_should_be() -> None:
    assert warning_for(MeetingKind.MONTHLY_REGULAR, 75) == (
        "The meeting lasted 75 minutes; this kind of meeting should last at least 90 minutes.")


def test_no_warning_before_any_length_rule_was_in_force() -> None:
    assert warning_for(MeetingKind.MONTHLY_REGULAR, 30, on=date(2010, 5, 1)) is None


def test_length_is_judged_by_the_rule_of_the_meeting_date() -> None:
    key = "meetings.min_minutes.monthly_regular"
    rules = RuleBook([RuleValue(key, 90, date(2018, 10, 18), "test"),
                      RuleValue(key, 100, date(2027, 1, 1), "test")])
    assert warning_for(MeetingKind.MONTHLY_REGULAR, 95, rules, date(2026, 12, 31)) is None
    assert warning_for(MeetingKind.MONTHLY_REGULAR, 95, rules, date(2027, 1, 1)) is not None


@pytest.mark.parametrize("minutes", [
    pytest.param(0, id="ends-when-it-starts"),
    pytest.param(-30, id="ends-before-it-starts"),
])
def test_impossible_times_are_refused(minutes: int) -> None:
    with pytest.raises(RuleViolation):
        warning_for(MeetingKind.MONTHLY_REGULAR, minutes)


@pytest.mark.parametrize(("held", "reminded"), [
    pytest.param([], True, id="no-meeting-in-quarter"),
    pytest.param([(date(2026, 1, 8), MeetingKind.MONTHLY_REGULAR)], True,
                 id="regular-meetings-only"),
    pytest.param([(date(2026, 3, 5), MeetingKind.THEMATIC)], False, id="thematic-held"),
    pytest.param([(date(2026, 1, 8), MeetingKind.REGULAR_WITH_THEMATIC)], False,
                 id="combined-meeting-counts-as-thematic"),
    pytest.param([(date(2025, 12, 5), MeetingKind.THEMATIC)], True,
                 id="thematic-in-previous-quarter-does-not-count"),
    pytest.param([(date(2025, 2, 5), MeetingKind.THEMATIC)], True,
                 id="same-quarter-of-another-year-does-not-count"),
])
def test_thematic_meeting_once_a_quarter(held: list, reminded: bool) -> None:
    assert (thematic_shortfall(held, DAY, RULES) is not None) == reminded


def test_thematic_reminder_names_the_quarter() -> None:
    reminder = thematic_shortfall([], DAY, RULES)
    assert reminder is not None
    assert reminder.render() == (
        "Quarter 1/2026 has 0 thematic meeting(s); at least 1 a quarter are required.")


def test_draft_minutes_can_be_edited() -> None:
    ensure_editable(MinutesStatus.DRAFT)


def test_signed_minutes_cannot_be_edited() -> None:
    with pytest.raises(RuleViolation):
        ensure_editable(MinutesStatus.FINALISED)


SIGNED = date(2026, 2, 5)
CORRECTION = Amendment(date(2026, 3, 5), "Sửa tên người phát biểu thứ hai.", "Nguyễn Văn An")


@pytest.mark.parametrize(("status", "signed", "amendment", "allowed"), [
    pytest.param(MinutesStatus.FINALISED, SIGNED, CORRECTION, True,
                 id="signed-minutes-take-dated-amendments"),
    pytest.param(MinutesStatus.FINALISED, SIGNED,
                 Amendment(SIGNED, "Bổ sung.", "Nguyễn Văn An"), True,
                 id="amendment-on-the-signing-day"),
    pytest.param(MinutesStatus.FINALISED, date(2026, 4, 1), CORRECTION, False,
                 id="amendment-cannot-predate-signing"),
    pytest.param(MinutesStatus.DRAFT, None, CORRECTION, False,
                 id="draft-is-edited-not-amended"),
])
def test_amendments(status: MinutesStatus, signed: date | None, amendment: Amendment,
                    allowed: bool) -> None:
    if allowed:
        check_amendment(status, signed, amendment)
    else:
        with pytest.raises(RuleViolation):
            check_amendment(status, signed, amendment)


@pytest.mark.parametrize(("text", "author"), [
    pytest.param(" ", "Nguyễn Văn An", id="amendment-needs-text"),
    pytest.param("Sửa.", "", id="amendment-needs-author"),
])
def test_incomplete_amendment_is_refused(text: str, author: str) -> None:
    with pytest.raises(RuleViolation):
        Amendment(SIGNED, text, author)
