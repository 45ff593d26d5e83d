"""The shipped rule file holds every value the lifecycle code reads, with its source."""

from __future__ import annotations

from datetime import date

import pytest

from partydesk.domain.events import DisciplineLevel
from partydesk.domain.member_rules import RuleKey, all_rule_keys, in_force, rule_value
from partydesk.domain.rulebook import RuleBook, RuleValue, UnknownRule
from partydesk.services.setup.rulebook import default_rulebook

RULES = default_rulebook()


@pytest.mark.parametrize("key", all_rule_keys())
def test_every_key_the_code_reads_is_shipped_with_a_source(key):
    versions = RULES.history(key)
    assert versions, f"{key} missing from resources/rules"
    assert all(version.source.strip() for version in versions)
    assert all(version.note.strip() for version in versions if not version.confirmed)


def test_all_rule_keys_lists_every_constant():
    assert len(all_rule_keys()) == len([name for name in vars(RuleKey) if name.isupper()])


@pytest.mark.parametrize("key", [RuleKey.DISCIPLINE_PROBATIONARY, RuleKey.DISCIPLINE_OFFICIAL])
def test_discipline_levels_are_known_codes(key):
    for version in RULES.history(key):
        assert {DisciplineLevel(level) for level in version.value}


def test_probationers_have_fewer_discipline_forms_than_official_members():
    on = date(2024, 1, 1)
    probationary = set(RULES.value(RuleKey.DISCIPLINE_PROBATIONARY, on))
    official = set(RULES.value(RuleKey.DISCIPLINE_OFFICIAL, on))
    assert probationary == {"reprimand", "warning"}
    assert probationary < official


def test_badge_years_as_the_domain_primer_lists_them():
    assert RULES.value(RuleKey.BADGE_YEARS, date(2024, 1, 1)) == [
        30, 40, 45, 50, 55, 60, 65, 70, 75, 80, 85, 90]


def test_a_date_before_the_first_version_uses_it_for_derivation_but_not_for_refusal():
    book = RuleBook([RuleValue("x.months", 12, date(2011, 1, 19), "test")])
    assert rule_value(book, "x.months", date(1990, 1, 1)) == 12
    assert not in_force(book, "x.months", date(1990, 1, 1))
    assert in_force(book, "x.months", date(2011, 1, 19))
    with pytest.raises(UnknownRule):
        in_force(book, "no.such.rule", date(2024, 1, 1))
