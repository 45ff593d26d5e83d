"""Gradings from a spreadsheet: "Số thẻ đảng viên" (or "Họ và tên" with "Ngày sinh"
where there is no card), "Năm", "Xếp loại" with the levels' full names, optional
"Điểm". All or nothing: any bad row refuses the file, naming the rows."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from partydesk.domain.grading import LEVEL_NAMES_VI
from partydesk.domain.messages import QT_TRANSLATE_NOOP
from partydesk.domain.organisation import Organisation
from partydesk.domain.rulebook import RuleBook
from partydesk.domain.vietnamese import fold
from partydesk.services.grading.rounds import GradingError, _refuse, _require_cell, check_input
from partydesk.services.members.spreadsheets.workbooks import read_rows
from partydesk.services.setup.rulebook import default_rulebook
from partydesk.storage import grading_store as store
from partydesk.storage.database import Database

CARD, NAME, BIRTH, YEAR, LEVEL, SCORE = ("Số thẻ đảng viên", "Họ và tên", "Ngày sinh", "Năm",
                                         "Xếp loại", "Điểm")
LEVELS_BY_NAME = {fold(text).lower(): level for level, text in LEVEL_NAMES_VI.items()}
HEADER_ROWS = 10


def _key(text: object) -> str:
    return fold(str(text or "")).lower().strip()


def _day(value: object) -> date | None:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    for form in ("%d/%m/%Y", "%Y-%m-%d"):       # as written in Vietnam, or as exported
        try:
            return datetime.strptime(str(value).strip(), form).date()
        except ValueError:
            pass
    return None


def _whole(value: object) -> int | None:
    text = str(value).strip() if value is not None else ""
    if not text:
        return None
    number = float(text.replace(",", "."))
    if number != int(number):
        raise ValueError(text)
    return int(number)


def _header(rows: list[tuple[int, list[object]]]) -> tuple[int, dict[str, int]]:
    wanted = {_key(h): h for h in (CARD, NAME, BIRTH, YEAR, LEVEL, SCORE)}
    for index, (_, cells) in enumerate(rows[:HEADER_ROWS]):
        found = {wanted[_key(c)]: i for i, c in enumerate(cells) if _key(c) in wanted}
        if YEAR in found and LEVEL in found and (CARD in found or {NAME, BIRTH} <= set(found)):
            return index, found
    raise _refuse(QT_TRANSLATE_NOOP(
        "Grading", "The spreadsheet needs the columns “Năm”, “Xếp loại” and “Số thẻ đảng "
                   "viên” (or “Họ và tên” with “Ngày sinh”)."))


def _row(cells: list[object], columns: dict[str, int], by_card: dict, by_name: dict,
         stage: str, rules: RuleBook) -> dict | str:
    """The grading a row records, or the column that is wrong."""
    def cell(column: str) -> object:
        at = columns.get(column)
        return cells[at] if at is not None and at < len(cells) else None

    card = str(cell(CARD) or "").strip()
    birth = _day(cell(BIRTH))
    member = by_card.get(card) if card else by_name.get(
        (_key(cell(NAME)), birth.isoformat() if birth else ""))
    if member is None:
        return CARD if card else NAME
    level = LEVELS_BY_NAME.get(_key(cell(LEVEL)))
    try:
        year, score = _whole(cell(YEAR)), _whole(cell(SCORE))
    except ValueError:
        return f"{YEAR}/{SCORE}"
    if level is None or year is None:
        return LEVEL if level is None else YEAR
    for checked, wrong in ((None, YEAR), (score, SCORE)):   # the year first, then the score
        try:
            check_input(year, level, checked, stage, "year", rules)
        except GradingError:
            return wrong
    return {"member_id": member, "year": year, "stage": stage, "level": level,
            "score": score}


def import_gradings(db: Database, organisation: Organisation, path: Path,
                    stage: str = "committee", rules: RuleBook | None = None) -> int:
    """Record every row's grading at ``stage``; the number recorded."""
    rules = rules or default_rulebook()
    _require_cell(organisation)
    rows = list(read_rows(path))
    start, columns = _header(rows)
    members = store.member_keys(db)
    by_card = {m["card_number"]: m["id"] for m in members if m["card_number"]}
    # fold(full_name), not the stored name_folded: that also holds search words
    # ("hathi thido"), so it never equals a name as written.
    by_name = {(_key(m["full_name"]), m["birth_date"]): m["id"] for m in members}
    good, bad = [], []
    for number, cells in rows[start + 1:]:
        if not any(str(c or "").strip() for c in cells):
            continue
        found = _row(cells, columns, by_card, by_name, stage, rules)
        if isinstance(found, str):
            bad.append(f"{number}: {found}")
        else:
            good.append(found)
    if bad:
        raise _refuse(QT_TRANSLATE_NOOP(
            "Grading", "Nothing was imported: {count} rows have a wrong or unknown value "
                       "(row: column): {rows}."), count=len(bad), rows="; ".join(bad[:20]))
    with db.atomic():
        for year in {g["year"] for g in good}:
            if store.round_closed(db, year):
                raise _refuse(QT_TRANSLATE_NOOP(
                    "Grading", "The grading round of {year} is closed; nothing can be "
                               "changed."), year=year)
        for row in good:
            store.save_member_grading(db, row)
    return len(good)
