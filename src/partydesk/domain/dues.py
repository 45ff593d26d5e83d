"""Party dues: months, categories, money in integer đồng, and what the secretary is told.

Money is an ``int`` of đồng everywhere; it is shown as "62.000 đ". A month is the
text "2026-11" in storage and in the command line, shown "11/2026".
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from partydesk.domain.errors import PartyDeskError
from partydesk.domain.messages import QT_TRANSLATE_NOOP, message

_MONTH = re.compile(r"^(\d{4})-(\d{2})$")


@dataclass(frozen=True, order=True)
class Month:
    year: int
    month: int

    @classmethod
    def parse(cls, text: str) -> Month:
        match = _MONTH.match(str(text).strip())
        if not match or not 1 <= int(match.group(2)) <= 12 or int(match.group(1)) < 1900:
            raise DuesError(message(QT_TRANSLATE_NOOP(
                "Dues", "“{text}” is not a month: write it as YYYY-MM, e.g. 2026-11."),
                text=text))
        return cls(int(match.group(1)), int(match.group(2)))

    @classmethod
    def of(cls, day: date) -> Month:
        return cls(day.year, day.month)

    @property
    def first_day(self) -> date:
        return date(self.year, self.month, 1)

    @property
    def last_day(self) -> date:
        return self.next().first_day - timedelta(days=1)

    def next(self, count: int = 1) -> Month:
        index = self.year * 12 + self.month - 1 + count
        return Month(index // 12, index % 12 + 1)

    def january(self) -> Month:
        return Month(self.year, 1)

    def __str__(self) -> str:
        return f"{self.year:04d}-{self.month:02d}"

    @property
    def label(self) -> str:
        return f"{self.month:02d}/{self.year:04d}"


def months_between(first: Month, last: Month) -> list[Month]:
    """Every month from ``first`` to ``last``, both included."""
    count = (last.year - first.year) * 12 + last.month - first.month
    return [first.next(i) for i in range(count + 1)]


class Category(StrEnum):
    SALARIED = "salaried"      # compulsory social insurance: 1 % of the salary
    BENEFIT = "benefit"        # on sickness or maternity benefit: 1 % of it
    PENSIONER = "pensioner"    # 0.5 % of the pension
    STUDENT = "student"        # a flat amount a month
    OTHER = "other"            # neither salary nor pension (most village farmers)

    @property
    def needs_base(self) -> bool:
        return self in (Category.SALARIED, Category.BENEFIT, Category.PENSIONER)


CATEGORY_LABELS = {
    Category.SALARIED: QT_TRANSLATE_NOOP("Dues", "salaried"),
    Category.BENEFIT: QT_TRANSLATE_NOOP("Dues", "on benefit"),
    Category.PENSIONER: QT_TRANSLATE_NOOP("Dues", "pensioner"),
    Category.STUDENT: QT_TRANSLATE_NOOP("Dues", "student"),
    Category.OTHER: QT_TRANSLATE_NOOP("Dues", "other"),
}


class Via(StrEnum):
    CASH = "cash"        # cash to the cell, at the meeting
    PORTAL = "portal"    # the national public-service portal, with its reference


class EntryKind(StrEnum):
    CHARGE = "charge"        # what is due (or a change of it), with its explanation
    PAYMENT = "payment"      # money received, for one month
    REVERSAL = "reversal"    # cancels a payment; both stay in the ledger


def format_money(amount: int) -> str:
    """62000 → "62.000 đ" (Vietnamese thousands separator)."""
    sign = "−" if amount < 0 else ""
    return f"{sign}{abs(amount):,} đ".replace(",", ".")


class DuesError(PartyDeskError):
    """Bad input about dues; nothing was saved."""


def refuse(text, **params) -> DuesError:
    return DuesError(message(text, **params))


UNKNOWN_MEMBER = QT_TRANSLATE_NOOP("Dues", "There is no member with id {member_id}.")
LEDGER_APPEND_ONLY = QT_TRANSLATE_NOOP(
    "Dues", "A recorded dues entry can never be changed or deleted: record a correction "
    "(a reversing entry) instead. Nothing was changed.")


def ledger_append_only_message():
    return message(LEDGER_APPEND_ONLY)
