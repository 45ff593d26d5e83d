"""Recording a member's life: each event is checked against the rules, written with
its audit rows and the member's derived columns in one transaction."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from partydesk.domain.errors import PartyDeskError
from partydesk.domain.events import EventKind, MemberEvent
from partydesk.domain.lifecycle import CheckContext, check_new_event, valid_actions
from partydesk.domain.member import MemberRecord
from partydesk.domain.member_state import MemberState, derive_state
from partydesk.domain.messages import QT_TRANSLATE_NOOP, message
from partydesk.domain.rulebook import RuleBook
from partydesk.services.rules import default_rulebook
from partydesk.storage.audit_store import AuditEntry, audit_for, write_audit
from partydesk.storage.database import Database
from partydesk.storage.errors import storage_errors
from partydesk.storage.event_store import (
    card_numbers_except,
    events_of,
    insert_event,
    member_summary,
    update_member_summary,
)
from partydesk.storage.member_store import load_member

MEMBER = "member"


class UnknownMemberError(PartyDeskError):
    def __init__(self, member_id: str):
        super().__init__(message(QT_TRANSLATE_NOOP(
            "Members", "There is no member with the id {id} in this register."), id=member_id))


@dataclass(frozen=True)
class MemberTimeline:
    events: list[MemberEvent]
    state: MemberState | None
    actions: list[EventKind]


def _context(db: Database, member_id: str) -> CheckContext:
    summary = member_summary(db, member_id)
    if summary is None:
        raise UnknownMemberError(member_id)
    birth = summary["birth_date"]
    return CheckContext(birth_date=date.fromisoformat(birth) if birth else None,
                        card_numbers_of_others=card_numbers_except(db, member_id))


def timeline(db: Database, member_id: str, today: date,
             rules: RuleBook | None = None) -> MemberTimeline:
    rules = rules or default_rulebook()
    context = _context(db, member_id)
    events = events_of(db, member_id)
    started = any(event.on <= today for event in events)
    state = derive_state(events, today, rules) if started else None
    return MemberTimeline(events, state, valid_actions(events, today, rules, context=context))


def record_event(db: Database, member_id: str, event: MemberEvent, today: date,
                 rules: RuleBook | None = None) -> MemberState:
    """Check ``event`` against the member's history and the rules, then save it.

    Raises RuleViolation (nothing saved) when a rule forbids it.
    """
    rules = rules or default_rulebook()
    with storage_errors(), db.atomic():
        context = _context(db, member_id)
        events = events_of(db, member_id)
        check_new_event(events, event, rules, context)
        insert_event(db, member_id, event)
        before = member_summary(db, member_id)
        state = derive_state([*events, event], max(today, event.on), rules)
        after = {"status": state.status.value,
                 "official_on": state.official_on.isoformat() if state.official_on else None,
                 "card_number": state.card_number or before["card_number"]}
        update_member_summary(db, member_id, after)
        write_audit(db, MEMBER, member_id, f"event:{event.kind.value}",
                    {"event_date": (None, event.on.isoformat()),
                     **{k: (before[k], v) for k, v in after.items()}})
    return state


def history_of_changes(db: Database, member_id: str) -> list[AuditEntry]:
    return audit_for(db, MEMBER, member_id)


def member_record(db: Database, member_id: str) -> MemberRecord:
    record = load_member(db, member_id)
    if record is None:
        raise UnknownMemberError(member_id)
    return record
