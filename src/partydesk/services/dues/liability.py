"""Who owes dues for a month, and how much: the register as of the month, each member's
basis and reliefs, the rules and settings in force that month."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from partydesk.domain.dues import Category, Month
from partydesk.domain.dues_rules import Basis, Due, Relief, Settings, basis_on, due_for
from partydesk.domain.events import MemberEvent
from partydesk.domain.member_state import standing_on
from partydesk.domain.rulebook import RuleBook

AWAY_TEXT = "đóng tại chi bộ nơi sinh hoạt tạm thời"


@dataclass(frozen=True)
class Liability:
    member_id: str
    due: Due
    away: bool      # temporarily transferred out: pays through the other cell


def member_in_month(events: Sequence[MemberEvent], month: Month, rules: RuleBook):
    """The member's state at the end of ``month`` if they were a member during it
    (still one at its end, or left in it); else None."""
    if not events:
        return None
    try:
        state = standing_on(events, month.last_day)
    except ValueError:
        return None
    if state.active:
        return state
    if state.exited_on is not None and state.exited_on >= month.first_day and \
            state.died_on is None:
        return state
    return None


def liability(member_id: str, events: Sequence[MemberEvent], month: Month,
              bases: Sequence[Basis], reliefs: Sequence[Relief], rules: RuleBook,
              settings: Settings) -> Liability | None:
    state = member_in_month(events, month, rules)
    if state is None:
        return None
    basis = basis_on(bases, month)
    if state.temporarily_away:
        category = basis.category if basis else Category.OTHER
        return Liability(member_id, Due(0, AWAY_TEXT, category), away=True)
    due = due_for(month, basis, reliefs, state.party_age_months, rules, settings)
    return Liability(member_id, due, away=False)


def liabilities(histories: Mapping[str, Sequence[MemberEvent]], month: Month,
                bases: Mapping[str, Sequence[Basis]], reliefs: Mapping[str, Sequence[Relief]],
                rules: RuleBook, settings: Settings) -> dict[str, Liability]:
    found = {}
    for member_id, events in histories.items():
        owed = liability(member_id, events, month, bases.get(member_id, ()),
                         reliefs.get(member_id, ()), rules, settings)
        if owed is not None:
            found[member_id] = owed
    return found
