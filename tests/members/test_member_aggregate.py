"""The member aggregate: one function checks each event, folds the history and writes
the columns the events decide; what it stores is what the events say."""

from __future__ import annotations

import json
from datetime import date

import pytest

from partydesk.domain.errors import RuleViolation
from partydesk.domain.events import EventKind, MemberEvent, card_event
from partydesk.domain.member import MemberRecord, MemberStatus, Sex
from partydesk.domain.member_state import derive_state
from partydesk.services.demo.register import fill_demo_register
from partydesk.services.members.aggregate import LifeChange, UnknownMemberError, write_lives
from partydesk.services.members.lifecycle import record_event
from partydesk.services.setup.rulebook import default_rulebook
from partydesk.storage.members.events import events_of
from partydesk.storage.members.records import count_members, load_member
from tests.helpers import run_cli

TODAY = date(2026, 11, 21)


def person(member_id, name="Vi Thị Dung", birth=date(1990, 4, 2)):
    return MemberRecord(id=member_id, full_name=name, sex=Sex.FEMALE, birth_date=birth)


def joined(member_id, decided=date(2024, 3, 1), ceremony=date(2024, 3, 15), **kw):
    events = [MemberEvent(EventKind.ADMISSION_DECISION, decided),
              MemberEvent(EventKind.ADMISSION_CEREMONY, ceremony)]
    return LifeChange(member_id, tuple(events), person(member_id, **kw))


def test_every_stored_member_is_what_its_events_say(memory_db):
    fill_demo_register(memory_db, 800, seed=31, as_of=TODAY, meetings_months=0)
    rules = default_rulebook()
    rows = memory_db.execute("SELECT id, status, admitted_on, ceremony_on, official_on, "
                             "card_number, exempt, temporarily_away FROM members").fetchall()
    for member_id, status, admitted, ceremony, official, card, exempt, away in rows:
        state = derive_state(events_of(memory_db, member_id), TODAY, rules)
        iso = [d.isoformat() if d else None
               for d in (state.admitted_on, state.ceremony_on, state.official_on)]
        assert (status, admitted, ceremony, official) == (state.status.value, *iso)
        assert (card or None) == state.card_number
        assert (bool(exempt), bool(away)) == (state.exempt, state.temporarily_away)


def test_a_later_ceremony_and_a_card_update_the_record(memory_db):
    write_lives(memory_db, [LifeChange("m1", (MemberEvent(EventKind.ADMISSION_DECISION,
                                                          date(2025, 1, 6)),), person("m1"))],
                TODAY)
    record_event(memory_db, "m1", MemberEvent(EventKind.ADMISSION_CEREMONY,
                                              date(2025, 1, 20)), TODAY)
    record_event(memory_db, "m1", MemberEvent(EventKind.CONVERSION_OFFICIAL,
                                              date(2026, 1, 21)), TODAY)
    record_event(memory_db, "m1", card_event(date(2026, 2, 1), "31.000007"), TODAY)
    record = load_member(memory_db, "m1")
    assert record.ceremony_on == date(2025, 1, 20) and record.official_on == date(2026, 1, 21)
    assert record.status is MemberStatus.OFFICIAL and record.card_number == "31.000007"


def test_a_batch_is_all_or_nothing(memory_db):
    too_young = joined("m2", birth=date(2010, 1, 1))        # 14 at admission
    with pytest.raises(RuleViolation):
        write_lives(memory_db, [joined("m1"), too_young], TODAY)
    assert count_members(memory_db) == 0
    assert memory_db.execute("SELECT count(*) FROM member_events").fetchone()[0] == 0
    with pytest.raises(UnknownMemberError):
        write_lives(memory_db, [joined("m1"), LifeChange("ghost", (
            MemberEvent(EventKind.DEATH, TODAY),))], TODAY)
    assert count_members(memory_db) == 0


def test_two_members_of_one_batch_cannot_be_issued_one_card(memory_db):
    write_lives(memory_db, [joined("m1", decided=date(2020, 3, 1), ceremony=date(2020, 3, 9)),
                            joined("m2", decided=date(2020, 3, 1), ceremony=date(2020, 3, 9))],
                TODAY)
    converted = [LifeChange(m, (MemberEvent(EventKind.CONVERSION_OFFICIAL, date(2021, 3, 10)),
                                card_event(date(2021, 4, 1), "31.000001")))
                 for m in ("m1", "m2")]
    with pytest.raises(RuleViolation) as refused:
        write_lives(memory_db, converted, TODAY)
    assert "31.000001" in str(refused.value)
    assert load_member(memory_db, "m1").status is MemberStatus.PROBATIONARY


def test_the_audit_trail_keeps_before_and_after(memory_db):
    write_lives(memory_db, [joined("m1", decided=date(2020, 3, 1), ceremony=date(2020, 3, 9))],
                TODAY)
    record_event(memory_db, "m1", MemberEvent(EventKind.DEATH, date(2026, 1, 5)), TODAY)
    changes = memory_db.execute(
        "SELECT action, field, old_value, new_value FROM audit_log WHERE entity_id = 'm1' "
        "AND action = 'event:death'").fetchall()
    assert ("event:death", "status", "probationary", "deceased") in changes


def show(data, *args):
    return run_cli("--data-dir", str(data), "members", "show", *args)


def test_members_show_in_vietnamese_and_refusing_an_unknown_id(tmp_path):
    data = tmp_path / "data"
    run_cli("--data-dir", str(data), "init", "--role", "cell", "--name", "Chi bộ Bản Phố",
            "--code", "BP")
    run_cli("--data-dir", str(data), "demo", "--members", "30", "--seed", "2",
            "--meetings-months", "0")
    listed = json.loads(run_cli("--data-dir", str(data), "members", "list", "--status",
                                "official", "--format", "json").stdout)
    member = listed[0]
    shown = json.loads(show(data, member["id"], "--format", "json").stdout)
    assert {k: shown[k] for k in member} == member
    dates = [e["date"] for e in shown["events"]]
    assert dates == sorted(dates) and shown["events"][0]["kind"] == "admission_decision"
    assert "death" in shown["actions"] and "conversion_official" not in shown["actions"]
    text = show(data, member["id"]).stdout
    assert member["full_name"] in text and "Chính thức" in text
    assert "Quyết định kết nạp" in text and "Từ trần" in text
    unknown = show(data, "không-có")
    assert unknown.returncode == 1 and unknown.stdout == ""
    assert unknown.stderr.startswith("error: ") and len(unknown.stderr.splitlines()) == 1
