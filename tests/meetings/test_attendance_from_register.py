"""The attendance list is the register as it stood on the meeting date."""

from __future__ import annotations

from datetime import date, time

import pytest

from partydesk.domain.attendance import Membership, Presence, Standing
from partydesk.domain.errors import RuleViolation
from partydesk.services.meetings import drafts as svc
from tests.meetings.registers import details, fill_register


@pytest.fixture
def register(memory_db):
    return memory_db, fill_register(memory_db)


def listed(db, meeting_id):
    return {e.name: e for e in svc.attendance_list(db, meeting_id)}


def test_list_holds_exactly_the_members_on_the_register_that_day(register):
    db, ids = register
    people = listed(db, svc.create_meeting(db, details(ids)).id)
    assert "Lê Văn Mới" not in people        # admitted after the meeting
    assert "Hoàng Văn Đi" not in people      # transferred out before it
    assert "Đỗ Văn Mất" not in people        # died before it
    assert "Phạm Thị Chờ" not in people      # decision, but no admission ceremony yet
    assert "Vũ Văn Sau" in people            # transferred out only later
    assert len(people) == 12 + 4             # 12 + probationer, later leaver, exempt, away
    assert people["Trần Thị Dự Bị"].attendee.membership is Membership.PROBATIONARY
    assert people["Vũ Văn Sau"].attendee.membership is Membership.OFFICIAL


def test_standing_comes_from_the_register_and_presence_is_marked_after(register):
    db, ids = register
    meeting = svc.create_meeting(db, details(ids)).id
    people = listed(db, meeting)
    assert people["Đặng Thị Miễn"].attendee.standing is Standing.EXEMPT
    assert people["Bùi Văn Vắng"].attendee.standing is Standing.TEMPORARILY_AWAY
    assert people["Nguyễn Văn Chính 05"].attendee.presence is Presence.PRESENT
    svc.mark_attendance(db, meeting, Presence.ABSENT_WITH_REASON,
                        member_id=ids["Nguyễn Văn Chính 05"], reason="ốm")
    svc.mark_attendance(db, meeting, Presence.ABSENT_WITH_REASON,
                        member_id=ids["Nguyễn Văn Chính 06"], reason="đi công tác",
                        standing=Standing.EXCUSED_WHOLE_MEETING)
    people = listed(db, meeting)
    assert people["Nguyễn Văn Chính 05"].attendee.reason == "ốm"
    assert people["Nguyễn Văn Chính 06"].attendee.standing is Standing.EXCUSED_WHOLE_MEETING


def test_absent_with_reason_needs_the_reason_and_nothing_changes(register):
    db, ids = register
    meeting = svc.create_meeting(db, details(ids)).id
    with pytest.raises(RuleViolation):
        svc.mark_attendance(db, meeting, Presence.ABSENT_WITH_REASON,
                            member_id=ids["Nguyễn Văn Chính 05"])
    assert listed(db, meeting)["Nguyễn Văn Chính 05"].attendee.presence is Presence.PRESENT


def test_someone_not_listed_cannot_be_marked(register):
    db, ids = register
    meeting = svc.create_meeting(db, details(ids)).id
    with pytest.raises(RuleViolation):
        svc.mark_attendance(db, meeting, Presence.PRESENT, member_id=ids["Lê Văn Mới"])


def test_a_member_from_another_cell_is_added_by_name(register):
    db, ids = register
    meeting = svc.create_meeting(db, details(ids)).id
    svc.add_temporary_attendee(db, meeting, "  Lò Văn  Khách ", Membership.OFFICIAL)
    guest = listed(db, meeting)["Lò Văn Khách"]
    assert guest.member_id is None
    assert guest.attendee.standing is Standing.ATTENDING_TEMPORARILY


def test_a_new_date_refills_the_list_and_keeps_the_marks(register):
    db, ids = register
    meeting = svc.create_meeting(db, details(ids)).id
    svc.mark_attendance(db, meeting, Presence.ABSENT_WITHOUT_REASON,
                        member_id=ids["Nguyễn Văn Chính 07"])
    svc.add_temporary_attendee(db, meeting, "Lò Văn Khách", Membership.OFFICIAL)
    svc.update_meeting(db, meeting, details(ids, day=date(2025, 4, 20)))
    people = listed(db, meeting)
    assert "Lê Văn Mới" in people and "Vũ Văn Sau" not in people
    assert people["Nguyễn Văn Chính 07"].attendee.presence is Presence.ABSENT_WITHOUT_REASON
    assert "Lò Văn Khách" in people


def test_chair_and_minute_taker_names_come_from_the_register(register):
    db, ids = register
    meeting = svc.create_meeting(db, details(ids, chair_name="ignored")).id
    row = svc.list_meetings(db)[0]
    assert row.id == meeting and row.attendees == 16
    with pytest.raises(RuleViolation):
        svc.create_meeting(db, details(ids, chair_member_id="no-such-member"))
    assert len(svc.list_meetings(db)) == 1


def test_a_short_meeting_is_kept_with_a_warning(register):
    db, ids = register
    saved = svc.create_meeting(db, details(ids, ends_at=time(20, 40)))
    assert [w.params for w in saved.warnings] == [{"lasted": 70, "minimum": 90}]
    with pytest.raises(RuleViolation):
        svc.create_meeting(db, details(ids, ends_at=time(19, 0)))


def test_exempt_and_away_members_default_to_their_own_category_not_absent(register):
    db, ids = register
    meeting = svc.create_meeting(db, details(ids)).id
    people = listed(db, meeting)
    for name in ("Đặng Thị Miễn", "Bùi Văn Vắng"):
        assert people[name].attendee.presence is Presence.BY_STANDING
    summary = svc.attendance_list(db, meeting)
    from partydesk.domain.attendance import summarise_attendance

    report = summarise_attendance(e.attendee for e in summary)
    assert "Đặng Thị Miễn" in report.exempt and "Bùi Văn Vắng" in report.temporarily_away
    assert not report.absent_without_reason and not report.absent_with_reason
    svc.mark_attendance(db, meeting, Presence.PRESENT, member_id=ids["Đặng Thị Miễn"])
    report = summarise_attendance(e.attendee for e in svc.attendance_list(db, meeting))
    assert "Đặng Thị Miễn" in report.present_official      # came after all: counted present


def test_an_expected_member_cannot_be_put_in_no_category(register):
    db, ids = register
    meeting = svc.create_meeting(db, details(ids)).id
    with pytest.raises(RuleViolation):
        svc.mark_attendance(db, meeting, Presence.BY_STANDING,
                            member_id=ids["Nguyễn Văn Chính 05"])
