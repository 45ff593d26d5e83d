"""The transfer deadlines as reminders, on both sides of a move: a member who must
move starts the official transfer within ``transfer.start_working_days`` working days
(60) of the decision behind it; the letter is presented at the receiving organisation
within ``transfer.present_working_days`` (30) of its issue. Working days are the rule
data's: Monday to Friday (``domain/dates.add_working_days``; holidays not counted out,
so a reminder comes a little early, never late).

Sending cell: "start the transfer" for a member noted as moving, "check the letter was
presented" for a member who left. Receiving cell: "accept" for a dossier waiting.
Committee: the day each member in transit should have arrived."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from partydesk.domain.dates import add_working_days
from partydesk.domain.member_rules import RuleKey
from partydesk.domain.rulebook import RuleBook, UnknownRule
from partydesk.services.members.aggregate import UnknownMemberError
from partydesk.storage.database import Database
from partydesk.storage.members.records import load_member
from partydesk.storage.transfer_store import (
    letters_out_since,
    list_incoming,
    moves_not_started,
    save_expected_move,
)

# A "was the letter presented?" reminder stays this long after its day, then goes.
FOLLOW_UP_DAYS = 31


@dataclass(frozen=True)
class Deadline:
    kind: str            # transfer_start | transfer_present | transfer_accept
    member_id: str
    name: str
    due_on: date
    overdue: bool
    place: str = ""


def present_by(left_on: date, rules: RuleBook) -> date:
    days = rules.value(RuleKey.TRANSFER_PRESENT_WORKING_DAYS, left_on)
    return add_working_days(left_on, int(days))


def start_by(moving_on: date, rules: RuleBook) -> date:
    days = rules.value(RuleKey.TRANSFER_START_WORKING_DAYS, moving_on)
    return add_working_days(moving_on, int(days))


def expect_move(db: Database, member_id: str, moving_on: date, place: str = "") -> date:
    """Note that a member must move (retirement, new job…) from ``moving_on``; returns
    the day the transfer must be started by."""
    from partydesk.services.setup.rulebook import default_rulebook

    if load_member(db, member_id) is None:
        raise UnknownMemberError(member_id)
    save_expected_move(db, member_id, moving_on.isoformat(), place.strip(),
                       datetime.now(UTC).isoformat(timespec="seconds"))
    return start_by(moving_on, default_rulebook())


def _due(count, day: str) -> date | None:
    try:
        return count(date.fromisoformat(day))
    except UnknownRule:          # older than the rule data reach: no deadline to show
        return None


def cell_deadlines(db: Database, today: date, rules: RuleBook) -> list[Deadline]:
    """Every transfer deadline the cell has to watch."""
    def started(day):
        return _due(lambda on: start_by(on, rules), day)

    def presented(day):
        return _due(lambda on: present_by(on, rules), day)

    found = []
    for move in moves_not_started(db):
        if (due := started(move["moving_on"])) is not None:
            found.append(Deadline("transfer_start", move["member_id"], move["full_name"],
                                  due, today > due, move["place"]))
    # letters issued long enough ago for their deadline to fall in the follow-up window
    since = (today - timedelta(days=FOLLOW_UP_DAYS + 60)).isoformat()
    for left in letters_out_since(db, since):
        due = presented(left["left_on"])
        if due is not None and due >= today - timedelta(days=FOLLOW_UP_DAYS):
            found.append(Deadline("transfer_present", left["member_id"], left["full_name"],
                                  due, False))
    for waiting in list_incoming(db):
        if waiting["accepted_on"] or not waiting["left_on"]:
            continue
        if (due := presented(waiting["left_on"])) is not None:
            found.append(Deadline("transfer_accept", waiting["member_id"],
                                  waiting["full_name"], due, today > due, waiting["from_cell"]))
    return found
