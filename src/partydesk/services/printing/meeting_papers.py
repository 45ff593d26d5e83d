"""The printed papers of one meeting, built from its minutes as read back.

:func:`minutes_document` (biên bản), :func:`notice_document` (the notice
sent before the meeting) and :func:`signin_sheet` (the attendance list as of
the meeting date, with a column to sign) turn
:func:`partydesk.services.meetings.minutes.minutes_view` into the plain inputs of
:mod:`partydesk.services.printing`. Printed documents are always in
Vietnamese, whatever language the program speaks: messages from the rules
(vote explanations, kinds of meeting) are rendered with the Vietnamese
catalogue.
"""

from __future__ import annotations

from datetime import date, datetime

from partydesk.domain.attendance import Membership, Standing
from partydesk.domain.meetings import MeetingKind, kind_label
from partydesk.domain.messages import Message
from partydesk.domain.organisation import Organisation
from partydesk.i18n import render
from partydesk.services.meetings.minutes import MinutesView, minutes_view
from partydesk.services.meetings.minutes_parts import ItemView, VoteView
from partydesk.services.printing.headers import document_header, secretary_signature
from partydesk.services.printing.model import (
    Absence,
    AgendaItem,
    Amendment,
    Attendance,
    MinutesDocument,
    NoticeDocument,
    SignInRow,
    SignInSheet,
    Speech,
    Vote,
)
from partydesk.storage.database import Database

PRINT_LANGUAGE = "vi"
MONTHLY_KINDS = frozenset({MeetingKind.MONTHLY_REGULAR, MeetingKind.THEMATIC,
                           MeetingKind.REGULAR_WITH_THEMATIC})
MEMBERSHIP_WORDS = {Membership.OFFICIAL: "Chính thức", Membership.PROBATIONARY: "Dự bị"}
STANDING_NOTES = {
    Standing.EXEMPT: "Miễn SH",
    Standing.TEMPORARILY_AWAY: "Đi SHTT",
    Standing.SUSPENDED: "Đình chỉ SH",
    Standing.PROSECUTED_OR_DETAINED: "Khởi tố, tạm giam",
    Standing.EXCUSED_WHOLE_MEETING: "Vắng cả buổi",
}


def vietnamese(msg: Message) -> str:
    return render(msg, PRINT_LANGUAGE)


def meeting_subject(view: MinutesView) -> str:
    """"Sinh hoạt chi bộ thường kỳ tháng 02 năm 2026", or the day for other kinds."""
    label = vietnamese(kind_label(view.kind))
    day = view.held_on
    if view.kind in MONTHLY_KINDS:
        return f"{label} tháng {day.month:02d} năm {day.year}"
    return f"{label} ngày {day.day:02d} tháng {day.month:02d} năm {day.year}"


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _attendance(view: MinutesView) -> Attendance:
    a = view.attendance
    return Attendance(
        official=len(a.official), probationary=len(a.probationary),
        temporary=len(a.attending_temporarily), exempted=len(a.exempt),
        transferred_out=len(a.temporarily_away),
        present_official=len(a.present_official),
        present_probationary=len(a.present_probationary),
        present_temporary=len(a.present_attending_temporarily),
        absent_with_reason=tuple(Absence(name, reason) for name, reason in a.absent_with_reason),
        absent_without_reason=a.absent_without_reason,
        present_names=tuple(e.name for e in view.attendees if e.attendee.is_present))


def _item(item: ItemView) -> AgendaItem:
    return AgendaItem(
        title=item.title, conclusion=_one_line(item.conclusion),
        speeches=tuple(Speech(s.speaker_name, _one_line(s.text)) for s in item.speeches))


def _vote(vote: VoteView) -> Vote:
    question = vote.question or vietnamese(vote.kind_label)
    return Vote(question=question, votes_for=vote.votes_for, votes_against=vote.against,
                abstain=vote.abstain, threshold="", passed=vote.passed,
                explanation=vietnamese(vote.explanation))


def _chair_title(view: MinutesView, organisation: Organisation) -> str:
    secretary = organisation.secretary.strip()
    return "Bí thư chi bộ" if secretary and secretary == view.chair.name else ""


def minutes_document(db: Database, organisation: Organisation,
                     meeting_id: str) -> MinutesDocument:
    view = minutes_view(db, meeting_id)
    start = datetime.combine(view.held_on, view.starts_at)
    end = datetime.combine(view.held_on, view.ends_at) if view.ends_at else None
    return MinutesDocument(
        header=view.header, subject=meeting_subject(view), start=start, end=end,
        place=view.place, chair=view.chair.name, minute_taker=view.minute_taker.name,
        chair_title=_chair_title(view, organisation), attendance=_attendance(view),
        purpose=view.purpose, guests=view.guests,
        agenda=tuple(_item(i) for i in view.items),
        votes=tuple(_vote(v) for v in view.votes),
        amendments=tuple(Amendment(a.date, a.text, a.author) for a in view.amendments),
        draft=view.number is None)


def recipients(organisation: Organisation) -> tuple[str, ...]:
    higher = organisation.higher_name.strip() or "Cấp ủy cấp trên"
    return (f"{higher} (để báo cáo),", "Các đảng viên trong chi bộ,", "Lưu Chi bộ.")


def _who_attends(view: MinutesView) -> str:
    a = view.attendance
    text = (f"Toàn thể đảng viên trong chi bộ ({a.total_members} đồng chí: "
            f"{len(a.official)} chính thức, {len(a.probationary)} dự bị).")
    if view.guests:
        text += " Khách mời: " + "; ".join(g.rstrip(".;") for g in view.guests) + "."
    return text


def notice_document(db: Database, organisation: Organisation, meeting_id: str,
                    issued_on: date | None = None) -> NoticeDocument:
    """The notice of the meeting, dated ``issued_on`` (default: today, or the meeting
    day for a meeting already past). It takes no number: printing it changes nothing."""
    view = minutes_view(db, meeting_id)
    issued_on = issued_on or min(date.today(), view.held_on)
    subject = meeting_subject(view)
    lowered = subject[:1].lower() + subject[1:]
    agenda = tuple(i.title for i in view.items) or ((view.purpose,) if view.purpose else ())
    return NoticeDocument(
        header=document_header(db, organisation, issued_on), subject=f"về việc {lowered}",
        time=datetime.combine(view.held_on, view.starts_at), place=view.place,
        signer=secretary_signature(organisation),
        intro=f"Chi ủy {organisation.name} thông báo tổ chức {lowered} như sau:",
        agenda=agenda, attendees=_who_attends(view), recipients=recipients(organisation))


def signin_sheet(db: Database, organisation: Organisation, meeting_id: str) -> SignInSheet:
    """Everyone on the meeting's attendance list, each with a box to sign."""
    view = minutes_view(db, meeting_id)
    rows = []
    for number, entry in enumerate(view.attendees, start=1):
        person = entry.attendee
        kind = ("Sinh hoạt tạm thời" if person.standing is Standing.ATTENDING_TEMPORARILY
                else MEMBERSHIP_WORDS[person.membership])
        rows.append(SignInRow(number, entry.name, kind, STANDING_NOTES.get(person.standing, "")))
    return SignInSheet(header=document_header(db, organisation, view.held_on),
                       meeting_title=meeting_subject(view), date=view.held_on,
                       rows=tuple(rows))
