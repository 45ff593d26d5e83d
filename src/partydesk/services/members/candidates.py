"""Candidates for admission: record them, check the admission rules, admit them.

Admitting a candidate creates the member (with the admission decision event)
and links the candidate row to it, so the candidate's history stays readable.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from partydesk.domain.candidates import Candidate, Sponsor, check_candidate_admission
from partydesk.domain.errors import PartyDeskError
from partydesk.domain.events import EventKind, MemberEvent
from partydesk.domain.ids import new_id
from partydesk.domain.member import MemberRecord, MemberStatus, Sex
from partydesk.domain.member_state import derive_state
from partydesk.domain.messages import QT_TRANSLATE_NOOP, message
from partydesk.domain.rulebook import RuleBook
from partydesk.domain.vietnamese import clean_text
from partydesk.services.members.aggregate import LifeChange, write_lives
from partydesk.services.setup.rulebook import default_rulebook
from partydesk.storage import candidate_store as store
from partydesk.storage.audit_store import write_audit
from partydesk.storage.database import Database
from partydesk.storage.errors import storage_errors
from partydesk.storage.members.events import events_of_many
from partydesk.storage.members.records import members_in_name_order

CANDIDATE = "candidate"


class CandidateError(PartyDeskError):
    pass


def add_candidate(db: Database, full_name: str, sex: Sex, birth_date: date | None,
                  awareness_certificate_on: date | None = None, ethnicity: str = "Kinh",
                  religion: str = "Không", residence: str = "") -> str:
    name = clean_text(full_name)
    if not name:
        raise CandidateError(message(QT_TRANSLATE_NOOP("Candidates", "Enter the full name.")))
    candidate = Candidate(full_name=name, birth_date=birth_date,
                          awareness_certificate_on=awareness_certificate_on)
    candidate_id = new_id()
    with storage_errors(), db.atomic():
        store.insert_candidate(db, candidate_id, candidate, sex.value, {
            "ethnicity": clean_text(ethnicity), "religion": clean_text(religion),
            "residence": clean_text(residence)})
        write_audit(db, CANDIDATE, candidate_id, "created")
    return candidate_id


def set_sponsors(db: Database, candidate_id: str, sponsors: list[Sponsor]) -> None:
    _load(db, candidate_id)
    with storage_errors(), db.atomic():
        store.set_sponsors(db, candidate_id, tuple(sponsors))
        write_audit(db, CANDIDATE, candidate_id, "sponsors",
                    {"sponsors": (None, ", ".join(s.member_id for s in sponsors))})


def record_dates(db: Database, candidate_id: str, **dates: date | None) -> None:
    candidate, _ = _load(db, candidate_id)
    with storage_errors(), db.atomic():
        store.update_candidate_dates(db, candidate_id, dates)
        write_audit(db, CANDIDATE, candidate_id, "dates",
                    {k: (getattr(candidate, k), v) for k, v in dates.items()})


def admit(db: Database, candidate_id: str, decided_on: date,
          rules: RuleBook | None = None) -> str:
    """Admit on the committee's decision of ``decided_on``; returns the new member's id."""
    rules = rules or default_rulebook()
    candidate, extra = _load(db, candidate_id)
    if extra["member_id"]:
        raise CandidateError(message(QT_TRANSLATE_NOOP(
            "Candidates", "{name} has already been admitted."), name=candidate.full_name))
    candidate = replace(candidate, admission_decision_on=decided_on)
    histories = events_of_many(db, [s.member_id for s in candidate.sponsors])
    states = {m: derive_state(events, decided_on, rules)
              for m, events in histories.items() if any(e.on <= decided_on for e in events)}
    check_candidate_admission(candidate, states, decided_on, rules)
    member_id = new_id()
    record = MemberRecord(
        id=member_id, full_name=candidate.full_name, sex=Sex(extra["sex"]),
        birth_date=candidate.birth_date, ethnicity=extra["ethnicity"],
        religion=extra["religion"], residence=extra["residence"])
    decision = MemberEvent(EventKind.ADMISSION_DECISION, decided_on)
    with storage_errors(), db.atomic():
        write_lives(db, [LifeChange(member_id, (decision,), record)], decided_on, rules,
                    audit=False)     # the audit rows below say where the member came from
        store.update_candidate_dates(db, candidate_id, {"admission_decision_on": decided_on})
        store.link_member(db, candidate_id, member_id)
        write_audit(db, CANDIDATE, candidate_id, "admitted", {"member_id": (None, member_id)})
        write_audit(db, "member", member_id, "created from candidate",
                    {"candidate_id": (None, candidate_id)})
    return member_id


def candidates(db: Database) -> list[tuple[Candidate, dict]]:
    return store.list_candidates(db)


def _load(db: Database, candidate_id: str) -> tuple[Candidate, dict]:
    found = store.load_candidate(db, candidate_id)
    if found is None:
        raise CandidateError(message(QT_TRANSLATE_NOOP(
            "Candidates", "There is no candidate with the id {id}."), id=candidate_id))
    return found


def sponsor_choices(db: Database) -> list[tuple[str, str]]:
    """Official members who may sponsor, as (id, name), in name order."""
    return [(m.id, m.full_name) for m in members_in_name_order(db, [MemberStatus.OFFICIAL])]
