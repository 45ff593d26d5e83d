"""Votes are judged when recorded, by the rule in force on the meeting date."""

from __future__ import annotations

import pytest

from partydesk.domain.attendance import Presence
from partydesk.domain.errors import RuleViolation
from partydesk.domain.votes import DecisionKind
from partydesk.i18n import render
from partydesk.services.meetings import drafts as svc
from partydesk.services.meetings import items as rec
from partydesk.services.meetings.minutes import minutes_view
from tests.meetings.registers import details, fill_register

# 12 active official members, one exempt (absent: not counted), one away (not counted),
# one leaving later (counted): the denominator is 13.
DENOMINATOR = 13


@pytest.fixture
def meeting(memory_db):
    ids = fill_register(memory_db)
    return memory_db, ids, svc.create_meeting(memory_db, details(ids)).id


def vote(kind, votes_for, against=0, abstain=0, subject=None):
    return rec.VoteInput(kind, "Biểu quyết", votes_for, against, abstain,
                         subject_member_id=subject)


def test_ordinary_decision_needs_more_than_half(meeting):
    db, _, meeting_id = meeting
    passed = rec.record_vote(db, meeting_id, vote(DecisionKind.ORDINARY, 7, 6))
    failed = rec.record_vote(db, meeting_id, vote(DecisionKind.ORDINARY, 6, 7))
    assert (passed.denominator, passed.needed, passed.passed) == (DENOMINATOR, 7, True)
    assert not failed.passed
    assert render(passed.explanation, "en") == (
        "passed: 7 of 13 official members voted for, more than 1/2 needed (7)")
    assert render(failed.explanation, "vi").startswith("không thông qua")


def test_conversion_needs_two_thirds_and_names_the_probationer(meeting):
    db, ids, meeting_id = meeting
    probationer = ids["Trần Thị Dự Bị"]
    assert rec.record_vote(db, meeting_id, vote(
        DecisionKind.CONVERSION_OFFICIAL, 9, 4, subject=probationer)).passed
    assert not rec.record_vote(db, meeting_id, vote(
        DecisionKind.CONVERSION_OFFICIAL, 8, 5, subject=probationer)).passed
    with pytest.raises(RuleViolation):
        rec.record_vote(db, meeting_id, vote(DecisionKind.CONVERSION_OFFICIAL, 9))
    with pytest.raises(RuleViolation):
        rec.record_vote(db, meeting_id, vote(DecisionKind.CONVERSION_OFFICIAL, 9,
                                             subject=ids["Lê Văn Mới"]))
    votes = minutes_view(db, meeting_id).votes
    assert [(v.subject_name, v.passed) for v in votes] == [
        ("Trần Thị Dự Bị", True), ("Trần Thị Dự Bị", False)]


def test_more_votes_than_voters_present_is_refused_and_not_written(meeting):
    db, ids, meeting_id = meeting
    svc.mark_attendance(db, meeting_id, Presence.ABSENT_WITHOUT_REASON,
                        member_id=ids["Nguyễn Văn Chính 12"])
    with pytest.raises(RuleViolation, match="13 votes recorded, but only 12"):
        rec.record_vote(db, meeting_id, vote(DecisionKind.ORDINARY, 13))
    assert minutes_view(db, meeting_id).votes == ()


def test_an_absence_that_would_break_a_recorded_vote_is_refused(meeting):
    db, ids, meeting_id = meeting
    rec.record_vote(db, meeting_id, vote(DecisionKind.ORDINARY, 13))
    with pytest.raises(RuleViolation):
        svc.mark_attendance(db, meeting_id, Presence.ABSENT_WITHOUT_REASON,
                            member_id=ids["Nguyễn Văn Chính 12"])
    people = {e.name: e for e in svc.attendance_list(db, meeting_id)}
    assert people["Nguyễn Văn Chính 12"].attendee.is_present


def test_an_exempt_member_who_comes_counts(meeting):
    db, ids, meeting_id = meeting
    svc.mark_attendance(db, meeting_id, Presence.PRESENT, member_id=ids["Đặng Thị Miễn"])
    outcome = rec.record_vote(db, meeting_id, vote(DecisionKind.ORDINARY, 14))
    assert outcome.denominator == DENOMINATOR + 1


def test_a_vote_on_an_item_of_another_meeting_is_refused(meeting):
    db, ids, meeting_id = meeting
    other = svc.create_meeting(db, details(ids)).id
    item = rec.add_item(db, other, "Nội dung khác")
    with pytest.raises(RuleViolation):
        rec.record_vote(db, meeting_id, rec.VoteInput(DecisionKind.ORDINARY, "Q", 7,
                                                      item_id=item))
