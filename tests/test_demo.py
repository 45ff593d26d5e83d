"""Demo data must look real and hold together, or every later test lies."""

from __future__ import annotations

from datetime import date

from partydesk.domain.member import MemberStatus
from partydesk.services.demo import DemoGenerator, add_months, fill_demo_register

AS_OF = date(2026, 11, 21)


def months_between(start: date, end: date) -> int:
    return (end.year - start.year) * 12 + end.month - start.month - (end.day < start.day)


def sample(count=2000, seed=3):
    return list(DemoGenerator(seed, AS_OF).members(count))


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
        if member.status is MemberStatus.OFFICIAL:
            assert member.official_on >= add_months(member.ceremony_on, 12)
            assert member.official_on <= AS_OF and member.card_number
            assert kinds[:3] == ["admission_decision", "admission_ceremony",
                                 "conversion_official"]
        else:
            assert member.status is MemberStatus.PROBATIONARY
            assert member.official_on is None and not member.card_number
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
