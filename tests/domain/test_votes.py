"""Who counts in a vote, how many 'for' votes a decision needs, and refused counts."""

from __future__ import annotations

from datetime import date
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from partydesk.domain.attendance import Attendee, Membership, Presence, Standing
from partydesk.domain.errors import RuleViolation
from partydesk.domain.rulebook import RuleBook, RuleValue
from partydesk.domain.votes import DecisionKind, Threshold, decide, vote_denominator
from partydesk.services.setup.rulebook import default_rulebook

OFFICIAL, PROBATIONARY = Membership.OFFICIAL, Membership.PROBATIONARY
PRESENT = Presence.PRESENT
WITH_REASON = Presence.ABSENT_WITH_REASON
WITHOUT_REASON = Presence.ABSENT_WITHOUT_REASON
MEETING_DAY = date(2026, 2, 5)
RULES = default_rulebook()


def officials(count: int, presence: Presence = PRESENT,
              prefix: str = "Đảng viên") -> list[Attendee]:
    reason = "ốm" if presence is WITH_REASON else ""
    return [Attendee(f"{prefix} {i}", OFFICIAL, presence, reason=reason) for i in range(count)]


THREE_VOTERS = officials(3)


@pytest.mark.parametrize(("extra", "counts"), [
    pytest.param(Attendee("X", OFFICIAL, PRESENT), True, id="official-present-counts"),
    pytest.param(Attendee("X", OFFICIAL, WITH_REASON, reason="ốm"), True,
                 id="official-absent-with-reason-but-not-excused-counts"),
    pytest.param(Attendee("X", OFFICIAL, WITHOUT_REASON), True,
                 id="official-absent-without-reason-counts"),
    pytest.param(Attendee("X", OFFICIAL, WITH_REASON, Standing.EXCUSED_WHOLE_MEETING, "ốm"), False,
                 id="excused-for-whole-meeting-left-out"),
    pytest.param(Attendee("X", OFFICIAL, WITHOUT_REASON, Standing.TEMPORARILY_AWAY), False,
                 id="temporarily-transferred-out-left-out"),
    pytest.param(Attendee("X", OFFICIAL, PRESENT, Standing.TEMPORARILY_AWAY), False,
                 id="temporarily-transferred-out-left-out-even-if-present"),
    pytest.param(Attendee("X", OFFICIAL, WITH_REASON, Standing.EXEMPT, "tuổi cao"), False,
                 id="exempt-absent-left-out"),
    pytest.param(Attendee("X", OFFICIAL, PRESENT, Standing.EXEMPT), True,
                 id="exempt-present-counts"),
    pytest.param(Attendee("X", OFFICIAL, WITHOUT_REASON, Standing.SUSPENDED), False,
                 id="suspended-left-out"),
    pytest.param(Attendee("X", OFFICIAL, PRESENT, Standing.SUSPENDED), False,
                 id="suspended-left-out-even-if-present"),
    pytest.param(Attendee("X", OFFICIAL, WITHOUT_REASON, Standing.PROSECUTED_OR_DETAINED), False,
                 id="prosecuted-or-detained-left-out"),
    pytest.param(Attendee("X", OFFICIAL, PRESENT, Standing.ATTENDING_TEMPORARILY), False,
                 id="attending-temporarily-counts-in-home-cell-not-here"),
    pytest.param(Attendee("X", PROBATIONARY, PRESENT), False,
                 id="probationer-present-never-counts"),
    pytest.param(Attendee("X", PROBATIONARY, WITHOUT_REASON), False,
                 id="probationer-absent-never-counts"),
    pytest.param(Attendee("X", PROBATIONARY, PRESENT, Standing.EXEMPT), False,
                 id="exempt-probationer-present-never-counts"),
])
def test_vote_denominator(extra: Attendee, counts: bool) -> None:
    assert vote_denominator([*THREE_VOTERS, extra]) == 3 + counts


