"""Numbers the Vietnamese way: thousands with a dot, a decimal comma, two decimals
rounded half up ("22.551", "105,96 %"). Decimal arithmetic, never binary floats."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

HUNDREDTH = Decimal("0.01")


def share(part: int, whole: int) -> Decimal | None:
    """``part`` of ``whole`` in per cent, rounded half up to two decimals; None when
    there is no whole to share."""
    if not whole:
        return None
    return (Decimal(part) * 100 / Decimal(whole)).quantize(HUNDREDTH, rounding=ROUND_HALF_UP)


def thousands(number: int) -> str:
    """22551 → "22.551"."""
    sign = "-" if number < 0 else ""
    return sign + f"{abs(number):,}".replace(",", ".")


def megabytes_text(size: int) -> str:
    """1_630_000 bytes → "1,6" (megabytes, one decimal, half up; "0,1" for any non-empty
    file smaller than that, so a small backup does not read as empty)."""
    tenths = (Decimal(size) / 100_000).quantize(Decimal(1), rounding=ROUND_HALF_UP)
    if size > 0 and tenths == 0:
        tenths = Decimal(1)
    whole, tenth = divmod(int(tenths), 10)
    return f"{thousands(whole)},{tenth}"


def decimal_text(value: Decimal) -> str:
    """Decimal(105.96) → "105,96" (thousands with a dot, two decimals)."""
    value = value.quantize(HUNDREDTH, rounding=ROUND_HALF_UP)
    whole, _, fraction = f"{abs(value):f}".partition(".")
    sign = "-" if value < 0 else ""
    return f"{sign}{thousands(int(whole))},{(fraction + '00')[:2]}"


def percent_text(value: Decimal | None) -> str:
    """Decimal(105.96) → "105,96 %"; no share → "–"."""
    return "–" if value is None else f"{decimal_text(value)} %"


def achieved_text(count: int, target: int | None) -> str:
    """853 against 805 → "853 (đạt 105,96 %)"; without a target just the count."""
    value = share(count, target) if target else None
    if value is None:
        return thousands(count)
    return f"{thousands(count)} (đạt {percent_text(value)})"


def as_number(value: Decimal | None) -> float | None:
    """A share for JSON: the rounded two-decimal value as a number."""
    return None if value is None else float(value)
