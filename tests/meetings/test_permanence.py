"""Signed minutes never change: not through the services, not through raw SQL."""

from __future__ import annotations

import sqlite3
from datetime import date, time

import pytest

from partydesk.domain.attendance import Membership, Presence
from partydesk.domain.errors import PartyDeskError, RuleViolation
from partydesk.domain.meetings import Amendment, minutes_finalised_message
from partydesk.domain.votes import DecisionKind
from partydesk.services.meetings import drafts as svc
from partydesk.services.meetings import items as rec
from partydesk.services.meetings.minutes import finalise_meeting, minutes_view
from partydesk.storage import meeting_store
from partydesk.storage.errors import FinalisedRecordError
from tests.meetings.registers import MEETING_DAY, details, fill_register

SIGNED = minutes_finalised_message().text


@pytest.fixture
def signed(memory_db):
    db = memory_db
    ids = fill_register(db)
    meeting_id = svc.create_meeting(db, details(ids)).id
    item = rec.add_item(db, meeting_id, "Đánh giá tháng 2", "Hoàn thành nhiệm vụ")
    rec.add_speech(db, item, "", "Ý kiến", ids["Nguyễn Văn Chính 03"])
    rec.record_vote(db, meeting_id, rec.VoteInput(DecisionKind.ORDINARY, "Thông qua", 13,
                                                  item_id=item))
    view = finalise_meeting(db, meeting_id, MEETING_DAY)
    assert view.number == "01-BB/CB"
    return db, ids, meeting_id, item


SERVICE_EDITS = {
    "details": lambda db, ids, m, i: svc.update_meeting(db, m, details(ids, place="Khác")),
    "presence": lambda db, ids, m, i: svc.mark_attendance(
        db, m, Presence.ABSENT_WITHOUT_REASON, member_id=ids["Nguyễn Văn Chính 05"]),
    "guest": lambda db, ids, m, i: svc.add_temporary_attendee(db, m, "Khách",
                                                              Membership.OFFICIAL),
    "item": lambda db, ids, m, i: rec.add_item(db, m, "Thêm"),
    "conclusion": lambda db, ids, m, i: rec.set_conclusion(db, i, "Khác"),
    "speech": lambda db, ids, m, i: rec.add_speech(db, i, "Ai đó", "Thêm ý kiến"),
    "vote": lambda db, ids, m, i: rec.record_vote(
        db, m, rec.VoteInput(DecisionKind.ORDINARY, "Lại", 10)),
    "delete": lambda db, ids, m, i: svc.delete_draft_meeting(db, m),
    "sign again": lambda db, ids, m, i: finalise_meeting(db, m, MEETING_DAY),
}


@pytest.mark.parametrize("edit", SERVICE_EDITS.values(), ids=SERVICE_EDITS.keys())
def test_the_service_refuses_every_change(signed, edit):
    db, ids, meeting_id, item = signed
    before = minutes_view(db, meeting_id)
    with pytest.raises(RuleViolation) as refused:
        edit(db, ids, meeting_id, item)
    assert refused.value.message.text == SIGNED
    assert minutes_view(db, meeting_id) == before


RAW_EDITS = [
    "UPDATE meetings SET place = 'x' WHERE id = :m",
    "UPDATE meetings SET status = 'draft', finalised_on = NULL WHERE id = :m",
    "DELETE FROM meetings WHERE id = :m",
    "UPDATE meeting_attendance SET presence = 'absent_without_reason' WHERE meeting_id = :m",
    "DELETE FROM meeting_attendance WHERE meeting_id = :m",
    "INSERT INTO meeting_attendance (id, meeting_id, position, name, membership, standing,"
    " presence) VALUES ('x', :m, 99, 'Khách', 'official', 'active', 'present')",
    "UPDATE agenda_items SET conclusion = 'x' WHERE meeting_id = :m",
    "DELETE FROM agenda_items WHERE meeting_id = :m",
    "UPDATE speeches SET text = 'x'",
    "DELETE FROM speeches",
    "UPDATE meeting_votes SET votes_for = 1 WHERE meeting_id = :m",
    "DELETE FROM meeting_votes WHERE meeting_id = :m",
]


@pytest.mark.parametrize("sql", RAW_EDITS)
def test_the_database_refuses_raw_changes(signed, sql):
    db, _, meeting_id, _ = signed
    with pytest.raises(sqlite3.IntegrityError, match="finalised"):
        db.execute(sql, {"m": meeting_id})


def test_a_storage_refusal_speaks_like_the_service(signed):
    db, _, meeting_id, _ = signed
    with pytest.raises(FinalisedRecordError) as refused:
        meeting_store.update_meeting(db, meeting_id, {"place": "x"})
    assert refused.value.message.text == SIGNED


def test_an_amendment_is_kept_beside_the_minutes_and_is_itself_permanent(signed):
    db, _, meeting_id, _ = signed
    svc.add_amendment(db, meeting_id, Amendment(date(2025, 3, 12), "Sửa tên", "Thư ký"))
    view = minutes_view(db, meeting_id)
    assert view.amendments == (Amendment(date(2025, 3, 12), "Sửa tên", "Thư ký"),)
    assert view.items[0].conclusion == "Hoàn thành nhiệm vụ"
    with pytest.raises(sqlite3.IntegrityError):
        db.execute("UPDATE meeting_amendments SET text = 'x'")
    with pytest.raises(sqlite3.IntegrityError):
        db.execute("DELETE FROM meeting_amendments")
    with pytest.raises(RuleViolation):
        svc.add_amendment(db, meeting_id, Amendment(date(2025, 3, 1), "Trước khi ký", "A"))


def test_a_draft_is_edited_directly_not_amended(memory_db):
    ids = fill_register(memory_db)
    meeting_id = svc.create_meeting(memory_db, details(ids)).id
    with pytest.raises(RuleViolation):
        svc.add_amendment(memory_db, meeting_id, Amendment(MEETING_DAY, "Sửa", "Thư ký"))
    svc.update_meeting(memory_db, meeting_id, details(ids, place="Hội trường"))
    svc.delete_draft_meeting(memory_db, meeting_id)
    assert svc.list_meetings(memory_db) == []


@pytest.mark.parametrize(("changes", "presence_of_chair", "words"), [
    ({"ends_at": None}, Presence.PRESENT, "ended"),
    ({"chair_member_id": None}, Presence.PRESENT, "chair"),
    ({}, Presence.ABSENT_WITHOUT_REASON, "present"),
], ids=["no-end-time", "no-chair", "chair-absent"])
def test_incomplete_minutes_cannot_be_signed(memory_db, changes, presence_of_chair, words):
    ids = fill_register(memory_db)
    meeting_id = svc.create_meeting(memory_db, details(ids, **changes)).id
    svc.mark_attendance(memory_db, meeting_id, presence_of_chair,
                        member_id=ids["Nguyễn Văn Chính 01"])
    with pytest.raises(PartyDeskError, match=words):
        finalise_meeting(memory_db, meeting_id, MEETING_DAY)
    assert minutes_view(memory_db, meeting_id).number is None
    with pytest.raises(PartyDeskError):
        finalise_meeting(memory_db, meeting_id, date(2025, 3, 1))   # before the meeting
    assert time(19, 30) == minutes_view(memory_db, meeting_id).starts_at
