"""Adding a member with the admission decision, and editing the record, through services:
the rules checked, the events and audit rows written in the same transaction."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from partydesk.domain.errors import RuleViolation
from partydesk.domain.events import EventKind
from partydesk.domain.member import MemberRecord, MemberStatus, Sex
from partydesk.services.members.lifecycle import (
    admit_member,
    history_of_changes,
    member_record,
    timeline,
)
from partydesk.services.members.register import DuplicateCardError, update_member
from partydesk.storage.members.records import count_members

TODAY = date(2026, 11, 21)


def newcomer(member_id="n1", birth=date(1998, 3, 14), name="  Hoàng   Thị Lan ", card=""):
    return MemberRecord(id=member_id, full_name=name, sex=Sex.FEMALE, birth_date=birth,
                        ethnicity="Tày", home_town="xã Tân Lập", card_number=card)


def counts(db):
    return tuple(db.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                 for t in ("members", "member_events", "audit_log"))


def test_a_new_member_comes_with_the_decision_the_ceremony_and_their_audit(memory_db):
    saved = admit_member(memory_db, newcomer(), date(2026, 5, 4), date(2026, 5, 19), TODAY)
    assert saved.full_name == "Hoàng Thị Lan" and saved.status is MemberStatus.PROBATIONARY
    assert member_record(memory_db, "n1") == saved
    line = timeline(memory_db, "n1", TODAY)
    assert [(e.kind, e.on) for e in line.events] == [
        (EventKind.ADMISSION_DECISION, date(2026, 5, 4)),
        (EventKind.ADMISSION_CEREMONY, date(2026, 5, 19))]
    assert line.state.ceremony_on == date(2026, 5, 19)
    audit = history_of_changes(memory_db, "n1")
    assert {e.action for e in audit} == {"created", "event:admission_decision",
                                         "event:admission_ceremony"}
    assert ("full_name", None, "Hoàng Thị Lan") in {(e.field, e.old_value, e.new_value)
                                                     for e in audit}


def test_the_ceremony_may_come_later(memory_db):
    admit_member(memory_db, newcomer(), date(2026, 11, 10), None, TODAY)
    line = timeline(memory_db, "n1", TODAY)
    assert [e.kind for e in line.events] == [EventKind.ADMISSION_DECISION]
    assert EventKind.ADMISSION_CEREMONY in line.actions


@pytest.mark.parametrize(("birth", "decided", "ceremony"), [
    (date(2008, 12, 1), date(2026, 11, 2), None),           # 17 years 11 months
    (date(1965, 1, 1), date(2026, 3, 2), None),             # over 60
    (date(1990, 1, 1), date(2026, 3, 2), date(2026, 6, 30)),  # ceremony too late
], ids=["under-18", "over-60", "ceremony-after-30-working-days"])
def test_a_refused_admission_saves_nothing(memory_db, birth, decided, ceremony):
    before = counts(memory_db)
    with pytest.raises(RuleViolation):
        admit_member(memory_db, newcomer(birth=birth), decided, ceremony, TODAY)
    assert counts(memory_db) == before


def test_a_card_number_of_another_member_is_refused(memory_db):
    admit_member(memory_db, newcomer(card="07.000001"), date(2026, 5, 4), None, TODAY)
    with pytest.raises(DuplicateCardError):
        admit_member(memory_db, newcomer("n2", card="07.000001"), date(2026, 5, 4), None,
                     TODAY)
    assert count_members(memory_db) == 1


def test_editing_audits_each_changed_field_and_keeps_the_lifecycle(memory_db):
    saved = admit_member(memory_db, newcomer(), date(2026, 5, 4), date(2026, 5, 19), TODAY)
    edited = replace(saved, residence="thôn Nà Hin", phone="0912 345 678", home_town="",
                     admitted_on=date(2020, 1, 1), status=MemberStatus.OFFICIAL)
    result = update_member(memory_db, edited)
    assert result.admitted_on == date(2026, 5, 4)
    assert result.status is MemberStatus.PROBATIONARY
    assert member_record(memory_db, "n1") == result
    edits = {(e.field, e.old_value, e.new_value) for e in history_of_changes(memory_db, "n1")
             if e.action == "record edited"}
    assert edits == {("residence", "", "thôn Nà Hin"), ("phone", "", "0912 345 678"),
                     ("home_town", "xã Tân Lập", "")}
    before = counts(memory_db)
    update_member(memory_db, result)                      # nothing changed: nothing written
    assert counts(memory_db) == before
