"""Wording helpers: dates, marks, recipients, escaping (no reportlab needed)."""

from __future__ import annotations

import os
import subprocess
import sys
import unicodedata
from datetime import date, datetime

from partydesk.services.printing import text


def test_dates_have_two_digit_day_and_month() -> None:
    assert text.long_date(date(2026, 2, 5)) == "ngày 05 tháng 02 năm 2026"
    assert text.place_date("Hòa Bình", date(2026, 11, 25)) == "Hòa Bình, ngày 25 tháng 11 năm 2026"
    assert text.short_date(date(2026, 3, 1)) == "01/03/2026"
    assert text.clock(datetime(2026, 3, 1, 7, 5)) == "07 giờ 05 phút"
    assert text.weekday(date(2026, 3, 5)) == "thứ Năm"
    assert text.weekday(date(2026, 3, 8)) == "chủ nhật"


def test_final_mark_is_added_once() -> None:
    assert text.final_mark("đúng giờ.") == "đúng giờ./."
    assert text.final_mark("đúng giờ") == "đúng giờ./."
    assert text.final_mark("đúng giờ./.") == "đúng giờ./."


def test_recipients_always_end_with_the_cells_copy() -> None:
    assert text.with_file_copy(("Đảng ủy xã,",)) == ("Đảng ủy xã,", "Lưu Chi bộ.")
    assert text.with_file_copy(("- Đảng ủy xã,", "- Lưu chi bộ")) == ("Đảng ủy xã,", "Lưu Chi bộ.")
    assert text.with_file_copy(()) == ("Lưu Chi bộ.",)


def test_markup_normalises_and_escapes() -> None:
    decomposed = unicodedata.normalize("NFD", "Hường <b> & Đức")
    assert text.markup(decomposed) == "Hường &lt;b&gt; &amp; Đức"
    assert unicodedata.is_normalized("NFC", text.markup(decomposed))


def test_importing_printing_does_not_load_reportlab() -> None:
    code = ("import sys, partydesk.services.printing as p, partydesk.services.printing.model, "
            "partydesk.services.printing.minutes, partydesk.services.printing.lists, "
            "partydesk.services.printing.resolution, partydesk.services.printing.documents; "
            "print('reportlab' in sys.modules)")
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(p for p in sys.path if p)}
    out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True,
                         text=True, env=env).stdout
    assert out.strip() == "False"
