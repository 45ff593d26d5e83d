"""valid_actions: the buttons a secretary sees for a member on a given day."""

from __future__ import annotations

from datetime import date

import pytest

from partydesk.domain.events import EventKind as K
from partydesk.domain.lifecycle import CheckContext, check_new_event, valid_actions
from tests.domain.member_histories import (
    AWAITING_CEREMONY,
    AWAY,
    DECEASED,
    EXEMPT,
    LEFT,
    OFFICIAL,
    PROBATIONER,
    RULES,
    TRANSFERRED_OUT,
    VETERAN,
    event,
)

D = date

# Actions open to any current member who is on the register and present.
CURRENT = {K.TRANSFER_OUT_OFFICIAL, K.TRANSFER_OUT_TEMPORARY, K.TRANSFER_IN_TEMPORARY,
           K.EXEMPTION_START, K.DISCIPLINE, K.REMOVAL, K.LEFT_PARTY, K.DEATH, K.YEARLY_GRADING}
OFFICIAL_ONLY = {K.EXPULSION, K.CARD_ISSUED}

CASES = [
    ("new-person", [], D(2022, 3, 1), {K.ADMISSION_DECISION}),
    ("awaiting-ceremony-in-time", AWAITING_CEREMONY, D(2022, 4, 12),
     CURRENT | {K.ADMISSION_CEREMONY}),
    ("awaiting-ceremony-too-late", AWAITING_CEREMONY, D(2022, 4, 13), CURRENT),
    ("probation-running", PROBATIONER, D(2023, 3, 14), CURRENT),
    ("probation-served", PROBATIONER, D(2023, 3, 15), CURRENT | {K.CONVERSION_OFFICIAL}),
    ("official", OFFICIAL, D(2024, 6, 1), CURRENT | OFFICIAL_ONLY),
    ("official-badge-due", VETERAN, D(2024, 5, 10),
     CURRENT | OFFICIAL_ONLY | {K.BADGE_AWARDED}),
    ("official-badge-not-yet-due", VETERAN, D(2024, 5, 9), CURRENT | OFFICIAL_ONLY),
    ("exempt", EXEMPT, D(2024, 6, 1),
     (CURRENT - {K.EXEMPTION_START}) | OFFICIAL_ONLY | {K.EXEMPTION_END}),
    ("temporarily-away", AWAY, D(2024, 6, 1),
     (CURRENT - {K.TRANSFER_OUT_TEMPORARY, K.TRANSFER_IN_TEMPORARY})
     | OFFICIAL_ONLY | {K.RETURN_FROM_TEMPORARY}),
    ("transferred-out", TRANSFERRED_OUT, D(2024, 6, 1), {K.TRANSFER_IN_OFFICIAL}),
    ("left-within-36-months", LEFT, D(2026, 1, 1), set()),
    ("left-36-months-ago", LEFT, D(2027, 1, 10), {K.READMISSION}),
    ("deceased", DECEASED, D(2024, 6, 1), set()),
    ("deceased-at-29-years", [*VETERAN, event(K.DEATH, D(2023, 6, 1))], D(2023, 9, 1),
     {K.BADGE_AWARDED}),
]


@pytest.mark.parametrize(("history", "today", "expected"), [c[1:] for c in CASES],
                         ids=[c[0] for c in CASES])
def test_valid_actions(history, today, expected):
    assert set(valid_actions(history, today, RULES)) == expected


def test_actions_come_in_a_stable_order():
    assert valid_actions(OFFICIAL, D(2024, 6, 1), RULES) == [
        kind for kind in K if kind in CURRENT | OFFICIAL_ONLY]


def test_gravely_ill_member_sees_the_badge_a_year_early():
    assert K.BADGE_AWARDED in valid_actions(VETERAN, D(2023, 5, 10), RULES,
                                            context=CheckContext(gravely_ill=True))


DETAIL_FREE = [K.ADMISSION_CEREMONY, K.CONVERSION_OFFICIAL, K.TRANSFER_OUT_OFFICIAL,
               K.TRANSFER_OUT_TEMPORARY, K.TRANSFER_IN_OFFICIAL, K.RETURN_FROM_TEMPORARY,
               K.EXEMPTION_START, K.EXEMPTION_END, K.REMOVAL, K.EXPULSION, K.LEFT_PARTY, K.DEATH]


@pytest.mark.parametrize(("history", "today"), [c[1:3] for c in CASES],
                         ids=[c[0] for c in CASES])
def test_every_offered_action_is_accepted(history, today):
    for kind in valid_actions(history, today, RULES):
        if kind in DETAIL_FREE:
            check_new_event(history, event(kind, today), RULES)
