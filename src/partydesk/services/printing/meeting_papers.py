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

from dataclasses import replace
from datetime import date, datetime
from typing import Any

from partydesk.domain.attendance import Membership, Standing
from partydesk.domain.meetings import MeetingKind, kind_label
from partydesk.domain.messages import Message
from partydesk.domain.organisation import Organisation
from partydesk.i18n import render
from partydesk.services.meetings.minutes import MinutesView, minutes_view
from partydesk.services.meetings.minutes_parts import ItemView, VoteView
from partydesk.services.printing.headers import (
    document_header,
    require_name,
    secretary_signature,
)
from partydesk.services.printing.issued import issue_snapshot
from partydesk.services.printing.model import (
    Absence,
    AgendaItem,
    Amendment,
    Attendance,
    MinutesDocument,
    NoticeDocument,
    Signer,
    SignInRow,
    SignInSheet,
    Speech,
    Vote,
)
from partydesk.services.printing.text import short_date
from partydesk.services.printing.verification import minutes_code
from partydesk.storage.database import Database
from partydesk.storage.namesake_store import name_key, namesake_birth_years

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


GATHERING = {MeetingKind.CONGRESS: "đại hội", MeetingKind.CELL_COMMITTEE: "cuộc họp"}


class Namer:
    """Names as printed: "Nguyễn Văn Huy (sinh năm 1983)" when two members share it."""

    def __init__(self, db: Database) -> None:
        self.by_id, self.by_name = namesake_birth_years(db)

    def __call__(self, name: str, member_id: str | None = None) -> str:
        year = self.by_id.get(member_id or "")
        if year is None:
            years = self.by_name.get(name_key(name), [])
            year = years[0] if len(set(years)) == 1 else None  # unknown which: say nothing
        return f"{name} (sinh năm {year})" if year else name


def with_printed_names(db: Database, entries: list[dict]) -> list[dict]:
    """Copies of report rows (``member_id``, ``full_name``) with namesakes told apart, for
    the documents that name members alone (grading report, dues arrears)."""
    name = Namer(db)
    return [{**e, "full_name": name(e["full_name"], e.get("member_id"))} for e in entries]


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


def _attendance(view: MinutesView, name: Namer) -> Attendance:
    a = view.attendance
    ids = {e.name: e.member_id for e in view.attendees}
    return Attendance(
        official=len(a.official), probationary=len(a.probationary),
        temporary=len(a.attending_temporarily), exempted=len(a.exempt),
        transferred_out=len(a.temporarily_away),
        present_official=len(a.present_official),
        present_probationary=len(a.present_probationary),
        present_temporary=len(a.present_attending_temporarily),
        absent_with_reason=tuple(Absence(name(n, ids.get(n)), reason)
                                 for n, reason in a.absent_with_reason),
        absent_without_reason=tuple(name(n, ids.get(n)) for n in a.absent_without_reason),
        present_names=tuple(name(e.name, e.member_id) for e in view.attendees
                            if e.attendee.is_present))


def _item(item: ItemView, name: Namer) -> AgendaItem:
    return AgendaItem(
        title=item.title, conclusion=_one_line(item.conclusion),
        speeches=tuple(Speech(name(s.speaker_name, s.speaker_member_id), _one_line(s.text))
                       for s in item.speeches))


def _vote(vote: VoteView) -> Vote:
    question = vote.question or vietnamese(vote.kind_label)
    outcome = vote.outcome
    return Vote(question=question, votes_for=vote.votes_for, votes_against=vote.against,
                abstain=vote.abstain, passed=vote.passed,
                threshold=vietnamese(outcome.threshold_text) if outcome else "",
                denominator=outcome.denominator if outcome else 0,
                explanation=vietnamese(vote.explanation))


def _chair_title(view: MinutesView, organisation: Organisation) -> str:
    secretary = organisation.secretary.strip()
    return "Bí thư chi bộ" if secretary and secretary == view.chair.name else ""


def minutes_document(db: Database, organisation: Organisation,
                     meeting_id: str) -> MinutesDocument:
    view = minutes_view(db, meeting_id)
    name = Namer(db)
    start = datetime.combine(view.held_on, view.starts_at)
    end = datetime.combine(view.held_on, view.ends_at) if view.ends_at else None
    chair = name(require_name(view.chair.name, "CHỦ TRÌ"), view.chair.member_id)
    taker = name(require_name(view.minute_taker.name, "THƯ KÝ"), view.minute_taker.member_id)
    header = view.header
    if view.number is not None:
        header = replace(header, code=minutes_code(db, meeting_id))
    return MinutesDocument(
        header=header, subject=meeting_subject(view), start=start, end=end,
        place=view.place, chair=chair, minute_taker=taker,
        chair_title=_chair_title(view, organisation), attendance=_attendance(view, name),
        purpose=view.purpose, guests=view.guests,
        agenda=tuple(_item(i, name) for i in view.items),
        votes=tuple(_vote(v) for v in view.votes),
        amendments=tuple(_amendment(a, organisation) for a in view.amendments),
        draft=view.number is None, gathering=GATHERING.get(view.kind, "buổi sinh hoạt"))


def _amendment(a: Any, organisation: Organisation) -> Amendment:
    """A correction signed by whoever made it and, on behalf of the cell, the secretary."""
    signers = [Signer("NGƯỜI ĐÍNH CHÍNH", a.author)] if a.author.strip() else []
    if organisation.secretary.strip():
        signers.append(secretary_signature(organisation))
    return Amendment(a.date, a.text, a.author, tuple(signers))


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
                    issued_on: date | None = None, signer: str | None = None
                    ) -> NoticeDocument:
    """The notice of the meeting, dated ``issued_on`` (default: the day it is printed).
    It takes no number; as a signed paper it carries a verification code (an
    ``issued_records`` row: the meeting's day, time and number of agenda items)."""
    view = minutes_view(db, meeting_id)
    issued_on = issued_on or date.today()
    subject = meeting_subject(view)
    lowered = subject[:1].lower() + subject[1:]
    agenda = tuple(i.title for i in view.items) or ((view.purpose,) if view.purpose else ())
    notice = NoticeDocument(
        header=document_header(db, organisation, issued_on), subject=f"về việc {lowered}",
        time=datetime.combine(view.held_on, view.starts_at), place=view.place,
        signer=secretary_signature(organisation, signer),
        intro=f"Chi ủy {organisation.name} thông báo tổ chức {lowered} như sau:",
        agenda=agenda, attendees=_who_attends(view), recipients=recipients(organisation))
    figures = [("Ngày họp", short_date(view.held_on)), ("Giờ họp", f"{view.starts_at:%H:%M}"),
               ("Số nội dung", len(agenda))]
    return replace(notice, header=issue_snapshot(db, "notice", notice.header,
                                                 f"Thông báo {lowered}", figures, notice))


def signin_sheet(db: Database, organisation: Organisation, meeting_id: str) -> SignInSheet:
    """Everyone on the meeting's attendance list, each with a box to sign."""
    view = minutes_view(db, meeting_id)
    name = Namer(db)
    rows = []
    for number, entry in enumerate(view.attendees, start=1):
        person = entry.attendee
        kind = ("Sinh hoạt tạm thời" if person.standing is Standing.ATTENDING_TEMPORARILY
                else MEMBERSHIP_WORDS[person.membership])
        rows.append(SignInRow(number, name(entry.name, entry.member_id), kind,
                              STANDING_NOTES.get(person.standing, "")))
    return SignInSheet(header=document_header(db, organisation, view.held_on),
                       meeting_title=meeting_subject(view), date=view.held_on,
                       rows=tuple(rows))
