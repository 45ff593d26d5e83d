"""Migration 0006_register_search. Shipped: never edit it; add a new migration instead."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlite_utils import Database

NAME = "0006_register_search"


# Accent-insensitive name search.
#
# member_search is a narrow copy of each member's name, kept by triggers, whose
# INTEGER PRIMARY KEY is *clustered in Vietnamese name order*: its high bits are
# a bucket made from the first letters of the sort key, its low 20 bits a serial
# within the bucket. The FTS5 index over it (external content) therefore yields
# matches roughly in name order, so the first page of any search reads only the
# buckets it needs instead of every match (see storage/member_queries.py).
# These expressions are part of a shipped migration: never change them; write a
# new migration instead.

SEARCH_BUCKET_CHARS = 7          # characters of the sort key that make the bucket
SEARCH_CHAR_BITS = 6
SEARCH_SERIAL_BITS = 20          # rows a bucket can hold: 1,048,576


def search_bucket_sql(key: str) -> str:
    """SQL for the first rowid of the bucket of sort key ``key``.

    Each of the first characters gives 6 bits, in the order of the sort key:
    0 = absent or the letters/tones separator, 1 = the word separator, 2 = any
    other character below the alphabet, 3..31 = a Vietnamese letter, 32 = anything
    above. Codes 2 and 32 lump characters together, so the characters after them
    count for nothing: a smaller sort key then never gets a later bucket."""
    terms, lossy_before = [], []
    for i in range(1, SEARCH_BUCKET_CHARS + 1):
        c = f"unicode(substr({key}, {i}, 1))"
        code = (f"CASE WHEN {c} IS NULL OR {c} = 0 THEN 0 WHEN {c} = 1 THEN 1 "
                f"WHEN {c} < 256 THEN 2 WHEN {c} <= 284 THEN {c} - 253 ELSE 32 END")
        if lossy_before:
            code = f"CASE WHEN {' OR '.join(lossy_before)} THEN 0 ELSE {code} END"
        shift = SEARCH_CHAR_BITS * (SEARCH_BUCKET_CHARS - i) + SEARCH_SERIAL_BITS
        terms.append(f"(({code}) << {shift})")
        lossy_before.append(f"coalesce({c} BETWEEN 2 AND 255 OR {c} > 284, 0)")
    return f"({' + '.join(terms)})"


def _search_insert_sql(prefix: str) -> str:
    span = (1 << SEARCH_SERIAL_BITS) - 1
    base = search_bucket_sql(f"{prefix}sort_key")
    return f"""
        INSERT INTO member_search (rowid, member_id, name_folded, sort_key, status)
        SELECT coalesce((SELECT rowid + 1 FROM member_search
                         WHERE rowid BETWEEN b.base AND b.base + {span}
                         ORDER BY rowid DESC LIMIT 1), b.base),
               {prefix}id, {prefix}name_folded, {prefix}sort_key, {prefix}status
        FROM (SELECT {base} AS base) AS b;"""


def migrate(db: Database) -> None:
    db.execute("""
        CREATE TABLE member_search (
            rowid INTEGER PRIMARY KEY,
            member_id TEXT NOT NULL UNIQUE,
            name_folded TEXT NOT NULL,
            sort_key TEXT NOT NULL,
            status TEXT NOT NULL
        )""")
    db.execute("""
        CREATE VIRTUAL TABLE members_fts USING fts5(
            name_folded, status, content='member_search', content_rowid='rowid',
            tokenize='unicode61 remove_diacritics 0', prefix='1 2 3 4 5 6')""")
    db.execute("""
        CREATE TRIGGER member_search_ai AFTER INSERT ON member_search BEGIN
            INSERT INTO members_fts (rowid, name_folded, status)
            VALUES (new.rowid, new.name_folded, new.status);
        END""")
    db.execute("""
        CREATE TRIGGER member_search_ad AFTER DELETE ON member_search BEGIN
            INSERT INTO members_fts (members_fts, rowid, name_folded, status)
            VALUES ('delete', old.rowid, old.name_folded, old.status);
        END""")
    db.execute("""
        CREATE TRIGGER member_search_au AFTER UPDATE ON member_search BEGIN
            INSERT INTO members_fts (members_fts, rowid, name_folded, status)
            VALUES ('delete', old.rowid, old.name_folded, old.status);
            INSERT INTO members_fts (rowid, name_folded, status)
            VALUES (new.rowid, new.name_folded, new.status);
        END""")
    db.execute(f"""
        CREATE TRIGGER members_search_ai AFTER INSERT ON members BEGIN
            {_search_insert_sql("new.")}
        END""")
    db.execute("""
        CREATE TRIGGER members_search_ad AFTER DELETE ON members BEGIN
            DELETE FROM member_search WHERE member_id = old.id;
        END""")
    db.execute(f"""
        CREATE TRIGGER members_search_au_name AFTER UPDATE ON members
        WHEN old.id IS NOT new.id OR old.sort_key IS NOT new.sort_key
             OR old.name_folded IS NOT new.name_folded BEGIN
            DELETE FROM member_search WHERE member_id = old.id;
            {_search_insert_sql("new.")}
        END""")
    db.execute("""
        CREATE TRIGGER members_search_au_status AFTER UPDATE OF status ON members
        WHEN old.status IS NOT new.status BEGIN
            UPDATE member_search SET status = new.status WHERE member_id = new.id;
        END""")
    _fill_member_search(db)


def _fill_member_search(db: Database) -> None:
    base = search_bucket_sql("sort_key")
    db.execute(f"""
        INSERT INTO member_search (rowid, member_id, name_folded, sort_key, status)
        SELECT base + row_number() OVER (PARTITION BY base ORDER BY sort_key, id) - 1,
               id, name_folded, sort_key, status
        FROM (SELECT {base} AS base, id, name_folded, sort_key, status FROM members)""")
