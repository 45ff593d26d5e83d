"""Minutes: every fact of the meeting comes back out of the PDF, letter for letter."""

from __future__ import annotations

import dataclasses
import io
import unicodedata
from pathlib import Path

import pytest

from partydesk.services.printing import samples
from partydesk.services.printing.minutes import minutes_blocks, render_minutes
from partydesk.services.printing.model import Absence, Speech


def nfc(s: str) -> str:
    return unicodedata.normalize("NFC", s)


@pytest.fixture
def doc():
    return samples.minutes()


@pytest.fixture
def printed(doc, tmp_path: Path, pdf) -> str:
    out = tmp_path / "bien-ban.pdf"
    render_minutes(doc, out)
    pdf.assert_valid(out)
    return pdf.text(out)


def test_header_lines_and_number(printed: str) -> None:
    for line in ("ĐẢNG BỘ XÃ HÒA BÌNH", "CHI BỘ THÔN ĐỒNG TÂM", "Số 05-BB/CB",
                 "ĐẢNG CỘNG SẢN VIỆT NAM", "Hòa Bình, ngày 05 tháng 02 năm 2026", "BIÊN BẢN",
                 "Sinh hoạt chi bộ thường kỳ tháng 02 năm 2026"):
        assert line in printed


def test_every_person_is_named_exactly(doc, printed: str) -> None:
    a = doc.attendance
    people = {doc.chair, doc.minute_taker, *(x.name for x in a.absent_with_reason),
              *a.absent_without_reason,
              *(s.speaker for item in doc.agenda for s in item.speeches)}
    for name in people:
        assert nfc(name) in printed, name


def test_attendance_report(doc, printed: str) -> None:
    assert "Tổng số đảng viên của chi bộ: 14 đồng chí (chính thức: 12, dự bị: 2)." in printed
    assert "Đảng viên sinh hoạt tạm thời tại chi bộ: 1 đồng chí." in printed
    assert "miễn công tác và sinh hoạt đảng: 1 đồng chí." in printed
    assert "chuyển sinh hoạt tạm thời đi nơi khác: 1 đồng chí." in printed
    assert "Có mặt: 12 đồng chí (chính thức: 9, dự bị: 2, sinh hoạt tạm thời: 1)." in printed
    assert "Vắng mặt có lý do: 2 đồng chí:" in printed
    for x in doc.attendance.absent_with_reason:
        assert f"Đồng chí {x.name}: {x.reason}" in printed
    absent = doc.attendance.absent_without_reason[0]
    assert f"Vắng mặt không có lý do: 1 đồng chí: đồng chí {absent}." in printed


def test_votes_counts_thresholds_and_results(doc, printed: str) -> None:
    for v in doc.votes:
        assert (f"Tán thành: {v.votes_for} đồng chí; không tán thành: {v.votes_against} "
                f"đồng chí; không biểu quyết: {v.abstain} đồng chí.") in printed
        assert f"Điều kiện thông qua: {v.threshold}." in printed
    assert "Kết quả: thông qua." in printed
    assert "Kết quả: không thông qua." in printed


def test_order_closing_and_amendment(doc, printed: str) -> None:
    marks = ["I. MỤC ĐÍCH, THÀNH PHẦN", "Thư ký: chủ trì cử đồng chí",
             "II. TÌNH HÌNH ĐẢNG VIÊN DỰ HỌP", "III. CHƯƠNG TRÌNH SINH HOẠT",
             "IV. NỘI DUNG SINH HOẠT", "Chủ trì kết luận:", "V. BIỂU QUYẾT", "VI. KẾT LUẬN",
             "Biên bản đã được đọc lại",
             "Buổi sinh hoạt kết thúc vào hồi 16 giờ 05 phút cùng ngày.",
             "THƯ KÝ", "CHỦ TRÌ", "ĐÍNH CHÍNH", "Ngày 12 tháng 02 năm 2026:"]
    positions = [printed.index(m) for m in marks]
    assert positions == sorted(positions)
    assert doc.amendments[0].text in printed


def test_three_page_minutes_has_three_numbered_pages(doc, tmp_path: Path, pdf) -> None:
    out = tmp_path / "m.pdf"
    render_minutes(doc, out)
    assert pdf.pages(out) == 3
    assert pdf.text(out, 1).split()[0] == "ĐẢNG"  # no number on the first page
    assert pdf.text(out, 2).split()[0] == "2"
    assert pdf.text(out, 3).split()[0] == "3"
    assert "A4" in pdf.info(out)["Page size"]


def test_decomposed_input_and_markup_characters_print_correctly(doc, tmp_path, pdf) -> None:
    chair = unicodedata.normalize("NFD", "Hoàng Thị Ánh")
    odd = Speech(unicodedata.normalize("NFD", "Lò Văn Páo"), "Thu nhập < 2 triệu & <b>không</b>")
    item = dataclasses.replace(doc.agenda[0], speeches=(odd,))
    attendance = dataclasses.replace(doc.attendance, absent_with_reason=(
        Absence("Đặng Văn Đức", "ốm"),))
    doc = dataclasses.replace(doc, chair=chair, agenda=(item,), attendance=attendance)
    out = tmp_path / "m.pdf"
    render_minutes(doc, out)
    text = pdf.text(out)
    assert "Chủ trì: đồng chí Hoàng Thị Ánh, Bí thư chi bộ." in text
    assert "Đồng chí Lò Văn Páo: Thu nhập < 2 triệu & <b>không</b>" in text
    assert "Đồng chí Đặng Văn Đức: ốm." in text


def test_writes_to_a_binary_file_object(doc) -> None:
    buffer = io.BytesIO()
    render_minutes(doc, buffer)
    assert buffer.getvalue().startswith(b"%PDF-")


def test_blocks_without_votes_or_conclusion_skip_those_sections(doc) -> None:
    blocks = minutes_blocks(dataclasses.replace(doc, votes=(), conclusion=()))
    headings = [t for style, t in blocks if style == "heading"]
    assert headings[-1] == "IV. NỘI DUNG SINH HOẠT"
    assert blocks[-1][1].startswith("Buổi sinh hoạt kết thúc")
