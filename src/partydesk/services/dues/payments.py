"""Recording money received: one member's payment (split over the months it covers), a
whole month at the meeting table, and corrections by reversing entries."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from partydesk.domain.dues import EntryKind, Month, Via, format_money, refuse
from partydesk.domain.dues_rules import RuleKey, split_payment
from partydesk.domain.ids import new_id
from partydesk.domain.messages import QT_TRANSLATE_NOOP
from partydesk.services.dues.context import DuesContext, load_context, now_stamp
from partydesk.services.dues.ledger import (
    NOT_MEMBER_THAT_MONTH,
    charge_entries,
    check_month,
    require_member,
)
from partydesk.storage.connection import Database
from partydesk.storage.dues_store import (
    insert_entries,
    is_reversed,
    ledger_entry,
    ledger_lines,
)

MAX_MONTHS = 24
BAD_AMOUNT = QT_TRANSLATE_NOOP(
    "Dues", "{amount} is not a possible payment: give a whole number of đồng above 0 and "
    "at most {most} for each month paid.")
BAD_MONTHS = QT_TRANSLATE_NOOP("Dues", "A payment covers from 1 to {most} months.")
NOTHING_DUE = QT_TRANSLATE_NOOP(
    "Dues", "{name} owes nothing for {months}: give the amount (--amount) to record a "
    "voluntary payment.")
PORTAL_NEEDS_REF = QT_TRANSLATE_NOOP(
    "Dues", "A payment on the public-service portal needs its reference (--ref).")
NOT_A_PAYMENT = QT_TRANSLATE_NOOP(
    "Dues", "Only a payment can be corrected by a reversing entry; {entry} is not one.")
ALREADY_REVERSED = QT_TRANSLATE_NOOP("Dues", "The payment {entry} has already been reversed.")
UNKNOWN_ENTRY = QT_TRANSLATE_NOOP("Dues", "There is no dues entry with id {entry}.")


@dataclass(frozen=True)
class Payment:
    member_id: str
    month: Month
    months: int = 1
    amount: int | None = None      # None: exactly what is owed for the months
    via: Via = Via.CASH
    ref: str = ""


def _check(payment: Payment, context: DuesContext, today: date) -> list[Month]:
    require_member(context, payment.member_id)
    check_month(payment.month, today)
    if not 1 <= payment.months <= MAX_MONTHS:
        raise refuse(BAD_MONTHS, most=MAX_MONTHS)
    most = int(context.rules.value(RuleKey.MAX_PAYMENT, today)) * payment.months
    if payment.amount is not None and not (isinstance(payment.amount, int)
                                           and 0 < payment.amount <= most):
        raise refuse(BAD_AMOUNT, amount=payment.amount, most=format_money(most // payment.months))
    if payment.via is Via.PORTAL and not payment.ref.strip():
        raise refuse(PORTAL_NEEDS_REF)
    months = [payment.month.next(i) for i in range(payment.months)]
    for month in months:
        if payment.member_id not in context.month(month):
            raise refuse(NOT_MEMBER_THAT_MONTH, name=context.names[payment.member_id],
                         month=month.label)
    return months


def payment_entries(db: Database, payment: Payment, context: DuesContext, today: date,
                    batch: str | None = None) -> list[tuple]:
    """Charge entries for the months covered, then the payment split over them."""
    months = _check(payment, context, today)
    charges = charge_entries(db, context, months, [payment.member_id])
    recorded = ledger_lines(db, months[0], months[-1], [payment.member_id])
    balances = []
    for month in months:
        charged, paid, _ = recorded.get((payment.member_id, str(month)), (0, 0, 0))
        charged += sum(c[4] for c in charges if c[2] == str(month))
        balances.append(charged - paid)
    amount = payment.amount if payment.amount is not None else sum(max(b, 0) for b in balances)
    if amount <= 0:
        raise refuse(NOTHING_DUE, name=context.names[payment.member_id],
                     months=", ".join(m.label for m in months))
    stamp, batch = now_stamp(), batch or new_id()
    parts = split_payment(amount, balances)
    return charges + [
        (new_id(), payment.member_id, str(month), EntryKind.PAYMENT.value, part, "",
         today.isoformat(), payment.via.value, payment.ref.strip(), None, batch, stamp,
         context.recorded_by)
        for month, part in zip(months, parts, strict=True) if part]


def pay(db: Database, payment: Payment, today: date,
        context: DuesContext | None = None) -> list[str]:
    """Record one member's payment; returns the ids of the payment entries."""
    context = context or load_context(db, [payment.member_id])
    require_member(context, payment.member_id)
    with db.atomic():
        entries = payment_entries(db, payment, context, today)
        insert_entries(db, entries)
    return [e[0] for e in entries if e[3] == EntryKind.PAYMENT.value]


def record_month(db: Database, month: Month, amounts: Mapping[str, int | None], today: date,
                 via: Via = Via.CASH, context: DuesContext | None = None) -> int:
    """The meeting table: many members' payments for one month in one transaction
    (``None`` = paid as due). All or nothing; returns the entries added."""
    context = context or load_context(db)
    check_month(month, today)
    batch, entries = new_id(), []
    owed = context.month(month)
    charges = charge_entries(db, context, [month])
    recorded = ledger_lines(db, month, month)
    charged = {c[1]: c[4] for c in charges}
    stamp = now_stamp()
    most = int(context.rules.value(RuleKey.MAX_PAYMENT, today))
    for member_id, amount in amounts.items():
        require_member(context, member_id)
        if member_id not in owed:
            raise refuse(NOT_MEMBER_THAT_MONTH, name=context.names[member_id],
                         month=month.label)
        due, paid, _ = recorded.get((member_id, str(month)), (0, 0, 0))
        value = amount if amount is not None else due + charged.get(member_id, 0) - paid
        if amount is not None and not (isinstance(amount, int) and 0 < amount <= most):
            raise refuse(BAD_AMOUNT, amount=amount, most=format_money(most))
        if value > 0:
            entries.append((new_id(), member_id, str(month), EntryKind.PAYMENT.value, value,
                            "", today.isoformat(), via.value, "", None, batch, stamp,
                            context.recorded_by))
    with db.atomic():
        insert_entries(db, charges + entries)
    return len(charges) + len(entries)


def reverse(db: Database, entry_id: str, reason: str, today: date,
            recorded_by: str = "") -> str:
    """Cancel a payment by a reversing entry; both stay in the ledger and the report."""
    with db.atomic():
        entry = ledger_entry(db, entry_id)
        if entry is None:
            raise refuse(UNKNOWN_ENTRY, entry=entry_id)
        if entry.kind != EntryKind.PAYMENT.value:
            raise refuse(NOT_A_PAYMENT, entry=entry_id)
        if is_reversed(db, entry_id):
            raise refuse(ALREADY_REVERSED, entry=entry_id)
        new = new_id()
        insert_entries(db, [(new, entry.member_id, entry.month, EntryKind.REVERSAL.value,
                             -entry.amount, f"đính chính: {reason}".strip(), today.isoformat(),
                             entry.via, entry.ref, entry.id, None, now_stamp(),
                             recorded_by or entry.recorded_by)])
    return new
