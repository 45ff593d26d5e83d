"""What a member owes for a month: the rules in force that month, their basis, reliefs.

Pure functions over plain data. Explanations are written in Vietnamese, the language
of the ledger and the printed report ("1 % × 6.200.000 đ").
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from partydesk.domain.dues import Category, Month, format_money
from partydesk.domain.rulebook import RuleBook, UnknownRule


class RuleKey(StrEnum):
    SALARIED_RATE = "dues.salaried_rate_bp"
    BENEFIT_RATE = "dues.benefit_rate_bp"
    PENSIONER_RATE = "dues.pensioner_rate_bp"
    STUDENT_MONTHLY = "dues.student_monthly"
    OTHER_MONTHLY = "dues.other_monthly"
    RETAINED_PERCENT = "dues.retained_percent"
    ROUNDING = "dues.rounding"
    EXEMPT_PARTY_AGE_YEARS = "dues.exempt_party_age_years"
    REDUCTION_PERCENTS = "dues.reduction_percents"
    REDUCTION_MAX_MONTHS = "dues.reduction_max_months"
    MAX_PAYMENT = "dues.max_payment_per_month"


# Unconfirmed values the committee or the cell may set, from a month on.
SETTING_KEYS = (RuleKey.OTHER_MONTHLY, RuleKey.RETAINED_PERCENT, RuleKey.ROUNDING)
RATE_KEYS = {Category.SALARIED: RuleKey.SALARIED_RATE, Category.BENEFIT: RuleKey.BENEFIT_RATE,
             Category.PENSIONER: RuleKey.PENSIONER_RATE}
FLAT_KEYS = {Category.STUDENT: RuleKey.STUDENT_MONTHLY, Category.OTHER: RuleKey.OTHER_MONTHLY}
FLAT_WORDS = {Category.STUDENT: "học sinh, sinh viên", Category.OTHER: "không lương, không hưu"}


@dataclass(frozen=True)
class Basis:
    category: Category
    base: int | None
    effective: date


@dataclass(frozen=True)
class Relief:
    kind: str               # "exempt" or "reduce"
    percent: int            # 100 for an exemption
    reason: str
    starts: date
    ends: date | None

    def covers(self, month: Month) -> bool:
        return (self.starts <= month.last_day
                and (self.ends is None or self.ends >= month.first_day))


@dataclass(frozen=True)
class Settings:
    """Dated settings: ``key → [(from month, value)]``; the latest not after a month wins."""

    values: Mapping[str, Sequence[tuple[Month, int]]]

    def value(self, rules: RuleBook, key: str, month: Month) -> int:
        chosen = [v for since, v in sorted(self.values.get(key, ())) if since <= month]
        return chosen[-1] if chosen else int(rules.value(key, month.first_day))


NO_SETTINGS = Settings({})


@dataclass(frozen=True)
class Due:
    amount: int
    explanation: str
    category: Category


def percent_text(basis_points: int) -> str:
    whole, rest = divmod(basis_points, 100)
    return f"{whole} %" if not rest else f"{whole},{rest:02d}".rstrip("0") + " %"


def round_to(amount: int, step: int) -> int:
    """Nearest multiple of ``step``, halves up (amounts are never negative)."""
    step = max(1, step)
    return (amount + step // 2) // step * step


def basis_on(bases: Sequence[Basis], month: Month) -> Basis | None:
    """The basis in force in ``month``: the latest whose month has begun."""
    chosen = [b for b in bases if Month.of(b.effective) <= month]
    return max(chosen, key=lambda b: b.effective) if chosen else None


def exempt_by_party_age(party_age_months: int, month: Month, rules: RuleBook) -> int | None:
    """The years of party age that exempt the member this month, or None."""
    try:
        years = int(rules.value(RuleKey.EXEMPT_PARTY_AGE_YEARS, month.first_day))
    except UnknownRule:       # before QĐ 01 (2026) there was no such exemption
        return None
    return years if party_age_months >= years * 12 else None


def due_for(month: Month, basis: Basis | None, reliefs: Sequence[Relief],
            party_age_months: int, rules: RuleBook, settings: Settings = NO_SETTINGS) -> Due:
    """What the member owes for ``month``. ``party_age_months`` is counted at the end
    of the month, so the party-age exemption starts the month the member reaches it."""
    category = basis.category if basis else Category.OTHER
    years = exempt_by_party_age(party_age_months, month, rules)
    if years is not None:
        return Due(0, f"miễn: {years} năm tuổi đảng", category)
    exemption = next((r for r in reliefs if r.kind == "exempt" and r.covers(month)), None)
    if exemption is not None:
        return Due(0, f"miễn: {exemption.reason}", category)
    amount, text = _full_amount(month, category, basis, rules, settings)
    reduction = next((r for r in reliefs if r.kind == "reduce" and r.covers(month)), None)
    if reduction is not None and amount:
        step = settings.value(rules, RuleKey.ROUNDING, month)
        amount = round_to(amount * (100 - reduction.percent) // 100, step)
        text = f"{text} − {reduction.percent} % (giảm) = {format_money(amount)}"
    return Due(amount, text, category)


def _full_amount(month: Month, category: Category, basis: Basis | None, rules: RuleBook,
                 settings: Settings) -> tuple[int, str]:
    if category in FLAT_KEYS:
        key = FLAT_KEYS[category]
        amount = (settings.value(rules, key, month) if key in SETTING_KEYS
                  else int(rules.value(key, month.first_day)))
        return amount, f"{format_money(amount)}/tháng ({FLAT_WORDS[category]})"
    base = basis.base if basis and basis.base else 0
    rate = int(rules.value(RATE_KEYS[category], month.first_day))
    exact = base * rate // 10000
    amount = round_to(exact, settings.value(rules, RuleKey.ROUNDING, month))
    text = f"{percent_text(rate)} × {format_money(base)}"
    if amount != exact:
        text += f" ≈ {format_money(amount)}"
    return amount, text


def retained_share(collected: int, month: Month, rules: RuleBook,
                   settings: Settings = NO_SETTINGS) -> int:
    """What the cell keeps of ``collected`` (rounded down); the rest is sent up."""
    percent = settings.value(rules, RuleKey.RETAINED_PERCENT, month)
    return collected * percent // 100


def split_payment(amount: int, balances: Sequence[int]) -> list[int]:
    """Spread ``amount`` over months in order, each up to its balance; what is left (a
    voluntary higher payment) goes to the last month."""
    parts, left = [], amount
    for balance in balances:
        part = min(left, max(balance, 0))
        parts.append(part)
        left -= part
    if parts:
        parts[-1] += left
    return parts


def unpaid_months(lines: Sequence[tuple[int, int]]) -> int:
    """Months with something due and less than it paid, from ``(due, paid)`` lines."""
    return sum(1 for due, paid in lines if due > 0 and paid < due)
