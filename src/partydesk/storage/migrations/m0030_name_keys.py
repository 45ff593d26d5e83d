"""Migration 0030_name_keys. Shipped: never edit it; add a new migration instead.

Names sort as CLDR's Vietnamese collation does, with every Latin letter in its Latin
place (f after ê, j after i, w after v, z after y), by the word the member is filed
under (the new ``given_name`` column; '' = the last word); and search matches across
apostrophes and the spaces between words ("hmong" finds "H'Mông", "rocham" "Rơ Chăm").
Rewrites the sort keys and folded names of members, candidates and the committee's
copies of its cells' members, then rebuilds the clustered search table, whose bucket
expression follows the new letter code points (256..288 instead of 256..284).
Everything it computes is a frozen copy: it must give the keys of this version forever.
"""

from __future__ import annotations

import unicodedata
from itertools import pairwise
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlite_utils import Database

NAME = "0030_name_keys"

ALPHABET = "aăâbcdđeêfghijklmnoôơpqrstuưvwxyz"
TONES = {"\u0300": 1, "\u0309": 2, "\u0303": 3, "\u0301": 4, "\u0323": 5}
OTHER_MARK = 6
LETTER_MARKS = {"\u0306", "\u0302", "\u031b"}
RANK = {letter: index for index, letter in enumerate(ALPHABET)}
JOINERS = "'’ʼ‘`"
FIRST, LAST = 256, 256 + len(ALPHABET) - 1


def _words(text: str) -> list[str]:
    return [w for w in unicodedata.normalize("NFC", text or "").split() if w]


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "d").lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def search_form(full_name: str) -> str:
    words = _fold(" ".join(_words(full_name))).split(" ")
    bare = ["".join(c for c in w if c not in JOINERS) for w in words]
    joined = [b for w, b in zip(words, bare, strict=True) if b != w and b]
    joined += [a + b for a, b in pairwise(bare)]
    return " ".join([*words, *joined]).strip()


def _letter(char: str) -> tuple[str, int]:
    tone, kept = 0, []
    for part in unicodedata.normalize("NFD", char.lower()):
        if part in TONES:
            tone = TONES[part]
        elif unicodedata.combining(part) and (part not in LETTER_MARKS or not kept):
            tone = max(tone, OTHER_MARK)
        else:
            kept.append(part)
    letter = unicodedata.normalize("NFC", "".join(kept))
    if letter not in RANK and len(kept) > 1:
        letter, tone = kept[0], max(tone, OTHER_MARK)
    return letter, tone


def _word_key(word: str) -> tuple[str, str]:
    pairs = [_letter(c) for c in word]
    letters = "".join(chr(FIRST + RANK[b]) if b in RANK else b for b, _ in pairs)
    return letters, "".join(str(t) for _, t in pairs)


def sort_key(full_name: str, given_name: str = "") -> str:
    words = _words(full_name)
    wanted = _fold(" ".join(_words(given_name)))
    index = len(words) - 1
    if wanted:
        index = next((i for i in range(len(words) - 1, -1, -1)
                      if _fold(words[i]) == wanted), index)
    ordered = [words[index], *words[:index], *words[index + 1:]] if words else []
    keys = [_word_key(w) for w in ordered]
    return "\x01".join(k[0] for k in keys) + "\x00" + "\x01".join(k[1] for k in keys)


BUCKET_CHARS, CHAR_BITS, SERIAL_BITS = 7, 6, 20


def search_bucket_sql(key: str) -> str:
    terms, lossy_before = [], []
    for i in range(1, BUCKET_CHARS + 1):
        c = f"unicode(substr({key}, {i}, 1))"
        code = (f"CASE WHEN {c} IS NULL OR {c} = 0 THEN 0 WHEN {c} = 1 THEN 1 "
                f"WHEN {c} < {FIRST} THEN 2 WHEN {c} <= {LAST} THEN {c} - {FIRST - 3} "
                f"ELSE {LAST - FIRST + 4} END")
        if lossy_before:
            code = f"CASE WHEN {' OR '.join(lossy_before)} THEN 0 ELSE {code} END"
        shift = CHAR_BITS * (BUCKET_CHARS - i) + SERIAL_BITS
        terms.append(f"(({code}) << {shift})")
        lossy_before.append(f"coalesce({c} BETWEEN 2 AND {FIRST - 1} OR {c} > {LAST}, 0)")
    return f"({' + '.join(terms)})"


