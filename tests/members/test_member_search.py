"""Accent-insensitive search in Vietnamese name order, by keyset pages."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from functools import cache

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from partydesk.domain.events import EventKind, MemberEvent
from partydesk.domain.member import MemberRecord, MemberStatus, Sex
from partydesk.domain.vietnamese import fold, name_sort_key, search_form
from partydesk.services.demo.register import DemoGenerator, life
from partydesk.services.members.aggregate import settle
from partydesk.services.members.lifecycle import admit_member, record_event
from partydesk.services.members.register import (
    DuplicateCardError,
    MissingNameError,
    update_member,
)
from partydesk.services.setup.rulebook import default_rulebook
from partydesk.storage.database import open_memory_database
from partydesk.storage.members.records import load_member
from partydesk.storage.members.search import count_matches, search_page, search_words
from partydesk.storage.migrations import known_migration_names, migration_set
from partydesk.storage.schema import search_bucket_sql
from tests.helpers import add_lives

AS_OF = date(2026, 11, 21)


OFFICIAL_LIFE = [("admission_decision", "2010-03-01"), ("admission_ceremony", "2010-03-20"),
                 ("conversion_official", "2011-03-25")]


def person(name, member_id, card=""):
    return MemberRecord(id=member_id, full_name=name, sex=Sex.FEMALE,
                        birth_date=date(1980, 1, 1), card_number=card)


def official(name, member_id):
    """An official member, added through the member aggregate with her history."""
    return person(name, member_id), OFFICIAL_LIFE


def old_register_row(db, name, member_id):
    """A member as a register of migration 0003 held it (no flag columns yet)."""
    db.execute("INSERT INTO members (id, full_name, name_folded, sort_key, sex, birth_date, "
               "status, created_at, updated_at) VALUES (?, ?, ?, ?, 'female', '1980-01-01', "
               "'official', 'x', 'x')", [member_id, name, fold(name), name_sort_key(name)])


def names(rows):
    return [r["full_name"] for r in rows]


def all_pages(db, text=None, status=None, limit=7):
    rows, after = [], None
    while True:
        page = search_page(db, text, status, after, limit)
        rows.extend(page)
        if len(page) < limit:
            return rows
        after = (page[-1]["sort_key"], page[-1]["id"])


def expected(members, text=None, status=None):
    words = search_words(text)

    def matches(m):
        # the words of the name, its parts between apostrophes and its joined words
        name_words = search_words(search_form(m.full_name))
        return (all(any(n.startswith(w) for n in name_words) for w in words)
                and (status is None or m.status == status))
    chosen = [m for m in members if matches(m)]
    return [m.id for m in sorted(
        chosen, key=lambda m: (name_sort_key(m.full_name, m.given_name), m.id))]


def test_dang_finds_dang_and_every_word_is_a_required_prefix(memory_db):
    add_lives(memory_db, [
        official("Đặng Văn Hùng", "a"), official("Nguyễn Thị Hường", "b"),
        official("Nguyễn Văn Hường", "c"), official("Trần Thị Dung", "d"),
        official("Hoàng Đăng Khoa", "e")])
    assert names(search_page(memory_db, "dang")) == ["Đặng Văn Hùng", "Hoàng Đăng Khoa"]
    assert names(search_page(memory_db, "nguyen thi huong")) == ["Nguyễn Thị Hường"]
    assert names(search_page(memory_db, "NGUYỄN  h")) == ["Nguyễn Thị Hường",
                                                          "Nguyễn Văn Hường"]
    assert names(search_page(memory_db, "d")) == ["Trần Thị Dung", "Đặng Văn Hùng",
                                                  "Hoàng Đăng Khoa"]
    assert search_page(memory_db, "xyz") == []
    assert count_matches(memory_db, "nguyen") == 2


@pytest.fixture(scope="module")
def demo_lives():
    return list(DemoGenerator(11, AS_OF).members(3000))


@pytest.fixture(scope="module")
def demo_members(demo_lives):
    """The demo members as the register holds them (status from their events)."""
    rules = default_rulebook()
    return [settle(m, life(m, ev).events, AS_OF, rules) for m, ev in demo_lives]


@pytest.fixture
def demo_db(memory_db, demo_lives):
    add_lives(memory_db, demo_lives, AS_OF)
    return memory_db


@pytest.mark.parametrize(("text", "status"), [
    (None, None), ("nguyen", None), ("thi", None), ("huong", None), ("h", None),
    ("nguyen thi", None), ("giang a", None), ("lo van", None), ("dang", None),
    (None, MemberStatus.PROBATIONARY), ("nguyen", MemberStatus.PROBATIONARY),
    ("thi h", MemberStatus.OFFICIAL), ("zzz", None)])
def test_every_page_in_turn_gives_exactly_the_matches_in_name_order(
        demo_db, demo_members, text, status):
    rows = all_pages(demo_db, text, status)
    assert [r["id"] for r in rows] == expected(demo_members, text, status)
    first = search_page(demo_db, text, status, limit=100)
    assert [r["id"] for r in first] == expected(demo_members, text, status)[:100]


def test_search_follows_edits_status_changes_and_deletions(demo_db, demo_members):
    member = next(m for m in demo_members if m.status is MemberStatus.OFFICIAL)
    update_member(demo_db, replace(member, full_name="Ma Thị Xoăn"))
    record_event(demo_db, member.id, MemberEvent(EventKind.DEATH, AS_OF), AS_OF)
    assert names(search_page(demo_db, "xoan")) == ["Ma Thị Xoăn"]
    assert names(search_page(demo_db, "xoan", MemberStatus.DECEASED)) == ["Ma Thị Xoăn"]
    assert search_page(demo_db, "xoan", MemberStatus.OFFICIAL) == []
    assert member.id not in {r["id"] for r in all_pages(demo_db, member.full_name)}
    demo_db.execute("DELETE FROM members WHERE id = ?", [member.id])
    assert search_page(demo_db, "xoan") == []
    demo_db.execute("INSERT INTO members_fts (members_fts) VALUES ('integrity-check')")


def test_migration_indexes_members_already_in_the_register(memory_db):
    from sqlite_utils import Database

    db = Database(memory=True)
    migration_set().apply(db, stop_before=known_migration_names()[2])
    old_register_row(db, "Đặng Thị Ước", "x")
    old_register_row(db, "Lò Văn Páo", "y")
    migration_set().apply(db)
    assert names(search_page(db, "uoc")) == ["Đặng Thị Ước"]
    old_register_row(db, "Lò Thị Ửng", "z")
    assert names(search_page(db, "lo")) == ["Lò Văn Páo", "Lò Thị Ửng"]


@cache
def bucket_db():
    return open_memory_database()


@settings(max_examples=300, deadline=None)
@given(st.lists(st.text(min_size=0, max_size=10), min_size=2, max_size=2))
def test_a_smaller_sort_key_never_gets_a_later_bucket(pair):
    keys = sorted(name_sort_key(t) for t in pair)
    buckets = [bucket_db().execute(f"SELECT {search_bucket_sql(':k')}", {"k": k}).fetchone()[0]
               for k in keys]
    assert buckets[0] <= buckets[1]


def test_record_service_stores_nfc_text_and_refuses_a_second_card(memory_db):
    decomposed = "Nguye\u0302\u0303n   Thi\u0323 Hu\u031bo\u031b\u0300ng "
    saved = admit_member(memory_db, person(decomposed, "m1", card="01.000123"),
                         date(2010, 3, 1), None, AS_OF)
    assert saved.full_name == "Nguyễn Thị Hường"
    assert load_member(memory_db, "m1") == saved
    with pytest.raises(DuplicateCardError) as refused:
        admit_member(memory_db, person("Lê Văn Tám", "m2", card="01.000123"),
                     date(2010, 3, 1), None, AS_OF)
    assert "01.000123" in str(refused.value) and "Nguyễn Thị Hường" in str(refused.value)
    with pytest.raises(MissingNameError):
        update_member(memory_db, replace(saved, full_name="  "))
    assert load_member(memory_db, "m2") is None
    assert update_member(memory_db, replace(saved, notes="ghi chú")).notes == "ghi chú"
