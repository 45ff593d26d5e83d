"""The layout rules of issue 13, measured in the PDF of every document kind.

Every kind in ``services/printing/catalogue.KINDS`` is printed from demo registers
of 5, 60 and 500 members (built once per session, with a signed meeting of many
speakers, a namesake chair and an amendment) and measured with pdfplumber.
"""

from __future__ import annotations

import re

import pdfplumber
import pytest

from partydesk.services.printing.catalogue import KINDS
from tests.printing.pdf_measure import TOP, all_lines, measure
from tests.printing.registers import SIZES

CASES = [(size, kind) for size in SIZES for kind in KINDS]
SIGNATURE = re.compile(r"^(T/M |THƯ KÝ|NGƯỜI ĐÍNH CHÍNH)")
HEADING = re.compile(r"^([IVX]+\.|\d+\.) \S")
CODE = re.compile(r"Mã xác thực: [0-9A-Z]{5}-[0-9A-Z]{5}")


@pytest.fixture(params=CASES, ids=[f"{s}-{k}" for s, k in CASES])
def case(request, printed_documents):
    size, kind = request.param
    return KINDS[kind], printed_documents[size].pdfs[kind]


def test_signature_shares_its_page_with_the_text_before_it(case):
    kind, pdf = case
    if not kind.signed:
        pytest.skip("no signature block")
    blocks = 0
    for page in measure(pdf):
        for line in page.lines:
            if line.bold and SIGNATURE.match(line.text):
                blocks += 1
                above = [x for x in page.lines if x.top < line.top and not x.bold]
                assert above, f"signature alone on page {page.number}: {line.text}"
    assert blocks


def test_no_heading_at_the_foot_of_a_page(case):
    _, pdf = case
    for page in measure(pdf)[:-1]:
        last = page.lines[-1]
        assert not (last.bold and HEADING.match(last.text)), (page.number, last.text)


def test_no_page_more_than_a_quarter_empty_before_the_end(case):
    _, pdf = case
    for page in measure(pdf)[:-1]:
        assert page.empty_fraction <= 0.25, (page.number, round(page.empty_fraction, 2))


def test_sizes_of_hd36_and_page_numbers_from_page_two(case):
    _, pdf = case
    with pdfplumber.open(pdf) as document:
        [party] = document.pages[0].search("ĐẢNG CỘNG SẢN VIỆT NAM")
        assert {round(c["size"]) for c in party["chars"] if c["text"].strip()} == {15}
        assert all("Bold" in c["fontname"] for c in party["chars"] if c["text"].strip())
    margin = [ln for ln in all_lines(pdf) if ln.bottom < TOP]
    numbers = {ln.page: ln.text for ln in margin if ln.text.isdigit()}
    pages = len(measure(pdf))
    assert numbers == {n: str(n) for n in range(2, pages + 1)}


def test_signed_records_carry_their_code_on_every_page(case):
    kind, pdf = case
    lines = all_lines(pdf)
    codes = {m.group(0) for ln in lines for m in [CODE.search(ln.text)] if m}
    pages_with_code = {ln.page for ln in lines if CODE.search(ln.text)}
    if kind.record:
        assert len(codes) == 1 and pages_with_code == set(range(1, len(measure(pdf)) + 1))
    else:
        assert not codes