def _search_insert_sql(prefix: str) -> str:
    span = (1 << SERIAL_BITS) - 1
    return f"""
        INSERT INTO member_search (rowid, member_id, name_folded, sort_key, status)
        SELECT coalesce((SELECT rowid + 1 FROM member_search
                         WHERE rowid BETWEEN b.base AND b.base + {span}
                         ORDER BY rowid DESC LIMIT 1), b.base),
               {prefix}id, {prefix}name_folded, {prefix}sort_key, {prefix}status
        FROM (SELECT {search_bucket_sql(f"{prefix}sort_key")} AS base) AS b;"""


def migrate(db: Database) -> None:
    for trigger in ("members_search_ai", "members_search_ad", "members_search_au_name",
                    "members_search_au_status", "member_search_ai", "member_search_ad",
                    "member_search_au"):
        db.execute(f"DROP TRIGGER IF EXISTS {trigger}")
    db.execute("DROP TABLE IF EXISTS members_fts")
    db.execute("DROP TABLE IF EXISTS member_search")
    db.execute("ALTER TABLE members ADD COLUMN given_name TEXT NOT NULL DEFAULT ''")
    db.execute("ALTER TABLE cell_members ADD COLUMN given_name TEXT")
    _rekey(db, "members", with_given=True)
    _rekey(db, "candidates", with_given=False)
    _rekey(db, "cell_members", with_given=True)
    _create_search(db)


def _rekey(db: Database, table: str, with_given: bool) -> None:
    """New sort keys (and, for members, folded names) for every row of ``table``."""
    given = "coalesce(given_name, '')" if with_given else "''"
    rows = db.execute(f"SELECT rowid, full_name, {given} FROM {table}").fetchall()
    if with_given:
        db.conn.executemany(
            f"UPDATE {table} SET sort_key = ?, name_folded = ? WHERE rowid = ?",
            ((sort_key(name or "", g), search_form(name or ""), rowid)
             for rowid, name, g in rows))
    else:
        db.conn.executemany(f"UPDATE {table} SET sort_key = ? WHERE rowid = ?",
                            ((sort_key(name or "", g), rowid) for rowid, name, g in rows))


def _create_search(db: Database) -> None:
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
    base = search_bucket_sql("sort_key")
    db.execute(f"""
        INSERT INTO member_search (rowid, member_id, name_folded, sort_key, status)
        SELECT base + row_number() OVER (PARTITION BY base ORDER BY sort_key, id) - 1,
               id, name_folded, sort_key, status
        FROM (SELECT {base} AS base, id, name_folded, sort_key, status FROM members)""")
    db.execute("INSERT INTO members_fts (members_fts) VALUES ('rebuild')")
    for statement in _TRIGGERS:
        db.execute(statement)


_TRIGGERS = (
    """CREATE TRIGGER member_search_ai AFTER INSERT ON member_search BEGIN
        INSERT INTO members_fts (rowid, name_folded, status)
        VALUES (new.rowid, new.name_folded, new.status);
    END""",
    """CREATE TRIGGER member_search_ad AFTER DELETE ON member_search BEGIN
        INSERT INTO members_fts (members_fts, rowid, name_folded, status)
        VALUES ('delete', old.rowid, old.name_folded, old.status);
    END""",
    """CREATE TRIGGER member_search_au AFTER UPDATE ON member_search BEGIN
        INSERT INTO members_fts (members_fts, rowid, name_folded, status)
        VALUES ('delete', old.rowid, old.name_folded, old.status);
        INSERT INTO members_fts (rowid, name_folded, status)
        VALUES (new.rowid, new.name_folded, new.status);
    END""",
    f"""CREATE TRIGGER members_search_ai AFTER INSERT ON members BEGIN
        {_search_insert_sql("new.")}
    END""",
    """CREATE TRIGGER members_search_ad AFTER DELETE ON members BEGIN
        DELETE FROM member_search WHERE member_id = old.id;
    END""",
    f"""CREATE TRIGGER members_search_au_name AFTER UPDATE ON members
    WHEN old.id IS NOT new.id OR old.sort_key IS NOT new.sort_key
         OR old.name_folded IS NOT new.name_folded BEGIN
        DELETE FROM member_search WHERE member_id = old.id;
        {_search_insert_sql("new.")}
    END""",
    """CREATE TRIGGER members_search_au_status AFTER UPDATE OF status ON members
    WHEN old.status IS NOT new.status BEGIN
        UPDATE member_search SET status = new.status WHERE member_id = new.id;
    END""",
)
