"""minutes_view gives everything the printed minutes need, computed, never typed."""

from __future__ import annotations

from datetime import date, time

from partydesk.domain.attendance import Membership, Presence
from partydesk.domain.ids import new_id
from partydesk.domain.meetings import MeetingKind, MinutesStatus
from partydesk.domain.organisation import Organisation, Role
from partydesk.domain.votes import DecisionKind
from partydesk.i18n import render
from partydesk.services.meetings import drafts as svc
from partydesk.services.meetings import items as rec
from partydesk.services.meetings.minutes import finalise_meeting, minutes_view
from partydesk.services.meetings.resolutions import DocumentInput, issue_resolution
from partydesk.storage.organisation_store import insert_organisation
from tests.meetings.registers import MEETING_DAY, details, fill_register


def test_the_minutes_hold_header_attendance_items_votes_and_numbers(memory_db):
    db = memory_db
    insert_organisation(db, Organisation(
        id=new_id(), role=Role.CELL, name="Chi bộ thôn Đồng Tâm", code="CB01",
        higher_name="Đảng ủy xã Hòa Bình", term="2020-2025", signing_public_key="00",
        box_public_key="00"))
    ids = fill_register(db)
    meeting = svc.create_meeting(db, details(
        ids, kind=MeetingKind.REGULAR_WITH_THEMATIC, ends_at=time(21, 0),
        guests="Đồng chí Lê Thị Hạnh, Đảng ủy viên\n\n")).id
    svc.mark_attendance(db, meeting, Presence.ABSENT_WITH_REASON,
                        member_id=ids["Nguyễn Văn Chính 11"], reason="ốm")
    svc.mark_attendance(db, meeting, Presence.ABSENT_WITHOUT_REASON,
                        member_id=ids["Nguyễn Văn Chính 12"])
    svc.add_temporary_attendee(db, meeting, "Lò Văn Khách", Membership.PROBATIONARY)
    item = rec.add_item(db, meeting, "Phương hướng tháng 3")
    rec.add_speech(db, item, "", "Nhất trí.", ids["Nguyễn Văn Chính 03"])
    rec.add_speech(db, item, "Lò Văn Khách", "Bổ sung ý kiến.")
    rec.set_conclusion(db, item, "Chi bộ thống nhất.")
    rec.record_vote(db, meeting, rec.VoteInput(DecisionKind.ORDINARY, "Thông qua", 10, 1,
                                               item_id=item))
    rec.record_vote(db, meeting, rec.VoteInput(DecisionKind.CONVERSION_OFFICIAL, "Chuyển",
                                               8, 3, subject_member_id=ids["Trần Thị Dự Bị"]))
    issue_resolution(db, DocumentInput(MEETING_DAY, "Nghị quyết tháng 3", meeting_id=meeting))

    view = finalise_meeting(db, meeting, MEETING_DAY)

    assert view == minutes_view(db, meeting)
    assert (view.header.higher_org, view.header.issuer, view.header.place) == (
        "ĐẢNG BỘ XÃ HÒA BÌNH", "CHI BỘ THÔN ĐỒNG TÂM", "Hòa Bình")
    assert (view.header.date, view.header.number) == (MEETING_DAY, "01-BB/CB")
    assert (view.number, view.status, view.finalised_on) == (
        "01-BB/CB", MinutesStatus.FINALISED, MEETING_DAY)
    assert (view.chair.name, view.minute_taker.name) == (
        "Nguyễn Văn Chính 01", "Nguyễn Văn Chính 02")
    assert view.guests == ("Đồng chí Lê Thị Hạnh, Đảng ủy viên",)
    summary = view.attendance
    assert (summary.total_members, len(summary.official), len(summary.probationary)) == (
        16, 15, 1)
    assert summary.absent_with_reason == (("Nguyễn Văn Chính 11", "ốm"),)
    assert summary.absent_without_reason == ("Nguyễn Văn Chính 12",)
    assert summary.exempt == ("Đặng Thị Miễn",) and summary.present_total == 13
    assert summary.present_attending_temporarily == ("Lò Văn Khách",)
    [item_view] = view.items
    assert [s.speaker_name for s in item_view.speeches] == ["Nguyễn Văn Chính 03",
                                                           "Lò Văn Khách"]
    assert item_view.conclusion == "Chi bộ thống nhất." and len(item_view.votes) == 1
    ordinary, conversion = view.votes
    assert ordinary.passed and not conversion.passed
    assert render(conversion.explanation, "en") == (
        "not passed: 8 of 13 official members voted for, at least 2/3 needed (9)")
    assert render(conversion.kind_label, "vi") == "Công nhận đảng viên chính thức"
    assert [r.number for r in view.resolutions] == ["01-NQ/CB"]
    assert render(view.duration_warning, "en").startswith("The meeting lasted 90 minutes")


def test_the_place_before_the_date_can_be_set(memory_db):
    from partydesk.services.printing.headers import PLACE_SETTING
    from partydesk.storage.settings_store import set_setting

    ids = fill_register(memory_db)
    meeting = svc.create_meeting(memory_db, details(ids)).id
    set_setting(memory_db, PLACE_SETTING, "Mường Khương")
    assert minutes_view(memory_db, meeting).header.place == "Mường Khương"


def test_a_register_without_organisation_still_shows_minutes(memory_db):
    ids = fill_register(memory_db)
    meeting = svc.create_meeting(memory_db, details(ids, day=date(2025, 3, 6))).id
    view = minutes_view(memory_db, meeting)
    assert view.header.issuer == "" and view.number is None
    assert view.duration_warning is None and view.status is MinutesStatus.DRAFT
