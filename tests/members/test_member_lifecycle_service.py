"""Recording events through the service: rules, derived columns and audit in one go."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from partydesk.domain.errors import RuleViolation
from partydesk.domain.events import EventKind, MemberEvent, card_event
from partydesk.domain.member import MemberRecord, MemberStatus, Sex
from partydesk.services.members.lifecycle import (
    UnknownMemberError,
    history_of_changes,
    record_event,
    timeline,
)
from tests.helpers import add_lives

TODAY = date(2026, 11, 21)


def add_probationer(db, member_id="m1", decided=date(2025, 9, 1), ceremony=date(2025, 9, 20),
                    birth=date(1995, 5, 17)):
    record = MemberRecord(id=member_id, full_name="Đặng Thị Hường", sex=Sex.FEMALE,
                          birth_date=birth, admitted_on=decided, ceremony_on=ceremony)
    add_lives(db, [(record, [("admission_decision", decided.isoformat()),
                             ("admission_ceremony", ceremony.isoformat())])], TODAY)


def status_of(db, member_id="m1"):
    return db.execute("SELECT status, official_on, card_number FROM members WHERE id = ?",
                      [member_id]).fetchone()


def test_conversion_after_probation_updates_the_register_and_the_audit(memory_db):
    add_probationer(memory_db)
    assert EventKind.CONVERSION_OFFICIAL in timeline(memory_db, "m1", TODAY).actions
    state = record_event(memory_db, "m1",
                         MemberEvent(EventKind.CONVERSION_OFFICIAL, date(2026, 9, 25)), TODAY)
    assert state.status is MemberStatus.OFFICIAL
    assert status_of(memory_db) == ("official", "2026-09-25", None)
    changes = {(e.field, e.old_value, e.new_value) for e in history_of_changes(memory_db, "m1")}
    assert ("status", "probationary", "official") in changes
    assert ("official_on", None, "2026-09-25") in changes


@pytest.mark.parametrize(("event", "rule"), [
    (MemberEvent(EventKind.CONVERSION_OFFICIAL, date(2026, 9, 1)), "probation.months"),
    (MemberEvent(EventKind.EXPULSION, date(2026, 1, 5)), "discipline.levels.probationary"),
    (card_event(date(2026, 1, 5), "12.000001"), None),
], ids=["conversion-before-12-months", "expulsion-of-a-probationer", "card-to-probationer"])
def test_a_refused_event_names_its_rule_and_saves_nothing(memory_db, event, rule):
    add_probationer(memory_db)
    before = memory_db.execute("SELECT count(*) FROM member_events").fetchone()
    with pytest.raises(RuleViolation) as refused:
        record_event(memory_db, "m1", event, TODAY)
    if rule:
        assert refused.value.rule == rule
    assert memory_db.execute("SELECT count(*) FROM member_events").fetchone() == before
    assert status_of(memory_db) == ("probationary", None, None)
    assert history_of_changes(memory_db, "m1") == []


def test_duplicate_card_numbers_are_refused(memory_db):
    add_probationer(memory_db, "m1")
    add_probationer(memory_db, "m2")
    for member_id in ("m1", "m2"):
        record_event(memory_db, member_id,
                     MemberEvent(EventKind.CONVERSION_OFFICIAL, date(2026, 9, 25)), TODAY)
    record_event(memory_db, "m1", card_event(date(2026, 10, 1), "12.000001"), TODAY)
    with pytest.raises(RuleViolation) as refused:
        record_event(memory_db, "m2", card_event(date(2026, 10, 1), "12.000001"), TODAY)
    assert refused.value.rule == "card.unique"
    assert status_of(memory_db, "m2")[2] is None


def test_nothing_after_death(memory_db):
    add_probationer(memory_db)
    record_event(memory_db, "m1", MemberEvent(EventKind.DEATH, date(2026, 3, 1)), TODAY)
    assert status_of(memory_db)[0] == "deceased"
    assert timeline(memory_db, "m1", TODAY).actions in ([], [EventKind.BADGE_AWARDED])
    with pytest.raises(RuleViolation):
        record_event(memory_db, "m1",
                     MemberEvent(EventKind.EXEMPTION_START, date(2026, 4, 1)), TODAY)


def test_unknown_member_is_a_clear_error(memory_db):
    with pytest.raises(UnknownMemberError):
        timeline(memory_db, "nobody", TODAY)


def test_future_admission_has_no_state_yet(memory_db):
    add_probationer(memory_db, decided=TODAY + timedelta(days=3),
                    ceremony=TODAY + timedelta(days=20))
    assert timeline(memory_db, "m1", TODAY).state is None
