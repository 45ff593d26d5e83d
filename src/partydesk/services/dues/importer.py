"""A month's collection sheet (.xlsx) into the ledger: every row checked first, then all
rows in one transaction, or nothing (bad rows are named)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from partydesk.domain.dues import DuesError, Month, Via, refuse
from partydesk.domain.errors import PartyDeskError
from partydesk.domain.ids import new_id
from partydesk.domain.messages import QT_TRANSLATE_NOOP
from partydesk.domain.vietnamese import fold
from partydesk.services.bundles.hooks import pause_point
from partydesk.services.dues.context import load_context
from partydesk.services.dues.payments import Payment, payment_entries
from partydesk.storage.connection import Database
from partydesk.storage.dues_store import insert_entries

COLUMNS = {  # folded heading → field
    "member_id": "member_id", "ma dang vien": "member_id", "id": "member_id",
    "month": "month", "thang": "month",
    "amount": "amount", "so tien": "amount",
    "via": "via", "hinh thuc": "via",
    "ref": "ref", "ma giao dich": "ref",
}
NOT_A_SHEET = QT_TRANSLATE_NOOP(
    "Dues", "{file} is not a readable .xlsx collection sheet: nothing was imported.")
MISSING_COLUMNS = QT_TRANSLATE_NOOP(
    "Dues", "The sheet has no column {columns} in its first row: nothing was imported.")
BAD_ROWS = QT_TRANSLATE_NOOP("Dues", "Nothing was imported; rows with errors: {rows}")
EMPTY = QT_TRANSLATE_NOOP("Dues", "The sheet holds no payments: nothing was imported.")
VIA_WORDS = {"cash": Via.CASH, "tien mat": Via.CASH, "portal": Via.PORTAL,
             "cong dich vu cong": Via.PORTAL, "": Via.CASH}


def read_rows(path: Path) -> list[tuple[int, dict]]:
    try:
        from openpyxl import load_workbook

        book = load_workbook(path, read_only=True, data_only=True)
        rows = list(book.active.iter_rows(values_only=True))
        book.close()
    except Exception as exc:     # zip, XML or openpyxl errors: all mean "not a sheet"
        raise refuse(NOT_A_SHEET, file=path.name) from exc
    if not rows:
        raise refuse(EMPTY)
    heads = [COLUMNS.get(fold(str(h or "")).strip()) for h in rows[0]]
    missing = [c for c in ("member_id", "month") if c not in heads]
    if missing:
        raise refuse(MISSING_COLUMNS, columns=", ".join(missing))
    found = []
    for number, row in enumerate(rows[1:], start=2):
        if all(v in (None, "") for v in row):
            continue
        found.append((number, {h: v for h, v in zip(heads, row, strict=False) if h}))
    if not found:
        raise refuse(EMPTY)
    return found


def _payment(values: dict) -> Payment:
    month = values.get("month")
    month = Month.of(month) if isinstance(month, date) else Month.parse(str(month or ""))
    amount = values.get("amount")
    if amount not in (None, ""):
        if isinstance(amount, float) and amount.is_integer():
            amount = int(amount)
        if isinstance(amount, str):
            text = amount.replace(".", "").replace(",", "").strip()
            amount = int(text) if text.lstrip("-").isdigit() else amount
        if not isinstance(amount, int):
            raise refuse(QT_TRANSLATE_NOOP("Dues", "“{text}” is not a whole number of đồng."),
                         text=values.get("amount"))
    else:
        amount = None
    via = VIA_WORDS.get(fold(str(values.get("via") or "")).strip())
    if via is None:
        raise refuse(QT_TRANSLATE_NOOP("Dues", "“{text}” is neither cash nor portal."),
                     text=values.get("via"))
    return Payment(str(values.get("member_id") or "").strip(), month, 1, amount, via,
                   str(values.get("ref") or ""))


def import_sheet(db: Database, path: Path, today: date) -> int:
    """Returns the number of payments recorded."""
    rows = read_rows(path)
    context = load_context(db)
    errors, count, batch = [], 0, new_id()
    with db.atomic():
        for number, values in rows:
            try:
                entries = payment_entries(db, _payment(values), context, today, batch)
            except PartyDeskError as exc:
                errors.append((number, exc))
                continue
            insert_entries(db, entries)
            count += 1
            if count == len(rows) // 2 + 1:
                pause_point("dues-import-in-transaction")
        if errors:
            raise DuesError(_bad_rows(errors))
    return count


def _bad_rows(errors):
    from partydesk.domain.messages import message
    from partydesk.i18n import render

    shown = "; ".join(f"{n}: {render(e.message)}" for n, e in errors[:10])
    more = f" (+{len(errors) - 10})" if len(errors) > 10 else ""
    return message(BAD_ROWS, rows=shown + more)
