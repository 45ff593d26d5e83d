"""The shipped rule file holds every meetings/votes/documents rule the code reads."""

from __future__ import annotations

from datetime import date

import pytest

from partydesk.domain.meetings import MIN_MINUTES_RULES, THEMATIC_PER_QUARTER_RULE
from partydesk.domain.numbering import DOCUMENT_TYPES_RULE, NOT_ISSUED_BY_CELLS, DocumentType
from partydesk.domain.votes import DecisionKind, Threshold, threshold_rule_key
from partydesk.services.setup.rulebook import default_rulebook

RULES = default_rulebook()
KEYS_READ = sorted({
    *MIN_MINUTES_RULES.values(),
    THEMATIC_PER_QUARTER_RULE,
    DOCUMENT_TYPES_RULE,
    *(threshold_rule_key(kind) for kind in DecisionKind),
})


@pytest.mark.parametrize("key", KEYS_READ)
@pytest.mark.parametrize("on", [date(2026, 2, 5), date.today()], ids=["2026-02-05", "today"])
def test_every_key_the_code_reads_is_in_force(key: str, on: date) -> None:
    rule = RULES.rule(key, on)
    assert rule.source.strip()
    assert rule.confirmed or rule.note.strip(), "an unconfirmed value must say what is uncertain"


@pytest.mark.parametrize("kind", list(DecisionKind))
def test_every_threshold_is_a_valid_fraction(kind: DecisionKind) -> None:
    for version in RULES.history(threshold_rule_key(kind)):
        Threshold.from_rule(version.value)


@pytest.mark.parametrize(("kind", "expected"), [
    pytest.param(DecisionKind.ORDINARY, Threshold(1, 2, strict=True), id="ordinary-more-than-half"),
    pytest.param(DecisionKind.ADMISSION, Threshold(2, 3, strict=False), id="admission-two-thirds"),
    pytest.param(DecisionKind.CONVERSION_OFFICIAL, Threshold(2, 3, strict=False),
                 id="conversion-two-thirds"),
    pytest.param(DecisionKind.REMOVAL_PROBATIONARY, Threshold(2, 3, strict=False),
                 id="removal-of-probationer-two-thirds"),
])
def test_thresholds_the_charter_sets(kind: DecisionKind, expected: Threshold) -> None:
    rule = RULES.rule(threshold_rule_key(kind), date(2026, 2, 5))
    assert Threshold.from_rule(rule.value) == expected
    assert rule.confirmed


def test_document_types_in_the_rule_file_match_the_codes_the_code_knows() -> None:
    entries = RULES.value(DOCUMENT_TYPES_RULE, date(2026, 2, 5))
    issued = {e["code"] for e in entries if e["cell_may_issue"]}
    refused = {e["code"] for e in entries if not e["cell_may_issue"]}
    assert issued == {t.value for t in DocumentType}
    assert refused == NOT_ISSUED_BY_CELLS
    assert all(e["name"].strip() for e in entries)
