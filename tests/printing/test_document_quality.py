"""PDF quality and content of every document kind printed from the demo registers.

qpdf --check, only embedded fonts (no Helvetica reference), XMP metadata in
Vietnamese, every name given back exactly by pdftotext (NFC), vote lines with
their denominator and percentage, namesakes told apart, amendments signed.
"""

from __future__ import annotations

import re
import subprocess
import unicodedata

import pytest

from partydesk.services.printing.catalogue import KINDS
from tests.printing.registers import SIZES

CASES = [(size, kind) for size in SIZES for kind in KINDS]
VOTE = re.compile(r"Kết quả: (\d+)/(\d+) đồng chí tán thành, đạt (\d+,\d\d) %; "
                  r"(thông qua|không thông qua)\.")


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def squeeze(text: str) -> str:
    return " ".join(nfc(text).split())


@pytest.fixture(params=CASES, ids=[f"{s}-{k}" for s, k in CASES])
def case(request, printed_documents):
    size, kind = request.param
    register = printed_documents[size]
    return KINDS[kind], register, register.pdfs[kind]


def test_valid_pdf_with_only_embedded_fonts_and_xmp(case, pdf):
    _, _, path = case
    pdf.assert_valid(path)
    fonts = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True,
                           check=True).stdout.splitlines()[2:]
    assert fonts and all(" yes yes yes " in line for line in fonts), fonts
    assert not any("Helvetica" in line for line in fonts)
    meta = subprocess.run(["pdfinfo", "-meta", str(path)], capture_output=True, text=True,
                          check=True).stdout
    for part in ("<dc:title>", "<dc:creator>", "<rdf:li>vi-VN</rdf:li>", "<xmp:CreateDate>"):
        assert part in meta
    assert pdf.info(path)["Title"]


def expected_names(kind: str, register) -> list[str]:
    if kind == "members":
        return register.active
    if kind == "member-book":
        return [n for n in register.names if n != register.chair.split(" (")[0]]
    if kind in ("minutes", "signin"):
        return [register.chair]
    if kind == "grading":  # namesakes told apart in the list of members graded
        return [register.chair, "Nguyễn Văn Thắng"]
    if kind in ("notice", "resolution", "transfer-book", "transfer-letter", "dues-report",
                "dues-summary", "statistics"):
        return ["Nguyễn Văn Thắng"]
    return []


def test_every_name_comes_back_exactly(case, pdf):
    kind, register, path = case
    text = squeeze(pdf.text(path))
    for name in expected_names(kind.name, register):
        assert squeeze(name) in text, name


def test_minutes_votes_namesakes_and_signed_amendment(printed_documents, pdf):
    for register in printed_documents.values():
        text = squeeze(pdf.text(register.pdfs["minutes"]))
        votes = VOTE.findall(text)
        assert votes and text.count("Kết quả:") == len(votes)
        for votes_for, voters, share, _ in votes:
            assert share == f"{100 * int(votes_for) / int(voters):.2f}".replace(".", ",")
        assert f"Chủ trì: đồng chí {squeeze(register.chair)}" in text
        assert squeeze(register.chair) in squeeze(pdf.text(register.pdfs["signin"]))
        assert text.count("Ý kiến thứ") == 36
        amendment = text[text.index("ĐÍNH CHÍNH Ngày 20"):]
        assert "Ngày 20 tháng 02 năm 2026" in amendment
        assert "NGƯỜI ĐÍNH CHÍNH" in amendment and "T/M CHI BỘ BÍ THƯ" in amendment
        assert "thường kỳ" in text and "định kỳ" not in text and "Hội nghị" not in text
