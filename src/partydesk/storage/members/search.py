"""Reading the register: accent-insensitive search in Vietnamese name order, by pages.

Pages are keyset pages: ``after`` is the ``(sort_key, id)`` of the last row
shown, so page 2,000 costs what page 1 costs and rows never repeat or vanish
while the user scrolls.

How a search stays fast at 500,000 members: the full-text index is built over
``member_search``, whose rowids are clustered in name order (migration 0006).
FTS5 hands out matches in rowid order, so the first ``limit`` matches from the
bucket of ``after`` on, plus the rest of the bucket where the last of them sits,
are exactly the rows that can make the page; only those are sorted. A common
word ("nguyen") reads a few hundred rows, a rare one its handful of matches.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from typing import Any

from partydesk.domain.member import MemberRecord
from partydesk.domain.vietnamese import fold
from partydesk.storage.connection import Database
from partydesk.storage.schema import MEMBER_FLAGS, SEARCH_SERIAL_BITS, search_bucket_sql

from .records import MEMBER_COLUMNS, dicts, record_from_row

PAGE = 100
_WORD = re.compile(r"\w+")
_SELECT = ", ".join(f"m.{c}" for c in MEMBER_COLUMNS)

Key = tuple[str, str]


def search_words(text: str | None) -> list[str]:
    """The folded words of a search text: "Nguyễn  Thị-H" → ["nguyen", "thi", "h"]."""
    return _WORD.findall(fold(text or ""))


def fts_query(words: Sequence[str], status: str | None = None) -> str:
    """Every word a prefix of a word of the name, all required, and the status if
    given: ``name_folded : ("nguyen"* "thi"*) AND status : "official"``."""
    query = "name_folded : (" + " ".join(f'"{w}"*' for w in words) + ")"
    if status is None:
        return query
    return query + ' AND status : "' + status.replace('"', '""') + '"'


def search_page(db: Database, text: str | None = None, status: str | None = None,
                after: Key | None = None, limit: int = PAGE,
                flag: str | None = None) -> list[dict[str, Any]]:
    """Up to ``limit`` members matching ``text`` (each word a prefix of a word of the
    name, accents and đ ignored), ``status`` and ``flag`` (exempt, temporarily_away), in
    Vietnamese name order, after the row keyed ``after``. Each row is a dict of the
    ``members`` columns."""
    words = search_words(text)
    if flag is not None:
        return _flagged_page(db, flag, words, status, after, limit)
    if not words:
        return _browse_page(db, status, after, limit)
    ids = _search_ids(db, fts_query(words, status), after, limit)
    return _members_by_id(db, ids)


def _browse_page(db: Database, status: str | None, after: Key | None,
                 limit: int) -> list[dict[str, Any]]:
    where, params = [], {"limit": limit}
    if status is not None:
        where.append("m.status = :status")
        params["status"] = status
    if after is not None:
        where.append("(m.sort_key, m.id) > (:after_key, :after_id)")
        params.update(after_key=after[0], after_id=after[1])
    clause = f"WHERE {' AND '.join(where)}" if where else ""
    cursor = db.execute(f"SELECT {_SELECT} FROM members AS m {clause} "
                        "ORDER BY m.sort_key, m.id LIMIT :limit", params)
    return dicts(cursor)


def _flagged_page(db: Database, flag: str, words: list[str], status: str | None,
                  after: Key | None, limit: int) -> list[dict[str, Any]]:
    """Flagged members are few: walk the flag's partial index and match names directly."""
    if flag not in MEMBER_FLAGS:
        raise ValueError(f"not a member flag: {flag}")
    where, params = [f"m.{flag} = 1"], {"limit": limit}
    for number, word in enumerate(words):
        where.append(f"(' ' || m.name_folded) LIKE :word{number}")
        params[f"word{number}"] = f"% {word}%"
    if status is not None:
        where.append("m.status = :status")
        params["status"] = status
    if after is not None:
        where.append("(m.sort_key, m.id) > (:after_key, :after_id)")
        params.update(after_key=after[0], after_id=after[1])
    cursor = db.execute(f"SELECT {_SELECT} FROM members AS m WHERE {' AND '.join(where)} "
                        "ORDER BY m.sort_key, m.id LIMIT :limit", params)
    return dicts(cursor)


def _search_ids(db: Database, query: str, after: Key | None, limit: int) -> list[str]:
    where = ["members_fts MATCH :query"]
    params: dict[str, Any] = {"query": query, "limit": limit}
    if after is not None:
        where.append("(s.sort_key, s.member_id) > (:after_key, :after_id)")
        where.append("f.rowid >= :start")
        params.update(after_key=after[0], after_id=after[1], start=_bucket_start(db, after[0]))
    source = ("FROM members_fts AS f JOIN member_search AS s ON s.rowid = f.rowid "
              f"WHERE {' AND '.join(where)}")
    # The rowid of the limit-th match closes the page: rows in later buckets
    # sort after every row of its bucket.
    last = db.execute(f"SELECT f.rowid {source} ORDER BY f.rowid LIMIT 1 OFFSET :limit - 1",
                      params).fetchone()
    if last is not None:
        source += " AND f.rowid <= :stop"
        params["stop"] = _bucket_end(last[0])
    rows = db.execute(f"SELECT s.member_id {source} ORDER BY s.sort_key, s.member_id "
                      "LIMIT :limit", params).fetchall()
    return [r[0] for r in rows]


def _bucket_start(db: Database, sort_key: str) -> int:
    """The first rowid of the bucket that ``sort_key`` falls in (computed by SQLite
    with the very expression the triggers use)."""
    return db.execute(f"SELECT {search_bucket_sql(':key')}", {"key": sort_key}).fetchone()[0]


def _bucket_end(rowid: int) -> int:
    return rowid | ((1 << SEARCH_SERIAL_BITS) - 1)


def _members_by_id(db: Database, ids: list[str]) -> list[dict[str, Any]]:
    if not ids:
        return []
    marks = ", ".join("?" for _ in ids)
    rows = {r["id"]: r for r in dicts(db.execute(
        f"SELECT {_SELECT} FROM members AS m WHERE m.id IN ({marks})", ids))}
    return [rows[i] for i in ids]


def all_members(db: Database, batch: int = 2000) -> Iterator[MemberRecord]:
    """Every member in Vietnamese name order, read a page at a time."""
    after: Key | None = None
    while True:
        rows = _browse_page(db, None, after, batch)
        yield from (record_from_row(r) for r in rows)
        if len(rows) < batch:
            return
        after = (rows[-1]["sort_key"], rows[-1]["id"])


def count_matches(db: Database, text: str | None = None, status: str | None = None,
                  cap: int = 10_000) -> int:
    """How many members match, counting at most ``cap`` (a cheap figure for the UI)."""
    words = search_words(text)
    if words:
        sql = "SELECT 1 FROM members_fts WHERE members_fts MATCH :query LIMIT :cap"
    elif status is not None:
        sql = "SELECT 1 FROM members WHERE status = :status LIMIT :cap"
    else:
        sql = "SELECT 1 FROM members LIMIT :cap"
    params = {"query": fts_query(words, status), "status": status, "cap": cap}
    return db.execute(f"SELECT count(*) FROM ({sql})", params).fetchone()[0]
