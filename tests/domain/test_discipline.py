from __future__ import annotations

from datetime import date

import pytest

from partydesk.domain.discipline import (
    DecidingBody,
    Deferral,
    appeal_deadline,
    decision_event,
    decision_of,
    deferral_cases,
    deferral_still_open,
)
from partydesk.domain.errors import RuleViolation
from partydesk.services.setup.rulebook import default_rulebook

RULES = default_rulebook()


def test_a_discipline_keeps_its_reason_decision_and_deciding_body():
    event = decision_event(date(2026, 3, 10), "warning", "Vi phạm quy định nêu gương",
                           "05-QĐ/ĐU", date(2026, 3, 8), DecidingBody.HIGHER_COMMITTEE)
    decision = decision_of(event)
    assert (decision.reason, decision.decision_number, decision.decided_on,
            decision.deciding_body) == ("Vi phạm quy định nêu gương", "05-QĐ/ĐU",
                                        date(2026, 3, 8), "higher_committee")
    assert appeal_deadline(event, RULES) == date(2026, 4, 7)          # 30 days, from rules


@pytest.mark.parametrize("reason,number", [("", "05-QĐ/ĐU"), ("Vi phạm", " ")])
def test_an_incomplete_decision_is_refused(reason, number):
    with pytest.raises(RuleViolation):
        decision_event(date(2026, 3, 10), "warning", reason, number, date(2026, 3, 8), "cell")


def test_deferral_cases_are_rules_and_a_later_decision_closes_one():
    assert deferral_cases(RULES, date(2026, 1, 1)) == [
        "pregnancy", "nursing_child_under_12_months", "hospital"]
    deferral = Deferral("d", "m", "hospital", date(2026, 1, 1), date(2026, 3, 1))
    later = decision_event(date(2026, 3, 5), "reprimand", "x", "1", date(2026, 3, 5), "cell")
    assert deferral_still_open(deferral, [])
    assert not deferral_still_open(deferral, [later])
