"""derive_state: status, flags, party age, probation, conversion window, badges, card."""

from __future__ import annotations

from datetime import date

import pytest

from partydesk.domain.events import EventKind as K
from partydesk.domain.events import badge_event, card_event, discipline_event, grading_event
from partydesk.domain.member_state import (
    DateWindow,
    MemberStatus,
    NextBadge,
    PartyAge,
    derive_state,
)
from tests.domain.member_histories import (
    AWAITING_CEREMONY,
    AWAY,
    CEREMONY,
    DECEASED,
    DECIDED,
    EXEMPT,
    EXITED,
    EXPELLED,
    LEFT,
    OFFICIAL,
    PROBATION_ENDS,
    PROBATIONER,
    REMOVED,
    RULES,
    TRANSFERRED_OUT,
    VETERAN,
    VETERAN_DECIDED,
    event,
)

D = date
LATER = D(2025, 1, 1)

STATUS_CASES = [
    ("probationary-awaiting-ceremony", AWAITING_CEREMONY, MemberStatus.PROBATIONARY),
    ("probationary", PROBATIONER, MemberStatus.PROBATIONARY),
    ("official", OFFICIAL, MemberStatus.OFFICIAL),
    ("transferred_out", TRANSFERRED_OUT, MemberStatus.TRANSFERRED_OUT),
    ("removed", REMOVED, MemberStatus.REMOVED),
    ("expelled", EXPELLED, MemberStatus.EXPELLED),
    ("left", LEFT, MemberStatus.LEFT),
    ("deceased", DECEASED, MemberStatus.DECEASED),
    ("official-again-after-transfer-in",
     [*TRANSFERRED_OUT, event(K.TRANSFER_IN_OFFICIAL, D(2024, 3, 1))], MemberStatus.OFFICIAL),
    ("probationary-again-after-transfer-in",
     [*PROBATIONER, event(K.TRANSFER_OUT_OFFICIAL, D(2022, 6, 1)),
      event(K.TRANSFER_IN_OFFICIAL, D(2022, 7, 1))], MemberStatus.PROBATIONARY),
    ("probationary-after-readmission", [*LEFT, event(K.READMISSION, D(2027, 2, 1))],
     MemberStatus.PROBATIONARY),
]


@pytest.mark.parametrize(("history", "status"), [c[1:] for c in STATUS_CASES],
                         ids=[c[0] for c in STATUS_CASES])
def test_status(history, status):
    assert derive_state(history, D(2028, 1, 1), RULES).status is status


def test_status_is_as_of_the_date_asked():
    assert derive_state(REMOVED, D(2023, 12, 31), RULES).status is MemberStatus.OFFICIAL
    assert derive_state(REMOVED, EXITED, RULES).status is MemberStatus.REMOVED


def test_unsorted_events_give_the_same_state():
    assert derive_state(list(reversed(OFFICIAL)), LATER, RULES) == derive_state(
        OFFICIAL, LATER, RULES)


def test_no_state_before_the_admission_decision():
    with pytest.raises(ValueError, match="admission"):
        derive_state(OFFICIAL, D(2022, 2, 28), RULES)


FLAG_CASES = [
    ("exempt", EXEMPT, "exempt", True),
    ("exemption-ended", [*EXEMPT, event(K.EXEMPTION_END, D(2024, 6, 1))], "exempt", False),
    ("temporarily-away", AWAY, "temporarily_away", True),
    ("back-from-away", [*AWAY, event(K.RETURN_FROM_TEMPORARY, D(2024, 6, 1))],
     "temporarily_away", False),
    ("attending-temporarily", [*OFFICIAL, event(K.TRANSFER_IN_TEMPORARY, EXITED)],
     "temporarily_attending", True),
    ("official-transfer-clears-away", [*AWAY, event(K.TRANSFER_OUT_OFFICIAL, D(2024, 6, 1))],
     "temporarily_away", False),
    ("official-transfer-clears-exemption",
     [*EXEMPT, event(K.TRANSFER_OUT_OFFICIAL, D(2024, 6, 1))], "exempt", False),
    ("removal-clears-exemption", [*EXEMPT, event(K.REMOVAL, D(2024, 6, 1))], "exempt", False),
    ("death-clears-away", [*AWAY, event(K.DEATH, D(2024, 6, 1))], "temporarily_away", False),
]


@pytest.mark.parametrize(("history", "flag", "value"), [c[1:] for c in FLAG_CASES],
                         ids=[c[0] for c in FLAG_CASES])
def test_flags(history, flag, value):
    assert getattr(derive_state(history, LATER, RULES), flag) is value


def test_latest_discipline_card_and_gradings_are_kept():
    history = [*OFFICIAL, discipline_event(D(2023, 6, 1), "reprimand"),
               discipline_event(D(2023, 9, 1), "warning"), card_event(D(2023, 6, 1), "01"),
               card_event(D(2023, 8, 1), "02"), grading_event(D(2023, 12, 20), 2023, "good")]
    state = derive_state(history, LATER, RULES)
    assert (state.discipline.level, state.discipline.on) == ("warning", D(2023, 9, 1))
    assert state.card_number == "02"
    assert dict(state.gradings) == {2023: "good"}


