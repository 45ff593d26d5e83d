"""Who is on the meeting's attendance list: the register as it stood on the meeting date.

A member is listed when their events, folded up to the meeting date, make
them a probationary or official member who has taken the oath (admission
ceremony held): a person admitted after that day, or transferred out,
removed, expelled, departed or deceased before it, is not listed. A person
with an admission decision but no ceremony yet is not listed either, since
membership activity starts at the ceremony.

Their *standing* comes from the flags of the same state: exempted from
activity, temporarily transferred out, or attending here temporarily from
another cell; everyone else takes part as usual. The secretary then marks
presence, and may set a standing the register does not record (suspended,
prosecuted or detained, excused for the whole meeting).
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from typing import Any

from partydesk.domain.attendance import (
    EXPECTED_STANDINGS,
    Attendee,
    Membership,
    Presence,
    Standing,
)
from partydesk.domain.events import MemberEvent
from partydesk.domain.member import MemberStatus
from partydesk.domain.member_state import MemberState, derive_state
from partydesk.domain.rulebook import RuleBook
from partydesk.storage.members.events import StoredHistory


@dataclass(frozen=True)
class AttendanceEntry:
    """One line of a meeting's attendance list, as stored."""

    id: str
    member_id: str | None
    """None for a member attending temporarily, entered by name only."""
    attendee: Attendee

    @property
    def name(self) -> str:
        return self.attendee.name


def state_on(history: StoredHistory, on: date, rules: RuleBook) -> MemberState | None:
    """The member's state on ``on``; None if they were not yet a member."""
    try:
        return derive_state(history.events, on, rules)
    except ValueError:
        return None


@dataclass(frozen=True)
class Listing:
    """How a member appears on an attendance list, or not at all."""

    membership: Membership
    standing: Standing


def listing_on(history: StoredHistory, on: date, rules: RuleBook) -> Listing | None:
    """The member's line on ``on``'s attendance list; None if not on the register then."""
    events = tuple(sorted(history.events, key=lambda e: e.on))
    prefix = events[:bisect_right([e.on for e in events], on)]
    return _listing(prefix, rules) if prefix else None


@lru_cache(maxsize=200_000)
def _listing(events: tuple[MemberEvent, ...], rules: RuleBook) -> Listing | None:
    """Depends only on the events up to the day (not on the day itself: party age and
    badges are not used), so a register's many meetings share the work."""
    try:
        state = derive_state(events, events[-1].on, rules)
    except ValueError:
        return None
    if not (state.active and state.ceremony_on is not None):
        return None
    membership = (Membership.OFFICIAL if state.status is MemberStatus.OFFICIAL
                  else Membership.PROBATIONARY)
    return Listing(membership, standing_from(state))


def standing_from(state: MemberState) -> Standing:
    if state.temporarily_away:
        return Standing.TEMPORARILY_AWAY
    if state.temporarily_attending:
        return Standing.ATTENDING_TEMPORARILY
    if state.exempt:
        return Standing.EXEMPT
    return Standing.ACTIVE


def default_presence(standing: Standing) -> Presence:
    """Expected members are marked present until the secretary says otherwise; the
    others (exempted, away…) are not expected: they stand in their own category, never
    as "absent without reason", unless the secretary marks them present."""
    return Presence.PRESENT if standing in EXPECTED_STANDINGS else Presence.BY_STANDING


def register_on(histories: Iterable[StoredHistory], on: date,
                rules: RuleBook) -> list[tuple[StoredHistory, Attendee]]:
    """Each member on the register on ``on`` with a default attendance line."""
    listed = []
    for history in histories:
        listing = listing_on(history, on, rules)
        if listing is not None:
            listed.append((history, Attendee(history.full_name, listing.membership,
                                             default_presence(listing.standing),
                                             listing.standing)))
    return listed


def attendee_row(attendee: Attendee) -> dict[str, Any]:
    return {"name": attendee.name, "membership": attendee.membership,
            "standing": attendee.standing, "presence": attendee.presence,
            "reason": attendee.reason}


def entry_from_row(row: Mapping[str, Any]) -> AttendanceEntry:
    return AttendanceEntry(row["id"], row["member_id"], Attendee(
        row["name"], Membership(row["membership"]), Presence(row["presence"]),
        Standing(row["standing"]), row["reason"]))
