"""The province's consolidated register: every member of every cell of every
commune, paged in Vietnamese name order and searched like a cell's register."""

from __future__ import annotations

import base64
import binascii
import json
from collections.abc import Sequence

from partydesk.storage.connection import Database
from partydesk.storage.consolidated_store import Key, member_where
from partydesk.storage.rows import dicts

COLUMNS = ("cell_code", "id", "full_name", "sex", "birth_date", "status", "admitted_on",
           "official_on", "card_number", "sort_key")


def _like(prefix: str) -> str:
    return prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


READING_CACHE_KIB = 64 * 1024


def roomy_cache(db: Database) -> None:
    """A 64 MiB page cache for this connection (SQLite's default is 2 MiB): a name
    search walks ~13,000 entries (~450 pages) of the name-order index at 500,000
    members, and with 2 MiB each search read and decrypted them again (1.5 ms against
    6-10 ms here). Only pages read take memory; never made smaller than it is."""
    size = db.execute("PRAGMA cache_size").fetchone()[0]
    if size > 0:                                     # in pages, not KiB
        size = -size * db.execute("PRAGMA page_size").fetchone()[0] // 1024
    if -size < READING_CACHE_KIB:
        db.execute(f"PRAGMA cache_size = -{READING_CACHE_KIB}")


def register_page(db: Database, folded_words: Sequence[str], commune: str | None,
                  cell: str | None, status: str | None, limit: int, offset: int = 0,
                  after: Key | None = None) -> tuple[list[dict], bool]:
    """One page (``limit`` rows after the row keyed ``after``, or from ``offset``) and
    whether more follow. Walks the name-order index (sort key, cell, id, folded name,
    status: migration 0180), testing the words there, and stops at the page's end;
    with ``after`` a later page costs what the first does. A member moved between
    cells shows once, where current (the committee's consolidated register's rule)."""
    roomy_cache(db)
    where, params = member_where(folded_words, status, None, None)
    if commune and cell:
        where.append("cell_code = ?")
        params.append(f"{commune}/{cell}")
    elif commune:
        where.append("cell_code LIKE ? ESCAPE '\\'")
        params.append(_like(commune) + "/%")
    elif cell:
        where.append("cell_code LIKE ? ESCAPE '\\'")
        params.append("%/" + _like(cell))
    if after is not None:
        where.append("(sort_key, cell_code, id) > (?, ?, ?)")
        params.extend(after)
    rows = dicts(db.execute(
        f"SELECT {', '.join(COLUMNS)} FROM cell_members WHERE {' AND '.join(where)} "
        "ORDER BY sort_key, cell_code, id LIMIT ? OFFSET ?",
        [*params, limit + 1, 0 if after is not None else offset]))
    return rows[:limit], len(rows) > limit


def page_token(row: dict) -> str:
    """The key of a page's last row as a short opaque text (``--after``)."""
    key = json.dumps([row["sort_key"], row["cell_code"], row["id"]], ensure_ascii=False)
    return base64.urlsafe_b64encode(key.encode()).decode().rstrip("=")


def page_token_key(token: str) -> Key | None:
    """The key inside a ``page_token``; None when the text is not one."""
    try:
        key = json.loads(base64.urlsafe_b64decode(token + "=" * (-len(token) % 4)))
    except (binascii.Error, ValueError, UnicodeDecodeError):
        return None
    if not (isinstance(key, list) and len(key) == 3 and all(isinstance(k, str) for k in key)):
        return None
    return key[0], key[1], key[2]


def communes(db: Database) -> list[dict]:
    return dicts(db.execute(
        "SELECT code, name, status, fingerprint, last_sequence, last_bundle_created_at, "
        "last_imported_at, member_count, enrolled_at FROM cells WHERE level = 'committee' "
        "ORDER BY code"))
