"""The province's consolidated register: every member of every cell of every
commune, paged in Vietnamese name order and searched like a cell's register."""

from __future__ import annotations

from collections.abc import Sequence

from partydesk.storage.connection import Database
from partydesk.storage.rows import dicts

COLUMNS = ("cell_code", "id", "full_name", "sex", "birth_date", "status", "admitted_on",
           "official_on", "card_number")


def _like(prefix: str) -> str:
    return prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def register_page(db: Database, folded_words: Sequence[str], commune: str | None,
                  cell: str | None, status: str | None, limit: int, offset: int
                  ) -> tuple[list[dict], bool]:
    """One page (``limit`` rows from ``offset``) and whether more follow. Walks the
    name-order index and stops at the page's end: the first page costs the same for
    5,000 members or 500,000."""
    where, params = [], []
    for word in folded_words:
        where.append("(' ' || name_folded) LIKE ? ESCAPE '\\'")
        params.append("% " + _like(word) + "%")
    if commune and cell:
        where.append("cell_code = ?")
        params.append(f"{commune}/{cell}")
    elif commune:
        where.append("cell_code LIKE ? ESCAPE '\\'")
        params.append(_like(commune) + "/%")
    elif cell:
        where.append("cell_code LIKE ? ESCAPE '\\'")
        params.append("%/" + _like(cell))
    if status:
        where.append("status = ?")
        params.append(status)
    rows = dicts(db.execute(
        f"SELECT {', '.join(COLUMNS)} FROM cell_members "
        + ("WHERE " + " AND ".join(where) + " " if where else "")
        + "ORDER BY sort_key, cell_code, id LIMIT ? OFFSET ?", [*params, limit + 1, offset]))
    return rows[:limit], len(rows) > limit


def communes(db: Database) -> list[dict]:
    return dicts(db.execute(
        "SELECT code, name, status, fingerprint, last_sequence, last_bundle_created_at, "
        "last_imported_at, member_count, enrolled_at FROM cells WHERE level = 'committee' "
        "ORDER BY code"))
