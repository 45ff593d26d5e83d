"""The cell's proposal is voted at the meeting through the vote machinery; the
committee's decision outranks it; a closed round changes nothing."""

from __future__ import annotations

import pytest

from partydesk.domain.errors import PartyDeskError
from partydesk.domain.organisation import Organisation, Role
from partydesk.services.grading import rounds
from partydesk.services.meetings import drafts
from partydesk.services.reports.grading_report import grading_report
from tests.meetings.registers import MEETING_DAY, details, fill_register

CELL = Organisation(id="o", role=Role.CELL, name="Chi bộ thôn Đồng Tâm", code="CB01")


@pytest.fixture
def register(memory_db):
    return memory_db, fill_register(memory_db)


def _latest(db, year):
    return {m["full_name"]: (m["stage"], m["level"])
            for m in grading_report(db, CELL, year)["members"]}


def test_a_passed_vote_records_the_proposal_and_a_failed_one_does_not(register):
    db, ids = register
    meeting = drafts.create_meeting(db, details(ids)).id
    year = MEETING_DAY.year
    member = ids["Nguyễn Văn Chính 03"]
    rounds.set_grading(db, CELL, member, year, "outstanding", 93, stage="self")
    failed = rounds.propose_at_meeting(db, CELL, meeting, member, year, "good", votes_for=1)
    assert not failed.passed
    assert _latest(db, year)["Nguyễn Văn Chính 03"] == ("self", "outstanding")
    passed = rounds.propose_at_meeting(db, CELL, meeting, member, year, "good", votes_for=12)
    assert passed.passed and passed.rule.key == "votes.threshold.grading"
    assert _latest(db, year)["Nguyễn Văn Chính 03"] == ("cell", "good")
    rounds.set_grading(db, CELL, member, year, "completed", stage="committee")
    report = grading_report(db, CELL, year)
    assert report["members"][0]["self"] == "outstanding"
    assert report["members"][0]["cell"] == "good"
    assert _latest(db, year)["Nguyễn Văn Chính 03"] == ("committee", "completed")


def test_a_closed_round_refuses_changes(register):
    db, ids = register
    member = ids["Nguyễn Văn Chính 04"]
    rounds.set_grading(db, CELL, member, 2025, "good", stage="committee")
    rounds.close_round(db, CELL, 2025, accept=True)
    with pytest.raises(PartyDeskError):
        rounds.set_grading(db, CELL, member, 2025, "outstanding", stage="committee")
    assert _latest(db, 2025)["Nguyễn Văn Chính 04"] == ("committee", "good")
