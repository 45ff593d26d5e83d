"""Demo meetings hold together with the demo register, date by date."""

from __future__ import annotations

from collections import defaultdict
from datetime import date

import pytest

from partydesk.domain.attendance import Membership, Presence
from partydesk.domain.ids import new_id
from partydesk.domain.meetings import MeetingKind, MinutesStatus
from partydesk.domain.organisation import Organisation, Role
from partydesk.domain.votes import DecisionKind
from partydesk.services.demo.meetings import default_months, meeting_dates, term_on
from partydesk.services.demo.register import fill_demo_register
from partydesk.services.meetings.attendance import listing_on, state_on
from partydesk.services.meetings.drafts import list_meetings
from partydesk.services.meetings.minutes import minutes_view
from partydesk.services.meetings.resolutions import list_documents, overdue_tasks
from partydesk.services.setup.rulebook import default_rulebook
from partydesk.storage.members.events import load_histories
from partydesk.storage.organisation_store import insert_organisation

AS_OF = date(2026, 2, 20)
RULES = default_rulebook()


@pytest.fixture(scope="module")
def demo():
    from partydesk.storage.database import open_memory_database

    db = open_memory_database()
    insert_organisation(db, Organisation(
        id=new_id(), role=Role.CELL, name="Chi bộ thôn Đồng Tâm", code="CB01",
        higher_name="Đảng ủy xã Hòa Bình", term="2025-2030", signing_public_key="00",
        box_public_key="00"))
    fill_demo_register(db, 150, seed=4, as_of=AS_OF)
    views = [minutes_view(db, m.id) for m in reversed(list_meetings(db))]
    yield db, views
    db.close()


def test_two_years_of_monthly_meetings_the_latest_still_a_draft(demo):
    _, views = demo
    assert [v.held_on for v in views] == meeting_dates(24, AS_OF)
    assert views[-1].held_on == date(2026, 2, 5)
    assert [v.status for v in views] == [MinutesStatus.FINALISED] * 23 + [MinutesStatus.DRAFT]
    quarters = {(v.held_on.year, (v.held_on.month - 1) // 3) for v in views
                if v.kind is MeetingKind.REGULAR_WITH_THEMATIC}
    assert len(quarters) == 8
    assert sum(len(v.amendments) for v in views) == 1


def test_every_attendee_was_a_member_that_day_with_that_membership(demo):
    db, views = demo
    histories = {h.member_id: h for h in load_histories(db)}
    for view in views:
        listed = {e.member_id: e.attendee for e in view.attendees}
        expected = {member_id: listing_on(h, view.held_on, RULES)
                    for member_id, h in histories.items()}
        expected = {k: v for k, v in expected.items() if v is not None}
        assert set(listed) == set(expected), view.held_on
        for member_id, attendee in listed.items():
            assert attendee.membership is expected[member_id].membership


def test_chair_and_minute_taker_are_present_and_absences_look_real(demo):
    _, views = demo
    reasons = set()
    for view in views:
        present = {e.member_id for e in view.attendees if e.attendee.is_present}
        assert view.chair.member_id in present and view.minute_taker.member_id in present
        assert view.chair.member_id != view.minute_taker.member_id
        reasons |= {reason for _, reason in view.attendance.absent_with_reason}
        assert all(item.speeches for item in view.items[:2])
    assert reasons == {"ốm", "đi làm ăn xa", "việc gia đình"}
    assert sum(len(v.attendance.absent_without_reason) for v in views) > 0
    assert any(v.duration_warning is not None for v in views)


def test_votes_pass_and_conversions_concern_probationers_due(demo):
    db, views = demo
    histories = {h.member_id: h for h in load_histories(db)}
    kinds = defaultdict(int)
    for view in views:
        for vote in view.votes:
            kinds[vote.kind] += 1
            assert vote.passed, (view.held_on, vote.question)
            if vote.kind is DecisionKind.CONVERSION_OFFICIAL:
                state = state_on(histories[vote.subject_member_id], view.held_on, RULES)
                assert state.probation_ends_on <= view.held_on
                entry = next(e for e in view.attendees
                             if e.member_id == vote.subject_member_id)
                assert entry.attendee.membership is Membership.PROBATIONARY
    assert kinds[DecisionKind.ORDINARY] >= 24 and kinds[DecisionKind.CONVERSION_OFFICIAL] > 0


def test_a_resolution_per_signed_meeting_numbered_per_term_some_tasks_overdue(demo):
    db, views = demo
    resolutions = list(reversed(list_documents(db, "NQ")))
    assert [r.meeting_id for r in resolutions] == [v.meeting_id for v in views[:-1]]
    by_term = defaultdict(list)
    for r in resolutions:
        assert r.term == term_on("2025-2030", r.issued_on) and 1 <= r.tasks <= 3
        by_term[r.term].append(r.number)
    assert set(by_term) == {"2020-2025", "2025-2030"}
    for numbers in by_term.values():
        assert numbers == [f"{n:02d}-NQ/CB" for n in range(1, len(numbers) + 1)]
    assert overdue_tasks(db, AS_OF)
    minutes = {(d.term, d.number) for d in list_documents(db, "BB")}
    assert len(minutes) == 23 and views[-1].number is None


def test_presence_counts_in_the_list_match_the_minutes(demo):
    db, views = demo
    rows = {m.id: m for m in list_meetings(db)}
    for view in views:
        present = sum(1 for e in view.attendees if e.attendee.presence is Presence.PRESENT)
        assert rows[view.meeting_id].present == present


def test_large_demo_registers_skip_meetings():
    assert default_months(2000) == 24 and default_months(2001) == 0
    assert term_on("2025-2030", date(2025, 6, 30)) == "2020-2025"
    assert term_on("2025-2030", date(2019, 1, 1)) == "2015-2020"
    assert term_on("khóa mới", date(2019, 1, 1)) == "khóa mới"
