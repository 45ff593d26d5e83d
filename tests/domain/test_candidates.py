"""check_candidate_admission: certificate, sponsors, age, each refusal naming its rule."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from partydesk.domain.candidates import Candidate, Sponsor, check_candidate_admission
from partydesk.domain.errors import RuleViolation
from partydesk.domain.member_state import derive_state
from tests.domain.member_histories import OFFICIAL, PROBATIONER, RULES, VETERAN

D = date
AS_OF = D(2024, 6, 3)
STATES = {
    "official": derive_state(OFFICIAL, AS_OF, RULES),
    "veteran": derive_state(VETERAN, AS_OF, RULES),
    "probationer": derive_state(PROBATIONER, D(2022, 9, 1), RULES),
}
GOOD = Candidate(
    full_name="Lò Thị Mai",
    birth_date=D(2000, 2, 10),
    awareness_certificate_on=D(2023, 11, 20),
    sponsors=(Sponsor("official", 24), Sponsor("veteran", 12)),
    application_on=D(2024, 3, 1),
    cell_resolution_on=D(2024, 5, 6),
)
OK = None

CASES = [
    ("admission.sponsors_required-two-official", GOOD, OK),
    ("admission.sponsors_required-one-probationer",
     replace(GOOD, sponsors=(Sponsor("official", 24), Sponsor("probationer", 24))),
     "admission.sponsors_required"),
    ("admission.sponsors_required-unknown-sponsor",
     replace(GOOD, sponsors=(Sponsor("official", 24), Sponsor("nobody", 24))),
     "admission.sponsors_required"),
    ("admission.sponsors_required-same-sponsor-twice",
     replace(GOOD, sponsors=(Sponsor("official", 24), Sponsor("official", 24))),
     "admission.sponsors_required"),
    ("admission.sponsor_months_together-11-months",
     replace(GOOD, sponsors=(Sponsor("official", 24), Sponsor("veteran", 11))),
     "admission.sponsors_required"),
    ("admission.sponsors_required_youth_union-one-sponsor",
     replace(GOOD, sponsors=(Sponsor("official", 24),), youth_union_resolution_on=D(2024, 4, 1)),
     OK),
    ("admission.sponsors_required_youth_union-no-sponsor",
     replace(GOOD, sponsors=(), youth_union_resolution_on=D(2024, 4, 1)),
     "admission.sponsors_required_youth_union"),
    ("awareness_certificate.valid_months-last-valid-day",
     replace(GOOD, awareness_certificate_on=D(2019, 6, 3)), OK),
    ("awareness_certificate.valid_months-expired",
     replace(GOOD, awareness_certificate_on=D(2019, 6, 2)), "awareness_certificate.valid_months"),
    ("awareness_certificate.valid_months-missing",
     replace(GOOD, awareness_certificate_on=None), "awareness_certificate.valid_months"),
    ("admission.min_age_months-17", replace(GOOD, birth_date=D(2006, 7, 1)),
     "admission.min_age_months"),
    ("admission.max_age_months-61", replace(GOOD, birth_date=D(1963, 5, 1)),
     "admission.max_age_months"),
    ("admission.min_age_months-unknown-birth-date", replace(GOOD, birth_date=None),
     "admission.min_age_months"),
]


@pytest.mark.parametrize(("candidate", "rule"), [c[1:] for c in CASES],
                         ids=[c[0] for c in CASES])
def test_candidate_admission(candidate, rule):
    if rule is OK:
        check_candidate_admission(candidate, STATES, AS_OF, RULES)
    else:
        with pytest.raises(RuleViolation) as refused:
            check_candidate_admission(candidate, STATES, AS_OF, RULES)
        assert refused.value.rule == rule


def test_expired_certificate_message_gives_both_dates():
    with pytest.raises(RuleViolation) as refused:
        check_candidate_admission(replace(GOOD, awareness_certificate_on=D(2019, 1, 7)), STATES,
                                  AS_OF, RULES)
    assert "07/01/2019" in str(refused.value)
    assert "07/01/2024" in str(refused.value)
