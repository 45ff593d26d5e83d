"""The month's collection: what each member owes and has paid, charges kept in step with
the rules, payments (split over the months they cover), and corrections by reversal.

Nothing recorded is changed or deleted: a change of what is due is a new charge entry
for the difference, a wrong payment is cancelled by a reversing entry; the trigger of
migration 0040 refuses anything else.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from partydesk.domain.dues import (
    LEDGER_APPEND_ONLY,
    UNKNOWN_MEMBER,
    Category,
    EntryKind,
    Month,
    refuse,
)
from partydesk.domain.ids import new_id
from partydesk.domain.messages import QT_TRANSLATE_NOOP
from partydesk.services.dues.context import DuesContext, load_context, now_stamp
from partydesk.storage.connection import Database
from partydesk.storage.dues_store import insert_entries, ledger_lines


@dataclass(frozen=True)
class Line:
    """One member's month, as the collection screen and ``dues list`` show it."""

    member_id: str
    full_name: str
    category: Category
    due: int
    explanation: str
    paid: int

    @property
    def balance(self) -> int:
        return self.due - self.paid


def month_lines(db: Database, month: Month, context: DuesContext | None = None) -> list[Line]:
    """Every member who owes dues for ``month`` (or is exempt that month), in name order.
    Reads only: the due is worked out from the rules; paid comes from the ledger."""
    context = context or load_context(db)
    owed = context.month(month)
    paid = ledger_lines(db, month, month)
    return [Line(member_id, context.names.get(member_id, ""), owed[member_id].due.category,
                 owed[member_id].due.amount, owed[member_id].due.explanation,
                 paid.get((member_id, str(month)), (0, 0, 0))[1])
            for member_id in context.names if member_id in owed]


def charge_entries(db: Database, context: DuesContext, months: Sequence[Month],
                   member_ids: Sequence[str] | None = None) -> list[tuple]:
    """The charge entries that bring the ledger in step with what is due in ``months``."""
    if not months:
        return []
    recorded = ledger_lines(db, min(months), max(months), member_ids)
    stamp, entries = now_stamp(), []
    for month in months:
        for member_id, owed in context.month(month).items():
            if member_ids is not None and member_id not in member_ids:
                continue
            charged, _, count = recorded.get((member_id, str(month)), (0, 0, 0))
            if count and charged == owed.due.amount:
                continue
            text = owed.due.explanation if not count else f"điều chỉnh: {owed.due.explanation}"
            entries.append((new_id(), member_id, str(month), EntryKind.CHARGE.value,
                            owed.due.amount - charged, text, None, None, "", None, None,
                            stamp, context.recorded_by))
    return entries


def settle(db: Database, months: Sequence[Month], context: DuesContext | None = None) -> int:
    """Record what is due in ``months`` for every member (only differences are added)."""
    context = context or load_context(db)
    entries = charge_entries(db, context, months)
    with db.atomic():
        insert_entries(db, entries)
    return len(entries)


def change_entry(db: Database, entry_id: str, **changes) -> None:
    """Recorded entries are permanent: always refused (a correction is a reversal)."""
    raise refuse(LEDGER_APPEND_ONLY)


def delete_entry(db: Database, entry_id: str) -> None:
    raise refuse(LEDGER_APPEND_ONLY)


def require_member(context: DuesContext, member_id: str) -> None:
    if member_id not in context.names:
        raise refuse(UNKNOWN_MEMBER, member_id=member_id)


NOT_MEMBER_THAT_MONTH = QT_TRANSLATE_NOOP(
    "Dues", "{name} was not a member of the cell in {month} (not yet admitted, or had "
    "left): no dues can be recorded for that month.")
FUTURE_MONTH = QT_TRANSLATE_NOOP(
    "Dues", "{month} has not begun yet: dues are recorded from the current month back "
    "(an advance payment starts at the current month and covers the next ones).")


def check_month(month: Month, today: date) -> None:
    if month > Month.of(today):
        raise refuse(FUTURE_MONTH, month=month.label)


def paid_for(db: Database, member_id: str, month: Month) -> int:
    """What the ledger holds as paid by a member for ``month``."""
    return ledger_lines(db, month, month, [member_id]).get((member_id, str(month)),
                                                           (0, 0, 0))[1]
