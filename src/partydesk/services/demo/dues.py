"""Demo dues: each member's basis (mostly farmers, some pensioners, teachers, students),
one reduction, and months of collection through the dues service, a few members behind.
The 50-year exemption comes from the register itself (members admitted before 1976)."""

from __future__ import annotations

import random
from datetime import date

from partydesk.domain.dues import Category, Month, months_between
from partydesk.services.dues.context import load_context
from partydesk.services.dues.facts import reduce, set_basis
from partydesk.services.dues.payments import record_month
from partydesk.storage.database import Database

CATEGORIES = {Category.OTHER: 70, Category.PENSIONER: 14, Category.SALARIED: 10,
              Category.STUDENT: 6}
BASES = {Category.PENSIONER: (3_200_000, 7_500_000), Category.SALARIED: (5_000_000, 9_800_000)}


def fill_demo_dues(db: Database, months: int, seed: int, as_of: date) -> int:
    """Returns the number of ledger entries written."""
    if months <= 0:
        return 0
    rng = random.Random(seed * 7919 + 10)
    context = load_context(db)
    members = list(context.names)
    for member_id in members:
        category = rng.choices(list(CATEGORIES), weights=list(CATEGORIES.values()))[0]
        low_high = BASES.get(category)
        base = rng.randrange(low_high[0], low_high[1], 100_000) if low_high else None
        set_basis(db, member_id, category, base, date(2015, 1, 1), recorded_by="demo")
    last = Month.of(as_of)
    first = last.next(-(months - 1))
    if members:
        reduce(db, members[len(members) // 3], 50, max(date(2026, 2, 1), first.first_day),
               max(date(2026, 7, 31), first.first_day), "Hoàn cảnh khó khăn")
    behind = set(rng.sample(members, min(len(members), max(1, len(members) // 25))))
    context = load_context(db)
    written = 0
    for month in months_between(first, last):
        owed = context.month(month)
        late = month >= last.next(-4)
        amounts = {m: None for m in owed
                   if owed[m].due.amount and not (late and m in behind)
                   and not (month == last and rng.random() < 0.3)}
        day = min(as_of, month.first_day.replace(day=10))
        written += record_month(db, month, amounts, day, context=context)
    return written
