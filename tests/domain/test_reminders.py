"""Overview reminders: conversions, ceremonies, badges, expiring certificates."""

from __future__ import annotations

from datetime import date

import pytest

from partydesk.domain.candidates import Candidate
from partydesk.domain.events import EventKind as K
from partydesk.domain.events import badge_event
from partydesk.domain.reminders import (
    badges_due,
    ceremonies_due,
    certificates_expiring,
    conversions_due,
)
from tests.domain.member_histories import (
    AWAITING_CEREMONY,
    OFFICIAL,
    PROBATION_ENDS,
    PROBATIONER,
    RULES,
    VETERAN,
    event,
)

D = date
WINDOW_END = D(2023, 4, 26)  # 30 working days after 15/03/2023

CONVERSION_CASES = [
    ("not-yet", PROBATIONER, D(2023, 3, 14), 0, None),
    ("coming-within-lookahead", PROBATIONER, D(2023, 3, 1), 14, False),
    ("due-on-probation-end", PROBATIONER, PROBATION_ENDS, 0, False),
    ("due-last-day-of-window", PROBATIONER, WINDOW_END, 0, False),
    ("overdue-after-window", PROBATIONER, D(2023, 4, 27), 0, True),
    ("official-not-listed", OFFICIAL, D(2023, 4, 1), 0, None),
    ("no-ceremony-not-listed", AWAITING_CEREMONY, D(2023, 4, 1), 0, None),
    ("removed-not-listed", [*PROBATIONER, event(K.REMOVAL, D(2023, 3, 20))],
     D(2023, 4, 1), 0, None),
]


@pytest.mark.parametrize(("history", "today", "within_days", "overdue"),
                         [c[1:] for c in CONVERSION_CASES], ids=[c[0] for c in CONVERSION_CASES])
def test_conversions_due(history, today, within_days, overdue):
    reminders = conversions_due({"m1": history}, today, RULES, within_days=within_days)
    if overdue is None:
        assert reminders == []
    else:
        [reminder] = reminders
        assert (reminder.member_id, reminder.probation_ends_on) == ("m1", PROBATION_ENDS)
        assert reminder.window.end == WINDOW_END
        assert reminder.overdue is overdue


def test_members_not_yet_admitted_on_the_day_are_skipped():
    assert conversions_due({"m1": PROBATIONER}, D(2020, 1, 1), RULES) == []


def test_ceremonies_due_with_their_deadline():
    histories = {"m1": AWAITING_CEREMONY, "m2": PROBATIONER}
    [reminder] = ceremonies_due(histories, D(2022, 4, 13), RULES)
    assert (reminder.member_id, reminder.deadline, reminder.overdue) == ("m1", D(2022, 4, 12),
                                                                         True)


BADGE_CASES = [
    ("within-6-months", VETERAN, D(2024, 1, 1), 6, 30, False),
    ("not-within-3-months", VETERAN, D(2024, 1, 1), 3, None, None),
    ("overdue", VETERAN, D(2024, 9, 1), 3, 30, True),
    ("awarded-then-next-far-away", [*VETERAN, badge_event(D(2024, 5, 20), 30)],
     D(2024, 9, 1), 12, None, None),
    ("posthumous", [*VETERAN, event(K.DEATH, D(2023, 6, 1))], D(2023, 9, 1), 0, 30, True),
]


@pytest.mark.parametrize(("history", "today", "within_months", "years", "overdue"),
                         [c[1:] for c in BADGE_CASES], ids=[c[0] for c in BADGE_CASES])
def test_badges_due(history, today, within_months, years, overdue):
    reminders = badges_due({"m1": history}, today, RULES, within_months=within_months)
    if years is None:
        assert reminders == []
    else:
        [reminder] = reminders
        assert (reminder.badge.years, reminder.overdue) == (years, overdue)


def test_badges_due_soonest_first():
    younger = [event(K.ADMISSION_DECISION, D(1995, 1, 5)), event(K.ADMISSION_CEREMONY,
               D(1995, 1, 20)), event(K.CONVERSION_OFFICIAL, D(1996, 2, 1))]
    reminders = badges_due({"a": younger, "b": VETERAN}, D(2024, 1, 1), RULES, within_months=13)
    assert [r.member_id for r in reminders] == ["b", "a"]


CERTIFICATE = D(2020, 1, 15)  # valid until 15/01/2025

CERTIFICATE_CASES = [
    ("within-6-months", Candidate("A", awareness_certificate_on=CERTIFICATE), D(2024, 10, 1),
     6, False),
    ("not-within-3-months", Candidate("A", awareness_certificate_on=CERTIFICATE),
     D(2024, 10, 1), 3, None),
    ("last-valid-day", Candidate("A", awareness_certificate_on=CERTIFICATE), D(2025, 1, 15),
     0, False),
    ("expired", Candidate("A", awareness_certificate_on=CERTIFICATE), D(2025, 2, 1), 0, True),
    ("admitted-not-listed", Candidate("A", awareness_certificate_on=CERTIFICATE,
                                      admission_decision_on=D(2024, 6, 1)), D(2025, 2, 1),
     0, None),
    ("no-certificate-not-listed", Candidate("A"), D(2025, 2, 1), 0, None),
]


@pytest.mark.parametrize(("candidate", "today", "within_months", "expired"),
                         [c[1:] for c in CERTIFICATE_CASES],
                         ids=[c[0] for c in CERTIFICATE_CASES])
def test_certificates_expiring(candidate, today, within_months, expired):
    reminders = certificates_expiring([candidate], today, RULES, within_months=within_months)
    if expired is None:
        assert reminders == []
    else:
        [reminder] = reminders
        assert (reminder.expires_on, reminder.expired) == (D(2025, 1, 15), expired)
