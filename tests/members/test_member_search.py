"""Accent-insensitive search in Vietnamese name order, by keyset pages."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from functools import cache

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from partydesk.domain.member import MemberRecord, MemberStatus, Sex
from partydesk.domain.vietnamese import name_sort_key, search_form
from partydesk.services.demo.register import DemoGenerator
from partydesk.services.members.register import (
    DuplicateCardError,
    MissingNameError,
    add_member,
    update_member,
)
from partydesk.storage.database import open_memory_database
from partydesk.storage.member_queries import (
    count_matches,
    get_member,
    search_page,
    search_words,
)
from partydesk.storage.member_store import MEMBER_COLUMNS, insert_members, member_row
from partydesk.storage.member_store import update_member as store_update
from partydesk.storage.migrations import known_migration_names, migration_set
from partydesk.storage.schema import search_bucket_sql

AS_OF = date(2026, 11, 21)


def person(name, member_id, status=MemberStatus.OFFICIAL, card=""):
    return MemberRecord(id=member_id, full_name=name, sex=Sex.FEMALE,
                        birth_date=date(1980, 1, 1), status=status, card_number=card)


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
    insert_members(memory_db, [
        person("Đặng Văn Hùng", "a"), person("Nguyễn Thị Hường", "b"),
        person("Nguyễn Văn Hường", "c"), person("Trần Thị Dung", "d"),
        person("Hoàng Đăng Khoa", "e")])
    assert names(search_page(memory_db, "dang")) == ["Đặng Văn Hùng", "Hoàng Đăng Khoa"]
    assert names(search_page(memory_db, "nguyen thi huong")) == ["Nguyễn Thị Hường"]
    assert names(search_page(memory_db, "NGUYỄN  h")) == ["Nguyễn Thị Hường",
                                                          "Nguyễn Văn Hường"]
    assert names(search_page(memory_db, "d")) == ["Trần Thị Dung", "Đặng Văn Hùng",
                                                  "Hoàng Đăng Khoa"]
    assert search_page(memory_db, "xyz") == []
    assert count_matches(memory_db, "nguyen") == 2


@pytest.fixture(scope="module")
def demo_members():
    return [m for m, _ in DemoGenerator(11, AS_OF).members(3000)]


@pytest.fixture
def demo_db(memory_db, demo_members):
    insert_members(memory_db, demo_members)
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
    member = demo_members[0]
    renamed = replace(member, full_name="Ma Thị Xoăn", status=MemberStatus.DECEASED)
    store_update(demo_db, renamed)     # the status column as an event leaves it
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
    insert_as_then(db, [person("Đặng Thị Ước", "x"), person("Lò Văn Páo", "y")])
    migration_set().apply(db)
    assert names(search_page(db, "uoc")) == ["Đặng Thị Ước"]
    insert_members(db, [person("Lò Thị Ửng", "z")])
    assert names(search_page(db, "lo")) == ["Lò Văn Páo", "Lò Thị Ửng"]


def insert_as_then(db, members):
    """Members written into an older schema: only the columns it had then."""
    have = [row[1] for row in db.execute("PRAGMA table_info(members)").fetchall()]
    for member in members:
        row = dict(zip(MEMBER_COLUMNS, member_row(member, "2020-01-01T00:00:00"),
                       strict=True))
        db.execute(f"INSERT INTO members ({', '.join(have)}) "
                   f"VALUES ({', '.join('?' for _ in have)})", [row[c] for c in have])


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
    saved = add_member(memory_db, person(decomposed, "m1", card="01.000123"))
    assert saved.full_name == "Nguyễn Thị Hường"
    assert get_member(memory_db, "m1") == saved
    with pytest.raises(DuplicateCardError) as refused:
        add_member(memory_db, person("Lê Văn Tám", "m2", card="01.000123"))
    assert "01.000123" in str(refused.value) and "Nguyễn Thị Hường" in str(refused.value)
    with pytest.raises(MissingNameError):
        update_member(memory_db, replace(saved, full_name="  "))
    assert get_member(memory_db, "m2") is None
    assert update_member(memory_db, replace(saved, notes="ghi chú")).notes == "ghi chú"
