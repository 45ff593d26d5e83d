"""Search folds accents and đ, and matches across apostrophes and the spaces inside a
family name; the migration's frozen keys are today's keys."""

from __future__ import annotations

from datetime import date

import pytest

from partydesk.domain.member import MemberRecord, MemberStatus, Sex
from partydesk.domain.vietnamese import name_sort_key, search_form
from partydesk.storage.members.search import search_page
from partydesk.storage.migrations import m0030_name_keys
from tests.helpers import add_lives

from .test_icu_order import ICU_ORDER

NAMES = ["Giàng A H'Mông", "Rơ Chăm Zin", "Đặng Thị Ước", "Ksor H'Yim", "Nguyễn Văn Rô",
         "Y Bih Niê", "Chăm Văn Rơ"]


@pytest.fixture
def register(memory_db):
    add_lives(memory_db, [
        (MemberRecord(id=f"m{i}", full_name=name, sex=Sex.MALE, birth_date=date(1980, 1, 1),
                      status=MemberStatus.OFFICIAL), [("admission_decision", "2005-01-01")])
        for i, name in enumerate(NAMES)])
    return memory_db


def found(db, text):
    return sorted(r["full_name"] for r in search_page(db, text))


@pytest.mark.parametrize(("text", "names"), [
    ("hmong", ["Giàng A H'Mông"]),
    ("h'mong", ["Giàng A H'Mông"]),
    ("mong", ["Giàng A H'Mông"]),
    ("rocham", ["Rơ Chăm Zin"]),
    ("ro cham", ["Chăm Văn Rơ", "Rơ Chăm Zin"]),       # words in any order, as ever
    ("Rơ Chăm", ["Chăm Văn Rơ", "Rơ Chăm Zin"]),
    ("rochamz", []),
    ("dang uoc", ["Đặng Thị Ước"]),
    ("hyim", ["Ksor H'Yim"]),
    ("yim", ["Ksor H'Yim"]),
    ("bihnie", ["Y Bih Niê"]),
])
def test_search_matches_across_apostrophes_and_spaces(register, text, names):
    assert found(register, text) == names


def test_flagged_members_are_found_the_same_way(register):
    register.execute("UPDATE members SET exempt = 1")
    assert [r["full_name"] for r in search_page(register, "rocham", flag="exempt")] == [
        "Rơ Chăm Zin"]
    assert [r["full_name"] for r in search_page(register, "hmong", flag="exempt")] == [
        "Giàng A H'Mông"]


def test_the_migrations_frozen_keys_are_todays_keys():
    for name, given in [*ICU_ORDER, ("François Ñu Ĕm", ""), ("ĐẶNG thị ƯỚC", "thi")]:
        assert m0030_name_keys.sort_key(name, given) == name_sort_key(name, given)
        assert m0030_name_keys.search_form(name) == search_form(name)
