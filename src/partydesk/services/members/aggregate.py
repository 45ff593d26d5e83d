"""The member aggregate: the one path by which a member's life is written.

Every write of a member's life — the new-member form, admission of a candidate, an
event recorded in the member dialog, spreadsheet import, demo data — comes here as a
:class:`LifeChange`. :func:`write_lives` checks each new event against the member's
history and the rules in force on its date (``domain.lifecycle.check_new_event``),
folds the whole history (``domain.member_state.derive_state``) and writes the record,
the events and the columns the events decide (status, admission, ceremony and official
dates, card number, exempt and away flags) through ``storage.members.writer``, in one
transaction. Bulk writes (import, demo) go through the same function, in batches.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, fields, replace
from datetime import date

from partydesk.domain import events as ev
from partydesk.domain.errors import PartyDeskError, RuleViolation
from partydesk.domain.events import EventKind, MemberEvent
from partydesk.domain.lifecycle import CheckContext, check_new_event
from partydesk.domain.member import MemberRecord
from partydesk.domain.member_state import MemberState, derive_state
from partydesk.domain.messages import QT_TRANSLATE_NOOP, message
from partydesk.domain.rulebook import RuleBook
from partydesk.services.setup.rulebook import default_rulebook
from partydesk.storage.audit_store import write_audit
from partydesk.storage.database import Database
from partydesk.storage.errors import storage_errors
from partydesk.storage.members.events import events_of_many
from partydesk.storage.members.records import card_owners, facts_of
from partydesk.storage.members.writer import (
    Derived,
    derived_values,
    insert_events,
    insert_members,
    write_derived,
)

MEMBER = "member"          # the audit trail's name for a member


class UnknownMemberError(PartyDeskError):
    def __init__(self, member_id: str):
        super().__init__(message(QT_TRANSLATE_NOOP(
            "Members", "There is no member with the id {id} in this register."), id=member_id))


@dataclass(frozen=True)
class LifeChange:
    """New events of one member; ``record`` is set for a member new to the register."""

    member_id: str
    events: tuple[MemberEvent, ...]
    record: MemberRecord | None = None
    gravely_ill: bool = False              # a badge may come up to 12 months early
    waived: frozenset[str] = frozenset()   # rules an old book's history may not meet


@dataclass(frozen=True)
class Settled:
    member_id: str
    state: MemberState
    derived: Derived


def check_events(history: Sequence[MemberEvent], new: Iterable[MemberEvent], rules: RuleBook,
                 context: CheckContext, waived: frozenset[str] = frozenset()
                 ) -> list[MemberEvent]:
    """Check each new event in turn against the history before it (the rules as of its
    date); returns the whole history. Raises RuleViolation on the first event refused."""
    history = list(history)
    for event in new:
        try:
            check_new_event(history, event, rules, context)
        except RuleViolation as refused:
            if refused.rule not in waived:
                raise
        history.append(event)
    return history


def derive(history: Sequence[MemberEvent], card_on_record: str, today: date,
           rules: RuleBook) -> tuple[MemberState, Derived]:
    """The member's state today (or on the last event, if later) and the columns it sets;
    the card number comes from its event, else stays as the record has it."""
    state = derive_state(history, max(today, max(e.on for e in history)), rules)
    return state, Derived(
        status=state.status, admitted_on=state.admitted_on, ceremony_on=state.ceremony_on,
        official_on=state.official_on, card_number=state.card_number or card_on_record,
        exempt=state.exempt, temporarily_away=state.temporarily_away)


def settled_record(record: MemberRecord, derived: Derived) -> MemberRecord:
    """``record`` with the columns its events decide."""
    return replace(record, status=derived.status, admitted_on=derived.admitted_on,
                   ceremony_on=derived.ceremony_on, official_on=derived.official_on,
                   card_number=derived.card_number)


def settle(record: MemberRecord, events: Sequence[MemberEvent], today: date,
           rules: RuleBook | None = None) -> MemberRecord:
    """A new member's record as the register would hold it, after checking its events."""
    rules = rules or default_rulebook()
    context = CheckContext(birth_date=record.birth_date)
    history = check_events([], events, rules, context)
    return settled_record(record, derive(history, record.card_number, today, rules)[1])


