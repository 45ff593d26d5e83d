"""Finding members: the register page by page in Vietnamese name order, for the members
table and ``partydesk members list``."""

from __future__ import annotations

from typing import Any

from partydesk.storage.database import Database
from partydesk.storage.members.search import Key
from partydesk.storage.members.search import search_page as _search_page

PAGE = 100


def search_page(db: Database, text: str | None = None, status: str | None = None,
                after: Key | None = None, limit: int = PAGE,
                flag: str | None = None) -> list[dict[str, Any]]:
    """Up to ``limit`` members matching ``text`` (each word a prefix of a word of the
    name, accents and đ ignored), ``status`` and ``flag`` (exempt, temporarily_away), in
    name order after the row keyed ``after`` (its ``(sort_key, id)``)."""
    return _search_page(db, text, status, after, limit, flag=flag)
