"""The minutes of a meeting as JSON (``partydesk meetings show ID``), messages rendered."""

from __future__ import annotations

from typing import Any

from partydesk.domain.attendance import AttendanceSummary
from partydesk.domain.meetings import kind_label
from partydesk.i18n import render
from partydesk.services.meetings.minutes import MinutesView
from partydesk.services.meetings.minutes_parts import VoteView


def minutes_json(view: MinutesView) -> dict[str, Any]:
    return {
        "id": view.meeting_id, "number": view.number,
        "header": {"higher_org": view.header.higher_org, "issuer": view.header.issuer,
                   "place": view.header.place, "date": view.header.date.isoformat(),
                   "number": view.header.number},
        "kind": view.kind.value, "kind_label": render(kind_label(view.kind)),
        "date": view.held_on.isoformat(), "starts_at": view.starts_at.strftime("%H:%M"),
        "ends_at": view.ends_at.strftime("%H:%M") if view.ends_at else None,
        "place": view.place, "purpose": view.purpose,
        "chair": view.chair.name, "minute_taker": view.minute_taker.name,
        "guests": list(view.guests), "status": view.status.value,
        "finalised_on": view.finalised_on.isoformat() if view.finalised_on else None,
        "attendance": attendance_json(view.attendance),
        "attendees": [{"name": e.name, "member_id": e.member_id,
                       "membership": e.attendee.membership.value,
                       "standing": e.attendee.standing.value,
                       "presence": e.attendee.presence.value, "reason": e.attendee.reason}
                      for e in view.attendees],
        "items": [{"title": item.title, "conclusion": item.conclusion,
                   "speeches": [{"speaker": s.speaker_name, "text": s.text}
                                for s in item.speeches]} for item in view.items],
        "votes": [vote_json(v) for v in view.votes],
        "amendments": [{"date": a.date.isoformat(), "text": a.text, "author": a.author}
                       for a in view.amendments],
        "resolutions": [{"id": r.id, "number": r.number, "title": r.title}
                        for r in view.resolutions],
        "duration_warning": render(view.duration_warning) if view.duration_warning else None,
    }


def attendance_json(summary: AttendanceSummary) -> dict[str, Any]:
    return {
        "total_members": summary.total_members, "official": len(summary.official),
        "probationary": len(summary.probationary),
        "attending_temporarily": len(summary.attending_temporarily),
        "exempt": list(summary.exempt), "temporarily_away": list(summary.temporarily_away),
        "present": summary.present_total, "present_official": len(summary.present_official),
        "present_probationary": len(summary.present_probationary),
        "absent_with_reason": [{"name": n, "reason": r} for n, r in summary.absent_with_reason],
        "absent_without_reason": list(summary.absent_without_reason),
    }


def vote_json(vote: VoteView) -> dict[str, Any]:
    return {"question": vote.question, "kind": vote.kind.value,
            "subject": vote.subject_name, "for": vote.votes_for, "against": vote.against,
            "abstain": vote.abstain, "passed": vote.passed,
            "explanation": render(vote.explanation)}
