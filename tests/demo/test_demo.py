"""Demo data must look real and hold together, or every later test lies."""

from __future__ import annotations

from datetime import date

from partydesk.domain.member import MemberStatus
from partydesk.services.demo.register import DemoGenerator, add_months, fill_demo_register

AS_OF = date(2026, 11, 21)
LATER_STATUSES = (MemberStatus.TRANSFERRED_OUT, MemberStatus.DECEASED, MemberStatus.REMOVED)


def months_between(start: date, end: date) -> int:
    return (end.year - start.year) * 12 + end.month - start.month - (end.day < start.day)


def sample(count=2000, seed=3):
    """Generated members as the register holds them: the generator gives records
    without status, the member aggregate checks and folds their events (``settle``)."""
    from partydesk.services.demo.register import life
    from partydesk.services.members.aggregate import settle
    from partydesk.services.setup.rulebook import default_rulebook

    rules = default_rulebook()
    return [(settle(member, life(member, events).events, AS_OF, rules), events)
            for member, events in DemoGenerator(seed, AS_OF).members(count)]


def test_same_seed_gives_the_same_register_and_another_seed_does_not():
    assert sample(200, seed=5) == sample(200, seed=5)
    assert sample(200, seed=5) != sample(200, seed=6)


def test_dates_follow_the_membership_rules():
    for member, events in sample():
        assert 18 <= months_between(member.birth_date, member.admitted_on) // 12 < 61
        if member.ceremony_on is None:        # decided recently, ceremony still to come
            assert (AS_OF - member.admitted_on).days <= 35
            assert "admission_ceremony" not in [e[2] for e in events]
            continue
        assert member.admitted_on < member.ceremony_on <= AS_OF
        assert (member.ceremony_on - member.admitted_on).days <= 42  # 30 working days
        kinds = [e[2] for e in events]
        if member.official_on is not None:      # official, or was before a later turn
            assert member.official_on >= add_months(member.ceremony_on, 12)
            assert member.official_on <= AS_OF and member.card_number
            assert kinds[:3] == ["admission_decision", "admission_ceremony",
                                 "conversion_official"]
        else:
            assert member.status in (MemberStatus.PROBATIONARY, *LATER_STATUSES)
            assert not member.card_number
            assert "conversion_official" not in kinds


def test_names_are_vietnamese_with_every_diacritic_and_both_sexes():
    members = [m for m, _ in sample()]
    letters = set("".join(m.full_name for m in members))
    assert {"Đ", "ư", "ơ", "ă", "â", "ê", "ô", "ạ", "ỷ", "ồ"} <= letters
    assert "\u00d0" not in letters    # the look-alike Icelandic Eth is not Vietnamese
    assert {m.sex.value for m in members} == {"male", "female"}
    assert len({m.ethnicity for m in members}) >= 6
    assert len({m.card_number for m in members if m.card_number}) == sum(
        1 for m in members if m.card_number)


def test_register_is_filled_in_one_go(memory_db):
    assert fill_demo_register(memory_db, 120, seed=2, as_of=AS_OF) == 120
    statuses = dict(memory_db.execute(
        "SELECT status, count(*) FROM members GROUP BY status").fetchall())
    assert statuses.get("official", 0) > statuses.get("probationary", 0) > 0


def test_the_generator_leaves_status_and_official_date_to_the_events():
    for member, _ in DemoGenerator(4, AS_OF).members(300):
        assert member.status is MemberStatus.PROBATIONARY and member.official_on is None
        assert member.card_number == ""


def replayed(member, events, rules):
    """Check every event in turn as the register would, then derive the state."""
    from partydesk.domain.events import MemberEvent
    from partydesk.domain.lifecycle import CheckContext, check_new_event
    from partydesk.domain.member_state import derive_state

    cards = frozenset()                # each demo card number is unique (tested above)
    context = CheckContext(birth_date=member.birth_date, card_numbers_of_others=cards)
    history = []
    for _id, member_id, kind, on, details in events:
        assert member_id == member.id
        event = MemberEvent(kind, date.fromisoformat(on), details)
        check_new_event(history, event, rules, context)
        history.append(event)
    return derive_state(history, AS_OF, rules)


def test_every_life_replays_under_the_lifecycle_rules_and_gives_the_stored_status():
    from partydesk.services.setup.rulebook import default_rulebook

    rules = default_rulebook()
    members = sample(6000, seed=7)
    turns = {}
    for member, events in members:
        state = replayed(member, events, rules)
        assert state.status is member.status, (member, events)
        kind = events[-1][2]
        turns[kind] = turns.get(kind, 0) + 1
        if kind == "transfer_out_temporary":
            assert state.temporarily_away and state.active
        if kind == "exemption_start":
            assert state.exempt and (AS_OF - member.birth_date).days >= 65 * 365
    later = sum(turns.get(k, 0) for k in ("transfer_out_temporary", "transfer_out_official",
                                          "exemption_start", "death", "removal"))
    assert 0.02 * len(members) <= later <= 0.04 * len(members)
    for status in (MemberStatus.TRANSFERRED_OUT, MemberStatus.DECEASED, MemberStatus.REMOVED):
        assert any(m.status is status for m, _ in members)
    assert turns.get("exemption_start") and turns.get("transfer_out_temporary")


def test_the_later_turns_leave_the_other_members_as_the_seed_made_them():
    from dataclasses import replace

    from partydesk.services.demo import register as demo

    with_turns = sample(300, seed=8)
    original = demo.LATER_LIFE_SHARE
    demo.LATER_LIFE_SHARE = 0.0
    try:
        without = sample(300, seed=8)
    finally:
        demo.LATER_LIFE_SHARE = original
    changed = 0
    for (member, events), (plain, plain_events) in zip(with_turns, without, strict=True):
        if events != plain_events:
            changed += 1
            assert events[:-1] == plain_events
        assert replace(member, status=plain.status) == plain
    assert 0 < changed < 30
