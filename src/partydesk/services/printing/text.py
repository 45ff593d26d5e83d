"""Vietnamese wording helpers for printed documents (pure: no reportlab).

Everything that reaches a page passes through :func:`plain` (NFC) or
:func:`markup` (NFC, then XML-escaped for reportlab's Paragraph mini-markup).
"""

from __future__ import annotations

import unicodedata
from datetime import date, datetime
from xml.sax.saxutils import escape

WEEKDAYS = ("thứ Hai", "thứ Ba", "thứ Tư", "thứ Năm", "thứ Sáu", "thứ Bảy", "chủ nhật")


def plain(text: str) -> str:
    """NFC form, the only form we draw: decomposed accents break glyph lookup."""
    return unicodedata.normalize("NFC", text)


def markup(text: str) -> str:
    """User text made safe for a Paragraph: NFC, then ``& < >`` escaped."""
    return escape(plain(text))


def upper(text: str) -> str:
    return plain(text).upper()


def long_date(day: date) -> str:
    """ "ngày 05 tháng 02 năm 2026" — day and month always with two digits."""
    return f"ngày {day.day:02d} tháng {day.month:02d} năm {day.year}"


def place_date(place: str, day: date) -> str:
    """ "Hòa Bình, ngày 05 tháng 02 năm 2026" (the top-right line of the header)."""
    return f"{plain(place)}, {long_date(day)}"


def short_date(day: date | None) -> str:
    return "" if day is None else f"{day.day:02d}/{day.month:02d}/{day.year}"


def clock(moment: datetime) -> str:
    """ "14 giờ 00 phút" """
    return f"{moment.hour:02d} giờ {moment.minute:02d} phút"


def weekday(day: date) -> str:
    return WEEKDAYS[day.weekday()]


def final_mark(text: str) -> str:
    """End the last paragraph of a document with the customary "./." mark."""
    body = plain(text).rstrip()
    if body.endswith("./."):
        return body
    return body.rstrip(".") + "./."


def with_file_copy(recipients: tuple[str, ...], file_copy: str = "Lưu Chi bộ."
                   ) -> tuple[str, ...]:
    """Recipients always end with the issuer's own copy ("Lưu Chi bộ.", "Lưu Văn phòng
    Đảng ủy.")."""
    items = tuple(plain(r).strip().removeprefix("- ").strip() for r in recipients)
    items = tuple(r for r in items if r)
    if items and items[-1].lower().startswith("lưu "):
        items = items[:-1]
    return (*items, plain(file_copy))


def count(n: int) -> str:
    """ "12 đồng chí" """
    return f"{n} đồng chí"


def percent(part: int, whole: int) -> str:
    """ "98,04 %": two decimals, Vietnamese decimal comma, a space before the sign."""
    value = 100 * part / whole if whole else 0.0
    return f"{value:.2f}".replace(".", ",") + " %"


def capitalise(text: str) -> str:
    t = plain(text).strip()
    return t[:1].upper() + t[1:]
