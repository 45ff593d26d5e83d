"""Numbers the Vietnamese way and the grading rules, as the issue states them."""

from __future__ import annotations

from datetime import date

import pytest

from partydesk.domain.events import GradingLevel
from partydesk.domain.grading import level_for_score, outstanding_limit, score_fits
from partydesk.domain.statistics import membership_on
from partydesk.domain.vnnumbers import achieved_text, percent_text, share, thousands
from partydesk.services.setup.rulebook import default_rulebook


@pytest.mark.parametrize(("count", "target", "text"), [
    (853, 805, "853 (đạt 105,96 %)"), (424, 750, "424 (đạt 56,53 %)"),
    (22551, 20000, "22.551 (đạt 112,76 %)"), (5, None, "5")])
def test_admissions_against_target_print_the_vietnamese_way(count, target, text):
    assert achieved_text(count, target) == text


def test_shares_round_half_up_with_a_decimal_comma():
    assert percent_text(share(1, 8)) == "12,50 %"          # 12.5 exactly
    assert percent_text(share(1, 6)) == "16,67 %"          # 16.666…
    assert percent_text(share(2, 3)) == "66,67 %"
    assert percent_text(share(1, 400)) == "0,25 %"
    assert percent_text(share(1, 0)) == "–"
    assert thousands(22551) == "22.551" and thousands(1234567) == "1.234.567"


def test_scores_fall_in_the_levels_of_the_year():
    rules = default_rulebook()
    assert level_for_score(90, 2026, rules) is GradingLevel.OUTSTANDING
    assert level_for_score(89, 2026, rules) is GradingLevel.GOOD
    assert level_for_score(50, 2026, rules) is GradingLevel.COMPLETED
    assert level_for_score(49, 2026, rules) is GradingLevel.NOT_COMPLETED
    assert not score_fits(95, GradingLevel.GOOD, 2026, rules)


def test_outstanding_is_at_most_a_fifth_of_good():
    rules = default_rulebook()
    ok = outstanding_limit({GradingLevel.OUTSTANDING: 6, GradingLevel.GOOD: 30}, 2026, rules)
    over = outstanding_limit({GradingLevel.OUTSTANDING: 7, GradingLevel.GOOD: 30}, 2026, rules)
    assert (ok.allowed, ok.breached, over.breached) == (6, False, True)


def test_membership_and_party_age_follow_the_events():
    events = [("admission_decision", date(2000, 3, 1)), ("conversion_official", date(2001, 3, 5)),
              ("removal", date(2010, 3, 1)), ("readmission", date(2015, 3, 1))]
    assert membership_on(events, date(2012, 1, 1)) == (False, 120)
    assert membership_on(events, date(2016, 3, 1)) == (True, 132)
    on_probation = [("admission_decision", date(2000, 3, 1)), ("removal", date(2000, 9, 1))]
    assert membership_on(on_probation, date(2005, 1, 1)) == (False, 0)
