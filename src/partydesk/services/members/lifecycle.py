"""Recording a member's life: a new member with the admission decision (and ceremony),
or one event for a member already in the register, each through the member aggregate
(checked against the rules, folded, written with its audit rows in one transaction)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from partydesk.domain.events import EventKind, MemberEvent
from partydesk.domain.lifecycle import CheckContext, valid_actions
from partydesk.domain.member import MemberRecord
from partydesk.domain.member_state import MemberState, derive_state
from partydesk.domain.rulebook import RuleBook
from partydesk.services.members.aggregate import (
    MEMBER,
    LifeChange,
    UnknownMemberError,
    settled_record,
    write_lives,
)
from partydesk.services.members.register import check_record, clean_record
from partydesk.services.setup.rulebook import default_rulebook
from partydesk.storage.audit_store import AuditEntry, audit_for
from partydesk.storage.database import Database
from partydesk.storage.errors import storage_errors
from partydesk.storage.members.events import events_of
from partydesk.storage.members.records import load_member

__all__ = ["MemberTimeline", "UnknownMemberError", "admit_member", "history_of_changes",
           "member_record", "record_event", "timeline"]


@dataclass(frozen=True)
class MemberTimeline:
    events: list[MemberEvent]
    state: MemberState | None
    actions: list[EventKind]


def timeline(db: Database, member_id: str, today: date,
             rules: RuleBook | None = None) -> MemberTimeline:
    """The member's events (oldest first), state today and the kinds of event the rules
    allow today."""
    rules = rules or default_rulebook()
    record = member_record(db, member_id)
    events = events_of(db, member_id)
    started = any(event.on <= today for event in events)
    state = derive_state(events, today, rules) if started else None
    # Card numbers are checked when a card is recorded; offering the action needs none.
    context = CheckContext(birth_date=record.birth_date)
    return MemberTimeline(events, state, valid_actions(events, today, rules, context=context))


def record_event(db: Database, member_id: str, event: MemberEvent, today: date,
                 rules: RuleBook | None = None, gravely_ill: bool = False) -> MemberState:
    """Check ``event`` against the member's history and the rules, then save it.

    Raises RuleViolation (nothing saved) when a rule forbids it.
    """
    change = LifeChange(member_id, (event,), gravely_ill=gravely_ill)
    return write_lives(db, [change], today, rules)[0].state


def admit_member(db: Database, record: MemberRecord, decided_on: date,
                 ceremony_on: date | None, today: date,
                 rules: RuleBook | None = None) -> MemberRecord:
    """Add a new member with the admission decision (and the ceremony, if held) as
    events, checked like any event (age at admission, ceremony deadline…), with audit
    rows, in one transaction. Raises RuleViolation or a record error; nothing is saved.
    """
    record = clean_record(record)
    events = [MemberEvent(EventKind.ADMISSION_DECISION, decided_on)]
    if ceremony_on is not None:
        events.append(MemberEvent(EventKind.ADMISSION_CEREMONY, ceremony_on))
    with storage_errors(), db.atomic():
        check_record(db, record)
        done = write_lives(db, [LifeChange(record.id, tuple(events), record)], today, rules)
    return settled_record(record, done[0].derived)


def history_of_changes(db: Database, member_id: str) -> list[AuditEntry]:
    return audit_for(db, MEMBER, member_id)


def member_record(db: Database, member_id: str) -> MemberRecord:
    record = load_member(db, member_id)
    if record is None:
        raise UnknownMemberError(member_id)
    return record
