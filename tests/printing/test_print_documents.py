"""Resolution, notice, sign-in sheet and member list read back from the PDF."""

from __future__ import annotations

import unicodedata
from pathlib import Path

from partydesk.services.printing import samples
from partydesk.services.printing.lists import render_member_list, render_signin
from partydesk.services.printing.resolution import render_notice, render_resolution

HEADER = ("ĐẢNG BỘ XÃ HÒA BÌNH", "CHI BỘ THÔN ĐỒNG TÂM", "ĐẢNG CỘNG SẢN VIỆT NAM")


def nfc(s: str) -> str:
    return unicodedata.normalize("NFC", s)


def test_resolution(tmp_path: Path, pdf) -> None:
    doc = samples.resolution()
    out = tmp_path / "nq.pdf"
    render_resolution(doc, out)
    pdf.assert_valid(out)
    text = pdf.text(out)
    for line in (*HEADER, "Số 05-NQ/CB", "Hòa Bình, ngày 06 tháng 02 năm 2026", "NGHỊ QUYẾT",
                 "về phương hướng, nhiệm vụ tháng 02 năm 2026", "QUYẾT NGHỊ:", "T/M CHI BỘ",
                 "BÍ THƯ", "Nơi nhận:", "thu nhập < 2 triệu đồng/tháng & hộ cận nghèo"):
        assert line in text, line
    for line in doc.preamble:
        assert line in text
    for task in doc.tasks:
        assert nfc(task.assignee) in text
    assert "trong chi bộ để thực hiện./." in text
    assert text.rstrip().endswith(nfc(doc.signer.name))
    recipients = text[text.index("Nơi nhận:"):text.index("T/M CHI BỘ")]
    assert recipients.rstrip().endswith("- Lưu Chi bộ.")
    assert recipients.count("Lưu Chi bộ") == 1


def test_notice(tmp_path: Path, pdf) -> None:
    doc = samples.notice()
    out = tmp_path / "tb.pdf"
    render_notice(doc, out)
    pdf.assert_valid(out)
    text = pdf.text(out)
    for line in (*HEADER, "Số 07-TB/CB", "Hòa Bình, ngày 25 tháng 02 năm 2026", "THÔNG BÁO",
                 "1. Thời gian: 14 giờ 00 phút, thứ Năm, ngày 05 tháng 03 năm 2026.",
                 "2. Địa điểm: Nhà văn hóa thôn Đồng Tâm.", "3. Nội dung:",
                 "4. Thành phần: Toàn thể đảng viên trong chi bộ.", "đúng giờ./.",
                 "- Lưu Chi bộ.", nfc(doc.signer.name)):
        assert line in text, line
    for item in doc.agenda:
        assert nfc(item) in text


def test_signin_sheet(tmp_path: Path, pdf) -> None:
    sheet = samples.signin(40)
    out = tmp_path / "ky.pdf"
    render_signin(sheet, out)
    pdf.assert_valid(out)
    text = pdf.text(out)
    for line in (*HEADER, "DANH SÁCH ĐẢNG VIÊN DỰ HỌP", "Ngày 05 tháng 02 năm 2026",
                 "Ký tên", "Tổng số: 40 đồng chí."):
        assert line in text, line
    for row in sheet.rows:
        assert f"{row.number} {nfc(row.full_name)} {row.kind}" in text
    assert pdf.pages(out) > 1
    assert pdf.text(out, 2).count("Họ và tên") == 1  # headings repeated on page 2


def test_member_list_is_landscape_and_complete(tmp_path: Path, pdf) -> None:
    doc = samples.member_list(120)
    out = tmp_path / "ds.pdf"
    render_member_list(doc, out)
    pdf.assert_valid(out)
    width, height = (float(x) for x in pdf.info(out)["Page size"].split()[0:3:2])
    assert width > height
    text = pdf.text(out)
    for line in (*HEADER, "DANH SÁCH ĐẢNG VIÊN", "Tính đến ngày 05 tháng 02 năm 2026",
                 "Họ và tên", "Ngày sinh", "Dân tộc", "Tôn giáo", "Quê quán", "Ghi chú"):
        assert line in text, line
    for row in doc.rows:
        assert nfc(row.full_name) in text, row.full_name
        assert row.card_number in text
    pages = pdf.pages(out)
    assert pages > 2
    assert "Họ và tên" in pdf.text(out, pages)
    assert nfc(doc.rows[-1].full_name) in pdf.text(out, pages)
