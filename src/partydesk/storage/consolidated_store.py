"""The committee's consolidated register, paged by keyset like the cell's: rows in
Vietnamese name order keyed ``(sort_key, cell_code, id)`` (index
``cell_members_name_order``, migration 0180), so a page after the first costs what
the first does."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from partydesk.storage.connection import Database

PAGE = 500
FLAGS = ("exempt", "temporarily_away")
Key = tuple[str, str, str]          # sort_key, cell_code, id of the last row shown
COLUMNS = ("cell_code, id, full_name, sex, birth_date, ethnicity, religion, status, "
           "admitted_on, ceremony_on, official_on, card_number, sort_key")
# a member transferred between cells shows once: in the cell where they are current
ONCE = ("NOT (status = 'transferred_out' AND EXISTS (SELECT 1 FROM cell_members o "
        "WHERE o.id = cell_members.id AND o.cell_code != cell_members.cell_code "
        "AND o.status IN ('probationary', 'official')))")


def consolidated_page(db: Database, folded_words: Sequence[str] = (),
                      status: str | None = None, cell_code: str | None = None,
                      flag: str | None = None, after: Key | None = None,
                      limit: int = PAGE) -> list[dict]:
    """Up to ``limit`` members of every cell after the row keyed ``after``; each of
    ``folded_words`` must start a word of the (folded) name; ``flag`` is exempt or
    temporarily_away."""
    where, params = member_where(folded_words, status, cell_code, flag)
    if after is not None:
        where.append("(sort_key, cell_code, id) > (?, ?, ?)")
        params.extend(after)
    cursor = db.execute(f"SELECT {COLUMNS} FROM cell_members WHERE {' AND '.join(where)} "
                        "ORDER BY sort_key, cell_code, id LIMIT ?", [*params, limit])
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor]


def consolidated_count(db: Database, folded_words: Sequence[str] = (),
                       status: str | None = None, cell_code: str | None = None,
                       flag: str | None = None) -> int:
    """How many members the same filter finds in all (the pages' total)."""
    where, params = member_where(folded_words, status, cell_code, flag)
    return db.execute(f"SELECT count(*) FROM cell_members WHERE {' AND '.join(where)}",
                      params).fetchone()[0]


def member_where(folded_words: Sequence[str], status: str | None, cell_code: str | None,
           flag: str | None) -> tuple[list[str], list]:
    where, params = [ONCE], []
    for word in folded_words:
        # instr first: a plain substring test, several times cheaper than LIKE, lets
        # LIKE (the word must start a word of the name) see only the likely names
        where.append("instr(name_folded, ?) AND (' ' || name_folded) LIKE ? ESCAPE '\\'")
        params.extend([word, "% " + word.replace("%", "\\%").replace("_", "\\_") + "%"])
    for column, value in (("status", status), ("cell_code", cell_code)):
        if value:
            where.append(f"{column} = ?")
            params.append(value)
    if flag is not None:
        if flag not in FLAGS:
            raise ValueError(f"not a member flag: {flag}")
        where.append(f"{flag} = 1")
    return where, params


def page_key(row: dict) -> Key:
    return row["sort_key"], row["cell_code"], row["id"]


def consolidated_rows(db: Database, folded_words: Sequence[str] = (),
                      status: str | None = None, cell_code: str | None = None,
                      flag: str | None = None) -> Iterator[dict]:
    """Every matching member, page after page (memory bounded by one page)."""
    after = None
    while True:
        page = consolidated_page(db, folded_words, status, cell_code, flag, after)
        yield from page
        if len(page) < PAGE:
            return
        after = page_key(page[-1])
