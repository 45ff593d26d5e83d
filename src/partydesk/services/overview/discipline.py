"""Discipline reminders: appeal deadlines still running, deferred cases coming due."""

from __future__ import annotations

from datetime import date, timedelta

from partydesk.domain.discipline import (
    APPEAL_DAYS,
    appeal_deadline,
    deferral_still_open,
)
from partydesk.domain.rulebook import RuleBook
from partydesk.storage.database import Database
from partydesk.storage.discipline_store import all_deferrals, discipline_events_since
from partydesk.storage.members.events import events_of_many
from partydesk.storage.members.records import member_names

DEFERRAL_HORIZON_DAYS = 31      # a deferred case shows a month before it ends


def discipline_reminders(db: Database, today: date, rules: RuleBook):
    from partydesk.services.overview.reminders import Reminder  # one Reminder type

    longest = int(rules.value(APPEAL_DAYS, today))
    found = []
    for member_id, event in discipline_events_since(db, today - timedelta(days=longest + 31)):
        deadline = appeal_deadline(event, rules)
        if event.on <= today <= deadline:
            found.append(Reminder("appeal", member_id, "", deadline, False,
                                  document=str(event.details.get("level", ""))))
    deferrals = all_deferrals(db)
    histories = events_of_many(db, {d.member_id for d in deferrals})
    for deferral in deferrals:
        if (deferral_still_open(deferral, histories.get(deferral.member_id, []))
                and deferral.until <= today + timedelta(days=DEFERRAL_HORIZON_DAYS)):
            found.append(Reminder("deferral", deferral.member_id, "", deferral.until,
                                  deferral.until < today, document=deferral.case))
    names = member_names(db, [r.subject_id for r in found])
    return [Reminder(r.kind, r.subject_id, names.get(r.subject_id, ""), r.due_on, r.overdue,
                     document=r.document) for r in found]
