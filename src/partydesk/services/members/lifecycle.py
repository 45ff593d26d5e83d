"""Recording a member's life: each event is checked against the rules, written with
its audit rows and the member's derived columns in one transaction."""

from __future__ import annotations

from dataclasses import dataclass, fields, replace
from datetime import date

from partydesk.domain.errors import PartyDeskError
from partydesk.domain.events import EventKind, MemberEvent
from partydesk.domain.ids import new_id
from partydesk.domain.lifecycle import CheckContext, check_new_event, valid_actions
from partydesk.domain.member import MemberRecord
from partydesk.domain.member_state import MemberState, derive_state
from partydesk.domain.messages import QT_TRANSLATE_NOOP, message
from partydesk.domain.rulebook import RuleBook
from partydesk.services.members.register import MEMBER, check_record, clean_record
from partydesk.services.setup.rulebook import default_rulebook
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
from partydesk.storage.member_store import card_owners, insert_members, load_member


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
                 "card_number": state.card_number or before["card_number"],
                 "exempt": int(state.exempt), "temporarily_away": int(state.temporarily_away)}
        update_member_summary(db, member_id, after)
        write_audit(db, MEMBER, member_id, f"event:{event.kind.value}",
                    {"event_date": (None, event.on.isoformat()),
                     **{k: (before[k], v) for k, v in after.items()}})
    return state


def admit_member(db: Database, record: MemberRecord, decided_on: date,
                 ceremony_on: date | None, today: date,
                 rules: RuleBook | None = None) -> MemberRecord:
    """Add a new member with the admission decision (and the ceremony, if held) as
    events, checked like any event (age at admission, ceremony deadline…), with audit
    rows, in one transaction. Raises RuleViolation or a record error; nothing is saved.
    """
    rules = rules or default_rulebook()
    record = clean_record(replace(record, admitted_on=decided_on, ceremony_on=ceremony_on,
                                  official_on=None))
    events = [MemberEvent(EventKind.ADMISSION_DECISION, decided_on)]
    if ceremony_on is not None:
        events.append(MemberEvent(EventKind.ADMISSION_CEREMONY, ceremony_on))
    with storage_errors(), db.atomic():
        check_record(db, record)
        others = frozenset(card_owners(db, [record.card_number]))
        context = CheckContext(birth_date=record.birth_date, card_numbers_of_others=others)
        for position, event in enumerate(events):
            check_new_event(events[:position], event, rules, context)
        state = derive_state(events, max(today, events[-1].on), rules)
        record = replace(record, status=state.status)
        insert_members(db, [record], [(new_id(), record.id, e.kind.value, e.on.isoformat(), {})
                                      for e in events])
        write_audit(db, MEMBER, record.id, "created",
                    {f.name: (None, getattr(record, f.name)) for f in fields(record)
                     if f.name != "id" and getattr(record, f.name) not in (None, "")})
        for event in events:
            write_audit(db, MEMBER, record.id, f"event:{event.kind.value}",
                        {"event_date": (None, event.on.isoformat())})
    return record


def history_of_changes(db: Database, member_id: str) -> list[AuditEntry]:
    return audit_for(db, MEMBER, member_id)


def member_record(db: Database, member_id: str) -> MemberRecord:
    record = load_member(db, member_id)
    if record is None:
        raise UnknownMemberError(member_id)
    return record
