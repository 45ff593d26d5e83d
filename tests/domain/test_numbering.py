"""Document numbers "05-NQ/CB": per type, over the term, only types a cell may issue."""

from __future__ import annotations

import unicodedata
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from partydesk.domain.errors import PartyDeskError, RuleViolation
from partydesk.domain.numbering import (
    DocumentNumber,
    DocumentType,
    document_type_name,
    format_number,
    next_number,
    parse_number,
)
from partydesk.services.setup.rulebook import default_rulebook


@pytest.mark.parametrize(("seq", "code", "issuer", "expected"), [
    pytest.param(1, "NQ", "CB", "01-NQ/CB", id="first-resolution-two-digits"),
    pytest.param(5, "BB", "CB", "05-BB/CB", id="minutes-padded-to-two-digits"),
    pytest.param(12, "BC", "CB", "12-BC/CB", id="two-digit-number-unchanged"),
    pytest.param(123, "TB", "CB", "123-TB/CB", id="three-digit-number-unchanged"),
    pytest.param(3, "QĐ", "CB", "03-QĐ/CB", id="decision-code-with-đ"),
    pytest.param(2, "CTr", "CB", "02-CTr/CB", id="mixed-case-code-kept"),
    pytest.param(7, "ĐA", "CBĐT", "07-ĐA/CBĐT", id="own-issuer-code"),
])
def test_format_number(seq: int, code: str, issuer: str, expected: str) -> None:
    assert format_number(seq, code, issuer) == expected


def test_issuer_defaults_to_cb() -> None:
    assert format_number(4, DocumentType.KH) == "04-KH/CB"


@pytest.mark.parametrize(("seq", "code", "issuer"), [
    pytest.param(1, "QĐi", "CB", id="cell-issues-no-regulations"),
    pytest.param(1, "HD", "CB", id="cell-issues-no-guidance"),
    pytest.param(1, "CT", "CB", id="cell-issues-no-directives"),
    pytest.param(1, "XX", "CB", id="unknown-type-code"),
    pytest.param(1, "nq", "CB", id="codes-are-case-sensitive"),
    pytest.param(0, "NQ", "CB", id="numbers-start-at-01"),
    pytest.param(1, "NQ", "C B", id="issuer-is-one-word"),
    pytest.param(1, "NQ", "", id="issuer-required"),
])
def test_format_refuses(seq: int, code: str, issuer: str) -> None:
    with pytest.raises(RuleViolation):
        format_number(seq, code, issuer)


def test_refused_type_names_the_rule() -> None:
    with pytest.raises(RuleViolation) as refused:
        format_number(1, "CT")
    assert refused.value.rule == "documents.types"


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("05-NQ/CB", DocumentNumber(5, "NQ", "CB"), id="bare-number"),
    pytest.param("Số 05-NQ/CB", DocumentNumber(5, "NQ", "CB"), id="with-so-prefix"),
    pytest.param("Số: 01-BC/CB", DocumentNumber(1, "BC", "CB"), id="with-so-colon"),
    pytest.param(unicodedata.normalize("NFD", "Số 03-QĐ/CB"), DocumentNumber(3, "QĐ", "CB"),
                 id="decomposed-unicode-is-normalised"),
    pytest.param("  112-TTr/CB ", DocumentNumber(112, "TTr", "CB"), id="spaces-around"),
    pytest.param("02-HD/ĐU", DocumentNumber(2, "HD", "ĐU"), id="reads-higher-committee-numbers"),
])
def test_parse_number(text: str, expected: DocumentNumber) -> None:
    assert parse_number(text) == expected


@pytest.mark.parametrize("text", [
    pytest.param("", id="empty"),
    pytest.param("05NQ/CB", id="missing-hyphen"),
    pytest.param("05-NQ", id="missing-issuer"),
    pytest.param("NQ-05/CB", id="code-before-number"),
    pytest.param("00-NQ/CB", id="number-zero"),
    pytest.param("05-N Q/CB", id="space-in-code"),
])
def test_parse_refuses_what_is_not_a_number(text: str) -> None:
    with pytest.raises(PartyDeskError):
        parse_number(text)


TERM = ["01-NQ/CB", "01-BB/CB", "02-NQ/CB", "02-BB/CB", "01-BC/CB", "03-BB/CB"]


@pytest.mark.parametrize(("existing", "code", "expected"), [
    pytest.param([], "NQ", 1, id="new-term-starts-at-01"),
    pytest.param(TERM, "NQ", 3, id="numbers-run-per-type-resolutions"),
    pytest.param(TERM, "BB", 4, id="numbers-run-per-type-minutes"),
    pytest.param(TERM, "BC", 2, id="numbers-run-per-type-reports"),
    pytest.param(TERM, "KH", 1, id="first-of-a-type-in-the-term"),
    pytest.param(["01-NQ/CB", "03-NQ/CB"], "NQ", 4, id="a-withdrawn-number-is-not-reused"),
    pytest.param(["Số 09-NQ/CB", DocumentNumber(10, "NQ")], "NQ", 11, id="mixed-inputs"),
    pytest.param(["05-QĐ/CB"], unicodedata.normalize("NFD", "QĐ"), 6, id="code-normalised"),
])
def test_next_number(existing: list, code: str, expected: int) -> None:
    assert next_number(existing, code) == expected


def test_next_number_refuses_types_a_cell_does_not_issue() -> None:
    with pytest.raises(RuleViolation):
        next_number(TERM, "QĐi")


def test_next_number_refuses_a_garbled_number_in_the_term() -> None:
    with pytest.raises(PartyDeskError):
        next_number(["01-NQ/CB", "NQ 2"], "NQ")


@pytest.mark.parametrize(("code", "name"), [
    pytest.param("NQ", "nghị quyết", id="resolution"),
    pytest.param("BB", "biên bản", id="minutes"),
    pytest.param("QĐ", "quyết định", id="decision"),
    pytest.param("ĐA", "đề án", id="project"),
])
def test_document_type_name_comes_from_the_rule_file(code: str, name: str) -> None:
    assert document_type_name(code, default_rulebook(), date(2026, 2, 5)) == name


@given(st.integers(1, 9999), st.sampled_from(list(DocumentType)))
def test_a_formatted_number_reads_back(seq: int, code: DocumentType) -> None:
    assert parse_number(format_number(seq, code)) == DocumentNumber(seq, code.value, "CB")


@given(st.lists(st.tuples(st.integers(1, 99), st.sampled_from(list(DocumentType)))),
       st.sampled_from(list(DocumentType)))
def test_next_number_is_unused_and_after_every_number_of_its_type(
        issued: list[tuple[int, DocumentType]], code: DocumentType) -> None:
    existing = [format_number(seq, kind) for seq, kind in issued]
    chosen = next_number(existing, code)
    assert format_number(chosen, code) not in existing
    assert all(chosen > seq for seq, kind in issued if kind is code)
