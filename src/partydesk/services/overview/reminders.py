"""What the secretary must do soon: the overview's reminders, with names."""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date

from partydesk.domain.member import MemberStatus
from partydesk.domain.reminders import (
    badge_admission_windows,
    badges_due,
    ceremonies_due,
    certificates_expiring,
    conversions_due,
)
from partydesk.domain.rulebook import RuleBook
from partydesk.services.meetings.resolutions import overdue_tasks
from partydesk.services.overview.discipline import discipline_reminders
from partydesk.services.setup.rulebook import default_rulebook
from partydesk.storage.candidate_store import list_candidates
from partydesk.storage.database import Database
from partydesk.storage.meeting_store import meeting_held_in_month
from partydesk.storage.members.events import events_of_many
from partydesk.storage.members.records import (
    member_ids_admitted_between,
    member_ids_with_status,
    member_names,
)

BADGE_HORIZON_MONTHS = 12
CERTIFICATE_HORIZON_MONTHS = 3


@dataclass(frozen=True)
class Reminder:
    kind: str           # conversion, ceremony, badge, certificate, task, meeting, appeal…
    subject_id: str     # member, candidate or task id
    name: str           # the person, or what the task is
    due_on: date
    overdue: bool
    years: int | None = None   # badge years
    document: str = ""  # task: the resolution's number; appeal: level; deferral: case


def overview_reminders(db: Database, today: date,
                       rules: RuleBook | None = None) -> list[Reminder]:
    rules = rules or default_rulebook()
    probationers = events_of_many(db, member_ids_with_status(
        db, [MemberStatus.PROBATIONARY.value]))
    windows = badge_admission_windows(today, rules, within_months=BADGE_HORIZON_MONTHS)
    veterans = events_of_many(db, member_ids_admitted_between(db, windows))
    found = [Reminder("conversion", r.member_id, "", r.probation_ends_on, r.overdue)
             for r in conversions_due(probationers, today, rules, within_days=31)]
    found += [Reminder("ceremony", r.member_id, "", r.deadline, r.overdue)
              for r in ceremonies_due(probationers, today, rules)]
    found += [Reminder("badge", r.member_id, "", r.badge.due_on, r.overdue, r.badge.years)
              for r in badges_due(veterans, today, rules, within_months=BADGE_HORIZON_MONTHS)]
    names = member_names(db, [r.subject_id for r in found])
    found = [Reminder(r.kind, r.subject_id, names.get(r.subject_id, ""), r.due_on, r.overdue,
                      r.years) for r in found]
    found += _certificate_reminders(db, today, rules)
    found += [Reminder("task", t.task_id, t.content, t.deadline, True, document=t.document_number)
              for t in overdue_tasks(db, today)]
    found += _dues_reminders(db, today, rules)
    found += meeting_reminders(db, today)
    found += discipline_reminders(db, today, rules)
    found += _transfer_reminders(db, today, rules)
    return sorted(found, key=lambda r: (not r.overdue, r.due_on, r.name))


def _dues_reminders(db: Database, today: date, rules: RuleBook) -> list[Reminder]:
    """Members behind with dues this year (from the ledger); those with as many unpaid
    months as ``removal.unpaid_dues_months_in_year`` are flagged for the cell to
    consider (shown as overdue) — never removed automatically."""
    from partydesk.domain.dues import Month
    from partydesk.services.dues.report import members_behind

    return [Reminder("dues_flag" if b.flagged else "dues", b.member_id, b.full_name, today,
                     b.flagged, b.months)
            for b in members_behind(db, Month.of(today), rules)]


def meeting_reminders(db: Database, today: date) -> list[Reminder]:
    """"No meeting recorded this month", until one is: the cell meets every month."""
    if meeting_held_in_month(db, today.year, today.month):
        return []
    last_day = calendar.monthrange(today.year, today.month)[1]
    return [Reminder("meeting", "", "", today.replace(day=last_day), False)]


def _certificate_reminders(db: Database, today: date, rules: RuleBook) -> list[Reminder]:
    pending = list_candidates(db)
    ids = {candidate.full_name + str(candidate.birth_date): extra["id"]
           for candidate, extra in pending}
    return [Reminder("certificate", ids[r.candidate.full_name + str(r.candidate.birth_date)],
                     r.candidate.full_name, r.expires_on, r.expired)
            for r in certificates_expiring([c for c, _ in pending], today, rules,
                                           within_months=CERTIFICATE_HORIZON_MONTHS)]


def _transfer_reminders(db: Database, today: date, rules: RuleBook) -> list[Reminder]:
    """Transfer deadlines on both sides of a move (services/transfers/deadlines.py)."""
    from partydesk.services.transfers.deadlines import cell_deadlines

    return [Reminder(d.kind, d.member_id, d.name, d.due_on, d.overdue, document=d.place)
            for d in cell_deadlines(db, today, rules)]