def _issued_cards(change: LifeChange) -> list[str]:
    return [ev.card_number(e) for e in change.events if e.kind is EventKind.CARD_ISSUED]


def _card_holders(db: Database, changes: Sequence[LifeChange]) -> dict[str, str]:
    """``card number → member`` for the cards this batch issues: the register's owner,
    else the first member of the batch to be issued it."""
    holders: dict[str, str] = {}
    for change in changes:
        for card in _issued_cards(change):
            holders.setdefault(card, change.member_id)
    holders.update(card_owners(db, holders))
    return holders


def write_lives(db: Database, changes: Sequence[LifeChange], today: date,
                rules: RuleBook | None = None, *, audit: bool = True) -> list[Settled]:
    """Check, fold and write ``changes`` in one transaction; nothing is saved if any
    event is refused (RuleViolation) or a member is unknown (UnknownMemberError)."""
    rules = rules or default_rulebook()
    with storage_errors(), db.atomic():
        existing = [c.member_id for c in changes if c.record is None]
        facts = facts_of(db, existing) if existing else {}
        for member_id in existing:
            if member_id not in facts:
                raise UnknownMemberError(member_id)
        histories = events_of_many(db, existing) if existing else {}
        holders = _card_holders(db, changes)
        settled = []
        for change in changes:
            settled.append(_settle_change(change, facts.get(change.member_id),
                                          histories.get(change.member_id, []), holders,
                                          today, rules))
        insert_members(db, [(c.record, s.derived) for c, s in zip(changes, settled,
                                                                   strict=True) if c.record])
        insert_events(db, ((c.member_id, e) for c in changes for e in c.events))
        write_derived(db, {s.member_id: s.derived for c, s in zip(changes, settled,
                                                                   strict=True)
                           if c.record is None})
        if audit:
            for change, done in zip(changes, settled, strict=True):
                _audit(db, change, done, facts.get(change.member_id))
    return settled


def _settle_change(change: LifeChange, facts: dict | None, history: list[MemberEvent],
                   holders: dict[str, str], today: date, rules: RuleBook) -> Settled:
    if not change.events:
        raise ValueError("a life change needs at least one event")
    if change.record is not None:
        birth, card = change.record.birth_date, change.record.card_number
    else:
        assert facts is not None
        birth = date.fromisoformat(facts["birth_date"]) if facts["birth_date"] else None
        card = facts["card_number"] or ""
    others = frozenset(c for c in _issued_cards(change) if holders[c] != change.member_id)
    context = CheckContext(birth_date=birth, card_numbers_of_others=others,
                           gravely_ill=change.gravely_ill)
    history = check_events(history, change.events, rules, context, change.waived)
    state, derived = derive(history, card, today, rules)
    return Settled(change.member_id, state, derived)


def _audit(db: Database, change: LifeChange, done: Settled, facts: dict | None) -> None:
    after = derived_values(done.derived)
    if change.record is not None:
        record = settled_record(change.record, done.derived)
        write_audit(db, MEMBER, record.id, "created",
                    {f.name: (None, getattr(record, f.name)) for f in fields(record)
                     if f.name != "id" and getattr(record, f.name) not in (None, "")})
        before = dict.fromkeys(after)
    else:
        before = {name: (facts or {}).get(name) for name in after}
    for event in change.events:
        write_audit(db, MEMBER, change.member_id, f"event:{event.kind.value}",
                    {"event_date": (None, event.on.isoformat()),
                     **({k: (before[k], v) for k, v in after.items()}
                        if change.record is None else {})})
