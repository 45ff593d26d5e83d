"""The register's order of names of many peoples is the order of ICU's Vietnamese
collation (CLDR ``vi``) with the given name first. icu_vi_name_order.tsv was written by
scripts/icu_name_order.py with PyICU; where PyICU is installed it is checked again."""

from __future__ import annotations

import random
from datetime import date
from pathlib import Path

import pytest

from partydesk.domain.member import MemberRecord, MemberStatus, Sex
from partydesk.domain.vietnamese import name_sort_key, name_words
from partydesk.storage.members.search import all_members, search_page, search_words
from tests.helpers import add_lives

ICU_ORDER = [tuple(line.split("\t")) for line in (Path(__file__).parent / "icu_vi_name_order.tsv")
             .read_text(encoding="utf-8").splitlines()]


def shuffled(items, seed=7):
    items = list(items)
    random.Random(seed).shuffle(items)
    return items


def test_the_data_holds_enough_names_of_minority_peoples_with_foreign_letters():
    assert len(ICU_ORDER) >= 500
    assert sum(1 for name, _ in ICU_ORDER if set(name.lower()) & set("fjwz")) >= 50
    assert sum(1 for _, given in ICU_ORDER if given) >= 30      # Ê Đê: filed under a word
    assert any("'" in name for name, _ in ICU_ORDER)


def test_sort_keys_order_names_as_icu_vietnamese_does():
    ordered = sorted(shuffled(ICU_ORDER), key=lambda ng: name_sort_key(*ng))
    assert ordered == ICU_ORDER


def test_the_register_lists_members_in_icu_order(memory_db):
    members = [MemberRecord(id=f"m{i:04d}", full_name=name, given_name=given,
                            sex=Sex.MALE, birth_date=date(1980, 1, 1),
                            status=MemberStatus.OFFICIAL)
               for i, (name, given) in enumerate(shuffled(ICU_ORDER))]
    add_lives(memory_db, [(m, [("admission_decision", "2005-01-01")]) for m in members])
    assert [(m.full_name, m.given_name) for m in all_members(memory_db)] == ICU_ORDER
    found = [(r["full_name"], r["given_name"]) for r in search_page(memory_db, "y", limit=500)]
    assert found == [ng for ng in ICU_ORDER           # any word, or part after an '
                     if any(w.startswith("y") for w in search_words(ng[0]))]


def test_the_data_is_icus_order_where_pyicu_is_installed():
    icu = pytest.importorskip("icu")
    collator = icu.Collator.createInstance(icu.Locale("vi"))

    def as_icu_compares(name_given):
        name, given = name_given
        words = name_words(name)
        index = max(i for i, w in enumerate(words) if not given or w == given)
        return collator.getSortKey(" ".join([words[index], *words[:index],
                                             *words[index + 1:]]))

    assert sorted(shuffled(ICU_ORDER), key=as_icu_compares) == ICU_ORDER
