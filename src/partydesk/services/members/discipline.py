"""Discipline cases deferred (pregnancy, nursing a child under 12 months, hospital).

A discipline decision itself is a lifecycle event (``lifecycle.record_event``) whose
details carry the reason, decision number and date and deciding body; this module keeps
the cases the cell may not consider yet, and until when.
"""

from __future__ import annotations

from datetime import date

from partydesk.domain.discipline import Deferral, deferral_cases
from partydesk.domain.errors import RuleViolation
from partydesk.domain.ids import new_id
from partydesk.domain.member import MemberStatus
from partydesk.domain.messages import QT_TRANSLATE_NOOP, message
from partydesk.domain.rulebook import RuleBook
from partydesk.services.members.register import MEMBER
from partydesk.services.setup.rulebook import default_rulebook
from partydesk.storage.audit_store import write_audit
from partydesk.storage.database import Database
from partydesk.storage.discipline_store import insert_deferral
from partydesk.storage.errors import storage_errors
from partydesk.storage.members.records import load_member

CURRENT = (MemberStatus.OFFICIAL, MemberStatus.PROBATIONARY)


def defer_discipline(db: Database, member_id: str, case: str, since: date, until: date,
                     note: str = "", rules: RuleBook | None = None) -> Deferral:
    """Record that the member's discipline is not considered before ``until``."""
    rules = rules or default_rulebook()
    if case not in deferral_cases(rules, since):
        raise RuleViolation(message(QT_TRANSLATE_NOOP(
            "Discipline", "Discipline is deferred only for pregnancy, nursing a child under "
            "12 months or a stay in hospital.")))
    if until <= since:
        raise RuleViolation(message(QT_TRANSLATE_NOOP(
            "Discipline", "The deferral must end after the day it begins.")))
    deferral = Deferral(new_id(), member_id, case, since, until, note.strip())
    with storage_errors(), db.atomic():
        record = load_member(db, member_id)
        if record is None or record.status not in CURRENT:
            raise RuleViolation(message(QT_TRANSLATE_NOOP(
                "Discipline", "Only a current member's discipline can be deferred.")))
        insert_deferral(db, deferral)
        write_audit(db, MEMBER, member_id, "discipline deferred",
                    {"deferral": (None, f"{case} {since.isoformat()}–{until.isoformat()}")})
    return deferral