PARTY_AGE_CASES = [
    ("counts-from-decision-not-ceremony", OFFICIAL, D(2023, 3, 1), PartyAge(1, 0)),
    ("whole-months-only", OFFICIAL, D(2023, 2, 28), PartyAge(0, 11)),
    ("probationer-has-party-age", PROBATIONER, D(2022, 9, 1), PartyAge(0, 6)),
    ("stops-at-death", DECEASED, D(2030, 1, 1), PartyAge(1, 10)),
    ("time-out-of-party-not-counted",
     [*LEFT, event(K.READMISSION, D(2027, 1, 10))], D(2028, 1, 10), PartyAge(2, 10)),
    ("probation-ended-by-removal-not-counted",
     [*PROBATIONER, event(K.REMOVAL, D(2022, 9, 1)), event(K.READMISSION, D(2025, 9, 1))],
     D(2026, 9, 1), PartyAge(1, 0)),
    ("continues-while-transferred-out", TRANSFERRED_OUT, D(2025, 3, 1), PartyAge(3, 0)),
]


@pytest.mark.parametrize(("history", "as_of", "age"), [c[1:] for c in PARTY_AGE_CASES],
                         ids=[c[0] for c in PARTY_AGE_CASES])
def test_party_age(history, as_of, age):
    assert derive_state(history, as_of, RULES).party_age == age


def test_probation_counts_from_the_ceremony_and_the_review_window_follows():
    state = derive_state(PROBATIONER, D(2023, 1, 1), RULES)
    assert state.ceremony_on == CEREMONY
    assert state.probation_ends_on == PROBATION_ENDS
    # 30 working days (Mon-Fri) after Wed 15/03/2023.
    assert state.conversion_window == DateWindow(PROBATION_ENDS, D(2023, 4, 26))


def test_probation_ending_on_the_29th_of_february_falls_on_the_28th():
    history = [event(K.ADMISSION_DECISION, D(2024, 2, 20)),
               event(K.ADMISSION_CEREMONY, D(2024, 2, 29))]
    assert derive_state(history, D(2024, 3, 1), RULES).probation_ends_on == D(2025, 2, 28)


def test_ceremony_deadline_only_while_awaiting_the_ceremony():
    assert derive_state(AWAITING_CEREMONY, DECIDED, RULES).ceremony_deadline == D(2022, 4, 12)
    assert derive_state(PROBATIONER, CEREMONY, RULES).ceremony_deadline is None


def test_official_member_has_no_conversion_window():
    assert derive_state(OFFICIAL, LATER, RULES).conversion_window is None


BADGE_CASES = [
    ("first-badge-at-30-years", VETERAN, D(2020, 1, 1),
     NextBadge(30, D(2024, 5, 10), D(2023, 5, 10))),
    ("after-30-comes-40", [*VETERAN, badge_event(D(2024, 5, 20), 30)], D(2025, 1, 1),
     NextBadge(40, D(2034, 5, 10), D(2033, 5, 10))),
    ("missed-badges-the-latest-reached-is-due", VETERAN, D(2035, 1, 1),
     NextBadge(40, D(2034, 5, 10), D(2033, 5, 10))),
    ("posthumous-30-at-29-years", [*VETERAN, event(K.DEATH, D(2023, 6, 1))], D(2024, 1, 1),
     NextBadge(30, D(2023, 6, 1), D(2023, 6, 1), posthumous=True)),
    ("none-after-death-at-28-years", [*VETERAN, event(K.DEATH, D(2022, 6, 1))],
     D(2024, 1, 1), None),
    ("none-for-probationer", PROBATIONER, D(2023, 1, 1), None),
    ("none-after-leaving", [*VETERAN, event(K.LEFT_PARTY, D(2010, 1, 1))], D(2024, 1, 1), None),
    ("time-out-delays-the-badge",
     [*VETERAN, event(K.LEFT_PARTY, D(2000, 5, 10)), event(K.READMISSION, D(2004, 5, 10)),
      event(K.ADMISSION_CEREMONY, D(2004, 5, 20)), event(K.CONVERSION_OFFICIAL, D(2005, 6, 1))],
     D(2020, 1, 1), NextBadge(30, D(2028, 5, 10), D(2027, 5, 10))),
    ("none-after-the-last-badge", [*VETERAN, badge_event(D(2084, 6, 1), 90)],
     D(2085, 1, 1), None),
]


@pytest.mark.parametrize(("history", "as_of", "badge"), [c[1:] for c in BADGE_CASES],
                         ids=[c[0] for c in BADGE_CASES])
def test_next_badge(history, as_of, badge):
    assert derive_state(history, as_of, RULES).next_badge == badge


def test_admission_date_is_the_decision_date():
    assert derive_state(VETERAN, D(2000, 1, 1), RULES).admitted_on == VETERAN_DECIDED