@pytest.mark.parametrize(("kind", "voters", "votes_for", "needed", "passed"), [
    pytest.param(DecisionKind.ORDINARY, 19, 10, 10, True, id="more-than-half-of-19-is-10"),
    pytest.param(DecisionKind.ORDINARY, 20, 10, 11, False, id="tie-fails-more-than-half"),
    pytest.param(DecisionKind.ORDINARY, 20, 11, 11, True, id="more-than-half-of-20-is-11"),
    pytest.param(DecisionKind.ORDINARY, 19, 12, 10, True, id="12-of-19-passes-more-than-half"),
    pytest.param(DecisionKind.ADMISSION, 19, 12, 13, False, id="12-of-19-fails-two-thirds"),
    pytest.param(DecisionKind.ADMISSION, 19, 13, 13, True, id="two-thirds-of-19-rounds-up-to-13"),
    pytest.param(DecisionKind.ADMISSION, 18, 12, 12, True, id="exactly-two-thirds-of-18-passes"),
    pytest.param(DecisionKind.ADMISSION, 18, 11, 12, False, id="one-short-of-two-thirds-fails"),
    pytest.param(DecisionKind.CONVERSION_OFFICIAL, 19, 14, 13, True, id="conversion-two-thirds"),
    pytest.param(DecisionKind.REMOVAL_PROBATIONARY, 3, 2, 2, True,
                 id="removal-of-probationer-two-thirds-of-3"),
    pytest.param(DecisionKind.EXPULSION, 9, 5, 6, False, id="expulsion-needs-two-thirds"),
    pytest.param(DecisionKind.DISCIPLINE, 9, 5, 5, True, id="reprimand-needs-more-than-half"),
    pytest.param(DecisionKind.ORDINARY, 1, 1, 1, True, id="single-voter"),
])
def test_thresholds(kind: DecisionKind, voters: int, votes_for: int, needed: int,
                    passed: bool) -> None:
    outcome = decide(kind, votes_for, voters - votes_for, 0, officials(voters), RULES, MEETING_DAY)
    assert (outcome.needed, outcome.passed) == (needed, passed)


@pytest.mark.parametrize(("votes_for", "passed"), [
    pytest.param(13, True, id="13-of-19-passes-though-5-absent"),
    pytest.param(12, False, id="12-of-14-present-fails-two-thirds-is-of-all-19"),
])
def test_two_thirds_is_of_official_members_not_of_those_present(votes_for: int,
                                                                passed: bool) -> None:
    cell = officials(14) + officials(5, WITHOUT_REASON, prefix="Vắng")
    outcome = decide(DecisionKind.ADMISSION, votes_for, 14 - votes_for, 0, cell, RULES,
                     MEETING_DAY)
    assert (outcome.denominator, outcome.passed) == (19, passed)


@pytest.mark.parametrize(("kind", "votes_for", "expected"), [
    pytest.param(DecisionKind.CONVERSION_OFFICIAL, 14,
                 "passed: 14 of 19 official members voted for, at least 2/3 needed (13)",
                 id="explains-a-pass"),
    pytest.param(DecisionKind.ORDINARY, 9,
                 "not passed: 9 of 19 official members voted for, more than 1/2 needed (10)",
                 id="explains-a-failure"),
])
def test_the_explanation_the_minutes_print(kind: DecisionKind, votes_for: int,
                                           expected: str) -> None:
    outcome = decide(kind, votes_for, 19 - votes_for, 0, officials(19), RULES, MEETING_DAY)
    assert outcome.explanation.render() == expected
    assert outcome.explanation.context == "Votes"


def test_threshold_text_and_cited_rule() -> None:
    outcome = decide(DecisionKind.ADMISSION, 3, 0, 0, officials(3), RULES, MEETING_DAY)
    assert outcome.threshold_text.render() == "at least 2/3"
    assert outcome.rule.key == "votes.threshold.admission"
    assert "Điều lệ Đảng" in outcome.rule.source


@pytest.mark.parametrize(("counts", "cell"), [
    pytest.param((-1, 0, 0), officials(3), id="negative-for"),
    pytest.param((1, -1, 0), officials(3), id="negative-against"),
    pytest.param((1, 0, -1), officials(3), id="negative-abstain"),
    pytest.param((2, 1, 1), officials(3), id="more-votes-than-voters"),
    pytest.param((3, 0, 0), officials(2) + officials(1, WITHOUT_REASON, "Vắng"),
                 id="absent-members-cannot-vote"),
    pytest.param((4, 0, 0), [*officials(3), Attendee("Dự bị", PROBATIONARY, PRESENT)],
                 id="probationers-cannot-vote"),
    pytest.param((0, 0, 0), [Attendee("Dự bị", PROBATIONARY, PRESENT)], id="nobody-may-vote"),
])
def test_impossible_counts_are_refused(counts: tuple[int, int, int],
                                       cell: list[Attendee]) -> None:
    with pytest.raises(RuleViolation):
        decide(DecisionKind.ORDINARY, *counts, cell, RULES, MEETING_DAY)


