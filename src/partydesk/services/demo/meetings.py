"""Demo meetings over the last months, consistent with the demo register (all invented).

One regular meeting a month (combined with a thematic session in the last
month of each quarter); attendance from the register as of each date, with a
few absences; votes on the month's plan and on probationers due for
conversion; minutes signed the same day except the latest, still a draft;
one amendment; a resolution per signed meeting with tasks, some overdue.
Everything goes through the meeting and resolution services, so the demo
obeys the same rules as the user.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass
from datetime import date, time, timedelta

from partydesk.domain.attendance import Membership, Presence, Standing
from partydesk.domain.dates import add_months
from partydesk.domain.meetings import Amendment, MeetingKind
from partydesk.domain.rulebook import RuleBook
from partydesk.domain.votes import DecisionKind, voters_present
from partydesk.services.demo import meeting_words as text
from partydesk.services.meetings import drafts as svc
from partydesk.services.meetings import items as rec
from partydesk.services.meetings.attendance import AttendanceEntry, Listing, listing_on, state_on
from partydesk.services.meetings.minutes import finalise_meeting
from partydesk.services.meetings.resolutions import (
    DocumentInput,
    TaskInput,
    complete_task,
    current_term,
    issue_resolution,
    tasks_of,
)
from partydesk.services.setup.rulebook import default_rulebook
from partydesk.storage.database import Database
from partydesk.storage.members.events import StoredHistory, load_histories

MEETING_DAY = 5
DEFAULT_MONTHS = 24
MAX_MEMBERS_FOR_MEETINGS = 2000
_STEADY = Listing(Membership.OFFICIAL, Standing.ACTIVE)
_TERM = re.compile(r"^\s*(\d{4})\s*[-–]\s*(\d{4})\s*$")


def default_months(members: int) -> int:
    """24 months of meetings for demo registers up to 2,000 members, none above."""
    return DEFAULT_MONTHS if members <= MAX_MEMBERS_FOR_MEETINGS else 0


def meeting_dates(months: int, as_of: date) -> list[date]:
    """The ``months`` monthly meeting days up to ``as_of``, oldest first."""
    latest = as_of.replace(day=MEETING_DAY)
    if latest > as_of:
        latest = add_months(latest, -1)
    return [add_months(latest, -back) for back in range(months - 1, -1, -1)]


def term_on(current: str, day: date) -> str:
    """The term a day belonged to, assuming congresses by the end of June of the first
    year ("2025-2030": from 01/07/2025). Unreadable terms are used as they are."""
    match = _TERM.match(current)
    if not match:
        return current
    start, end = int(match[1]), int(match[2])
    length = max(1, end - start)
    while day < date(start, 7, 1):
        start, end = start - length, start
    return f"{start}-{end}"


@dataclass
class DemoMeetings:
    db: Database
    seed: int
    as_of: date
    rules: RuleBook

    def __post_init__(self) -> None:
        self.rng = random.Random(self.seed * 7919 + 17)
        self.histories = load_histories(self.db)
        self.term = current_term(self.db)

    def fill(self, months: int) -> int:
        dates = meeting_dates(months, self.as_of)
        officers = self._officers(dates)
        if officers is None:
            return 0
        amended = len(dates) - 7
        for index, day in enumerate(dates):
            meeting_id = self._meeting(day, officers)
            if index == len(dates) - 1:
                break
            finalise_meeting(self.db, meeting_id, day, self.rules, term_on(self.term, day))
            if index == amended:
                self._amend(meeting_id, day, officers[1].full_name)
            self._resolution(meeting_id, day)
        return len(dates)

    def _officers(self, dates: list[date]) -> tuple[StoredHistory, StoredHistory] | None:
        """Chair (secretary) and minute-taker: official members taking part as usual at the
        first and the last meeting (the demo register has no exits in between)."""
        if not dates:
            return None
        steady = [h for h in self.histories
                  if all(listing_on(h, d, self.rules) == _STEADY for d in (dates[0], dates[-1]))]
        if len(steady) < 2:
            return None
        chair, taker = self.rng.sample(steady[: max(2, len(steady) // 3)], 2)
        return chair, taker

    def _meeting(self, day: date, officers: tuple[StoredHistory, StoredHistory]) -> str:
        thematic = day.month % 3 == 0
        start = self.rng.choice([time(7, 30), time(14, 0), time(19, 30)])
        minutes = self.rng.randint(125, 170) if thematic else self.rng.randint(92, 135)
        if day.month == 7:
            minutes = 80   # a short meeting a year, which the minutes flag
        month = f"{day.month:02d}/{day.year}"
        details = svc.MeetingDetails(
            kind=MeetingKind.REGULAR_WITH_THEMATIC if thematic else MeetingKind.MONTHLY_REGULAR,
            held_on=day, starts_at=start, ends_at=_plus(start, minutes),
            place=self.rng.choice(text.PLACES), purpose=text.PURPOSE.format(month=month),
            chair_member_id=officers[0].member_id, minute_taker_member_id=officers[1].member_id,
            guests=self.rng.choice(text.GUESTS) if thematic else "")
        meeting_id = svc.create_meeting(self.db, details, self.rules).id
        self._absences(meeting_id, {o.member_id for o in officers})
        self._items(meeting_id, day, thematic)
        return meeting_id

    def _absences(self, meeting_id: str, keep: set[str]) -> None:
        marks = {}
        for entry in svc.attendance_list(self.db, meeting_id):
            if entry.member_id in keep or entry.attendee.standing is not Standing.ACTIVE:
                continue
            roll = self.rng.random()
            if roll < 0.07:
                marks[entry.member_id] = (Presence.ABSENT_WITH_REASON,
                                          self.rng.choice(text.ABSENCE_REASONS))
            elif roll < 0.09:
                marks[entry.member_id] = (Presence.ABSENT_WITHOUT_REASON, "")
        svc.mark_attendance_sheet(self.db, meeting_id, marks, self.rules)

    def _items(self, meeting_id: str, day: date, thematic: bool) -> None:
        people = svc.attendance_list(self.db, meeting_id)
        present = [e for e in people if e.attendee.is_present and e.member_id]
        month, prev = _month(day), _month(add_months(day, -1))
        review = rec.add_item(self.db, meeting_id, text.REVIEW_TITLE.format(prev=prev),
                              text.REVIEW_CONCLUSION.format(prev=prev))
        self._speeches(review, present, text.REVIEW_SPEECHES)
        plan = rec.add_item(self.db, meeting_id, text.PLAN_TITLE.format(month=month),
                            text.PLAN_CONCLUSION.format(month=month))
        self._speeches(plan, present, text.PLAN_SPEECHES)
        self._vote(meeting_id, DecisionKind.ORDINARY, text.PLAN_VOTE.format(month=month),
                   people, plan)
        if thematic:
            theme = rec.add_item(self.db, meeting_id, self.rng.choice(text.THEMES),
                                 text.THEME_CONCLUSION)
            self._speeches(theme, present, text.THEME_SPEECHES)
            self._vote(meeting_id, DecisionKind.ORDINARY, text.THEME_VOTE, people, theme)
        self._conversions(meeting_id, day, people, present)

    def _conversions(self, meeting_id: str, day: date, people: list[AttendanceEntry],
                     present: list[AttendanceEntry]) -> None:
        by_id = {h.member_id: h for h in self.histories}
        due = []
        for entry in people:
            if entry.attendee.membership is not Membership.PROBATIONARY or not entry.member_id:
                continue
            state = state_on(by_id[entry.member_id], day, self.rules)
            if state and state.probation_ends_on and state.probation_ends_on <= day:
                due.append(entry)
        if not due:
            return
        item = rec.add_item(self.db, meeting_id, text.CONVERSION_TITLE)
        for entry in due:
            speaker = self.rng.choice(present)
            rec.add_speech(self.db, item, "", text.CONVERSION_SPEECH.format(name=entry.name),
                           speaker.member_id)
            self._vote(meeting_id, DecisionKind.CONVERSION_OFFICIAL,
                       text.CONVERSION_VOTE.format(name=entry.name), people, item,
                       entry.member_id)

    def _speeches(self, item_id: str, present: list[AttendanceEntry],
                  lines: list[str]) -> None:
        count = min(len(present), self.rng.randint(2, 4))
        for speaker, line in zip(self.rng.sample(present, count),
                                 self.rng.sample(lines, count), strict=True):
            rec.add_speech(self.db, item_id, "", line, speaker.member_id)

    def _vote(self, meeting_id: str, kind: DecisionKind, question: str,
              people: list[AttendanceEntry], item_id: str, subject: str | None = None) -> None:
        voters = voters_present([e.attendee for e in people])
        abstain = min(voters, self.rng.choice([0, 0, 0, 1]))
        rec.record_vote(self.db, meeting_id, rec.VoteInput(
            kind, question, voters - abstain, 0, abstain, item_id, subject), self.rules)

    def _amend(self, meeting_id: str, day: date, author: str) -> None:
        svc.add_amendment(self.db, meeting_id, Amendment(
            day + timedelta(days=9), text.AMENDMENT.format(prev=_month(add_months(day, -1))),
            author))

    def _resolution(self, meeting_id: str, day: date) -> None:
        month, prev = _month(day), _month(add_months(day, -1))
        picks = self.rng.sample(text.TASKS, self.rng.randint(1, 3))
        tasks = tuple(TaskInput(content.format(month=month), assignee,
                                add_months(day, self.rng.choice([1, 1, 2, 3])))
                      for content, assignee in picks)
        issued = issue_resolution(self.db, DocumentInput(
            issued_on=day, title=text.RESOLUTION_TITLE.format(month=month),
            content=text.RESOLUTION_CONTENT.format(month=month, prev=prev),
            meeting_id=meeting_id, tasks=tasks), term_on(self.term, day))
        for task in tasks_of(self.db, issued.id):
            assert task.deadline is not None
            finished = task.deadline - timedelta(days=self.rng.randint(0, 10))
            if finished <= self.as_of and self.rng.random() < 0.85:
                complete_task(self.db, task.id, max(finished, day))


def fill_demo_meetings(db: Database, months: int, seed: int, as_of: date,
                       rules: RuleBook | None = None) -> int:
    """Write ``months`` monthly demo meetings ending at ``as_of``; the number written."""
    if months <= 0:
        return 0
    return DemoMeetings(db, seed, as_of, rules or default_rulebook()).fill(months)


def _plus(start: time, minutes: int) -> time:
    total = start.hour * 60 + start.minute + minutes
    return time(min(total // 60, 23), total % 60 if total < 24 * 60 else 59)


def _month(day: date) -> str:
    return f"{day.month:02d}/{day.year}"
