"""A candidate's way into the party, through the service."""

from __future__ import annotations

from datetime import date

import pytest

from partydesk.domain.candidates import Sponsor
from partydesk.domain.errors import PartyDeskError, RuleViolation
from partydesk.domain.member import Sex
from partydesk.services.demo.register import fill_demo_register
from partydesk.services.members import candidates as service
from partydesk.services.members.lifecycle import history_of_changes, timeline
from partydesk.services.overview.reminders import overview_reminders

TODAY = date(2026, 11, 21)


@pytest.fixture
def register(memory_db):
    fill_demo_register(memory_db, 30, seed=11, as_of=TODAY)
    return memory_db


def two_sponsors(db):
    return [Sponsor(member_id, 24) for member_id, _ in service.sponsor_choices(db)[:2]]


def test_admitting_a_candidate_creates_a_probationary_member_and_keeps_the_history(register):
    candidate_id = service.add_candidate(register, "Giàng Thị Mỷ", Sex.FEMALE,
                                         date(2000, 4, 2), date(2026, 3, 1), "H'Mông")
    service.set_sponsors(register, candidate_id, two_sponsors(register))
    member_id = service.admit(register, candidate_id, date(2026, 11, 2))
    line = timeline(register, member_id, TODAY)
    assert line.state.status.value == "probationary"
    assert [e.kind.value for e in line.events] == ["admission_decision"]
    assert service.candidates(register) == []          # no longer waiting
    assert history_of_changes(register, member_id)[0].action == "created from candidate"
    with pytest.raises(PartyDeskError):
        service.admit(register, candidate_id, date(2026, 11, 3))


@pytest.mark.parametrize(("certificate", "sponsors", "birth", "rule"), [
    (date(2020, 1, 1), 2, date(2000, 4, 2), "awareness_certificate.valid_months"),
    (date(2026, 3, 1), 1, date(2000, 4, 2), "admission.sponsors_required"),
    (date(2026, 3, 1), 2, date(2009, 4, 2), "admission.min_age_months"),
], ids=["certificate-expired", "one-sponsor", "under-18"])
def test_admission_is_refused_by_the_rules_and_nothing_is_created(register, certificate,
                                                                  sponsors, birth, rule):
    candidate_id = service.add_candidate(register, "Sùng A Páo", Sex.MALE, birth, certificate)
    service.set_sponsors(register, candidate_id, two_sponsors(register)[:sponsors])
    members_before = register.execute("SELECT count(*) FROM members").fetchone()
    with pytest.raises(RuleViolation) as refused:
        service.admit(register, candidate_id, date(2026, 11, 2))
    assert refused.value.rule == rule
    assert register.execute("SELECT count(*) FROM members").fetchone() == members_before
    assert len(service.candidates(register)) == 1


def test_a_certificate_expiring_soon_is_on_the_overview(register):
    service.add_candidate(register, "Lò Văn Páo", Sex.MALE, date(1999, 1, 1),
                          date(2022, 1, 15))
    reminders = [r for r in overview_reminders(register, TODAY) if r.kind == "certificate"]
    assert [(r.name, r.due_on) for r in reminders] == [("Lò Văn Páo", date(2027, 1, 15))]