def test_not_every_voter_has_to_vote() -> None:
    outcome = decide(DecisionKind.ORDINARY, 3, 0, 0, officials(5), RULES, MEETING_DAY)
    assert outcome.passed


def test_a_vote_is_judged_by_the_rule_in_force_on_its_date() -> None:
    def threshold(numerator: int, denominator: int, strict: bool, since: date) -> RuleValue:
        return RuleValue("votes.threshold.ordinary", {"numerator": numerator,
                         "denominator": denominator, "strict": strict}, since, "test")
    rules = RuleBook([threshold(1, 2, True, date(2011, 1, 19)),
                      threshold(3, 4, False, date(2030, 1, 1))])
    before = decide(DecisionKind.ORDINARY, 6, 2, 0, officials(8), rules, date(2029, 12, 31))
    after = decide(DecisionKind.ORDINARY, 6, 2, 0, officials(8), rules, date(2030, 1, 1))
    assert (before.needed, after.needed) == (5, 6)


# --- properties ----------------------------------------------------------------

voters_and_for = st.integers(1, 120).flatmap(lambda n: st.tuples(st.just(n), st.integers(0, n)))


@given(voters_and_for)
def test_passing_two_thirds_implies_passing_more_than_half(case: tuple[int, int]) -> None:
    voters, votes_for = case
    cell = officials(voters)
    strict = decide(DecisionKind.ADMISSION, votes_for, 0, 0, cell, RULES, MEETING_DAY)
    simple = decide(DecisionKind.ORDINARY, votes_for, 0, 0, cell, RULES, MEETING_DAY)
    assert not strict.passed or simple.passed


@given(voters_and_for, st.sampled_from(list(DecisionKind)))
def test_one_more_vote_for_never_undoes_a_pass(case: tuple[int, int], kind: DecisionKind) -> None:
    voters, votes_for = case
    if votes_for == voters:
        return
    cell = officials(voters)
    now = decide(kind, votes_for, 1, 0, cell, RULES, MEETING_DAY)
    moved = decide(kind, votes_for + 1, 0, 0, cell, RULES, MEETING_DAY)
    assert not now.passed or moved.passed


@given(st.integers(0, 500), st.integers(1, 12).flatmap(
    lambda d: st.tuples(st.integers(1, d), st.just(d))), st.booleans())
def test_votes_needed_is_the_least_count_meeting_the_fraction(
        voters: int, fraction: tuple[int, int], strict: bool) -> None:
    threshold = Threshold(*fraction, strict)
    share = Fraction(*fraction) * voters

    def meets(count: int) -> bool:
        return count > share if strict else count >= share

    needed = threshold.votes_needed(voters)
    assert meets(needed)
    assert not meets(needed - 1)


non_voters = st.builds(
    Attendee, name=st.just("Không tính"),
    membership=st.sampled_from(list(Membership)),
    presence=st.just(WITHOUT_REASON),
    standing=st.sampled_from([Standing.TEMPORARILY_AWAY, Standing.SUSPENDED,
                              Standing.PROSECUTED_OR_DETAINED, Standing.EXEMPT]),
) | st.builds(Attendee, name=st.just("Dự bị"), membership=st.just(PROBATIONARY),
              presence=st.just(PRESENT),
              standing=st.sampled_from(sorted(set(Standing) - {Standing.EXCUSED_WHOLE_MEETING})))


@given(st.lists(non_voters, max_size=10), voters_and_for)
def test_members_left_out_never_change_the_result(extra: list[Attendee],
                                                  case: tuple[int, int]) -> None:
    voters, votes_for = case
    alone = decide(DecisionKind.ADMISSION, votes_for, 0, 0, officials(voters), RULES, MEETING_DAY)
    joined = decide(DecisionKind.ADMISSION, votes_for, 0, 0, officials(voters) + extra, RULES,
                    MEETING_DAY)
    assert (joined.denominator, joined.passed) == (alone.denominator, alone.passed)
