"""Properties over generated lives: every offered action is accepted with sensible details,
and the state of any accepted history can be derived and agrees with its events."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from partydesk.domain.events import EventKind as K
from partydesk.domain.events import (
    MemberEvent,
    badge_event,
    card_event,
    discipline_event,
    grading_event,
)
from partydesk.domain.lifecycle import CheckContext, check_new_event, valid_actions
from partydesk.domain.member_state import MemberState, MemberStatus, derive_state
from tests.domain.member_histories import RULES

STATUS_AFTER = {
    K.CONVERSION_OFFICIAL: MemberStatus.OFFICIAL,
    K.TRANSFER_OUT_OFFICIAL: MemberStatus.TRANSFERRED_OUT,
    K.REMOVAL: MemberStatus.REMOVED,
    K.EXPULSION: MemberStatus.EXPELLED,
    K.LEFT_PARTY: MemberStatus.LEFT,
    K.DEATH: MemberStatus.DECEASED,
    K.ADMISSION_DECISION: MemberStatus.PROBATIONARY,
    K.READMISSION: MemberStatus.PROBATIONARY,
}


def _expected_status(history: list[MemberEvent]) -> MemberStatus:
    """A second, simpler reading of the events: the last status change wins."""
    status, converted = MemberStatus.PROBATIONARY, False
    for event in history:
        converted = (converted or event.kind is K.CONVERSION_OFFICIAL) and event.kind not in (
            K.ADMISSION_DECISION, K.READMISSION)
        if event.kind is K.TRANSFER_IN_OFFICIAL:
            status = MemberStatus.OFFICIAL if converted else MemberStatus.PROBATIONARY
        status = STATUS_AFTER.get(event.kind, status)
    return status


def _event_for(kind: K, today: date, state: MemberState | None, serial: int) -> MemberEvent:
    """An event of ``kind`` with the details a careful secretary would enter."""
    if kind is K.DISCIPLINE:
        return discipline_event(today, "warning")
    if kind is K.CARD_ISSUED:
        return card_event(today, f"{serial:06d}")
    if kind is K.BADGE_AWARDED:
        assert state is not None and state.next_badge is not None
        return badge_event(today, state.next_badge.years)
    if kind is K.YEARLY_GRADING:
        return grading_event(today, today.year, "good")
    return MemberEvent(kind, today)


def _usable(kind: K, today: date, state: MemberState | None) -> bool:
    graded = state is not None and today.year in state.gradings
    return not (kind is K.YEARLY_GRADING and graded)


lives = st.tuples(
    st.dates(min_value=date(1975, 1, 1), max_value=date(2030, 12, 31)),
    st.lists(st.tuples(st.integers(min_value=0, max_value=900), st.integers(min_value=0)),
             max_size=25),
)


def _live(start: date, steps: list[tuple[int, int]]) -> list[MemberEvent]:
    context = CheckContext(birth_date=start - timedelta(days=25 * 365))
    history = [MemberEvent(K.ADMISSION_DECISION, start)]
    check_new_event([], history[0], RULES, context)
    today = start
    for serial, (gap, pick) in enumerate(steps):
        today += timedelta(days=gap)
        state = derive_state(history, today, RULES)
        offered = [k for k in valid_actions(history, today, RULES) if _usable(k, today, state)]
        if not offered:
            continue
        new = _event_for(offered[pick % len(offered)], today, state, serial)
        check_new_event(history, new, RULES, context)  # offered => accepted
        history.append(new)
    return history


@settings(max_examples=300, deadline=None)
@given(lives, st.integers(min_value=0, max_value=40_000))
def test_any_accepted_life_has_a_consistent_state(life, days_after):
    history = _live(*life)
    as_of = history[-1].on + timedelta(days=days_after % 20_000)
    state = derive_state(history, as_of, RULES)

    assert state.status is _expected_status(history)
    assert (state.status is MemberStatus.DECEASED) == any(e.kind is K.DEATH for e in history)
    assert state.party_age.total_months <= (as_of.year - life[0].year + 1) * 12
    assert state.official == (state.official_on is not None)
    if state.next_badge is not None:
        assert state.status in (MemberStatus.OFFICIAL, MemberStatus.DECEASED)
    if state.conversion_window is not None:
        assert state.status is MemberStatus.PROBATIONARY and state.ceremony_on is not None
    if state.exempt or state.temporarily_away:
        assert state.active


@settings(max_examples=100, deadline=None)
@given(lives)
def test_nothing_is_offered_after_death(life):
    history = _live(*life)
    if any(e.kind is K.DEATH for e in history):
        offered = valid_actions(history, history[-1].on + timedelta(days=1), RULES)
        assert set(offered) <= {K.BADGE_AWARDED}
