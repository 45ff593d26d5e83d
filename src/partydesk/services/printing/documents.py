"""Build the printed documents from the register, and write them as PDFs.

The inputs of :mod:`partydesk.services.printing` come from here: the member
list and the resolution in this module, the papers of a meeting (minutes,
notice, sign-in sheet) from :mod:`partydesk.services.printing.meeting_papers`, the
header of them all from :mod:`partydesk.services.printing.headers`. Each ``print_*``
builds its document first (an unknown id is refused before any file is
touched), then writes the PDF atomically. The UI runs them as background jobs
(``services.shared.jobs.Job``) on a connection of their own.
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any, BinaryIO

from partydesk.domain.errors import PartyDeskError, RuleViolation
from partydesk.domain.member import MemberRecord, MemberStatus, Sex
from partydesk.domain.messages import QT_TRANSLATE_NOOP, message
from partydesk.domain.numbering import DocumentType
from partydesk.domain.organisation import Organisation
from partydesk.domain.rulebook import UnknownRule
from partydesk.services.meetings.minutes import minutes_view
from partydesk.services.meetings.resolutions import TaskView, load_document, tasks_of
from partydesk.services.printing.headers import (  # noqa: F401  (re-exported for callers)
    PLACE_SETTING,
    document_header,
    secretary_signature,
)
from partydesk.services.printing.issued import issue_snapshot
from partydesk.services.printing.lists import render_member_list, render_signin
from partydesk.services.printing.meeting_papers import (
    meeting_subject,
    minutes_document,
    notice_document,
    recipients,
    signin_sheet,
)
from partydesk.services.printing.minutes import render_minutes
from partydesk.services.printing.model import (
    MemberListDocument,
    MemberRow,
    ResolutionDocument,
    Section,
    Task,
)
from partydesk.services.printing.resolution import render_notice, render_resolution
from partydesk.services.printing.text import short_date
from partydesk.services.printing.verification import resolution_code
from partydesk.services.setup.rulebook import default_rulebook
from partydesk.services.shared.atomic_files import write_atomically
from partydesk.storage.database import Database
from partydesk.storage.members.records import members_in_name_order
from partydesk.storage.partition_store import consolidated_members

SEX_WORDS = {Sex.MALE: "Nam", Sex.FEMALE: "Nữ"}
ACTIVE = (MemberStatus.OFFICIAL, MemberStatus.PROBATIONARY)
NO_MEMBERS = QT_TRANSLATE_NOOP(
    "Documents", "There is no member to list: the register holds no official or "
                 "probationary member (a committee lists the members of its cells' bundles).")
CHARTER_RULE = "documents.charter_regulation"
RESOLUTION_CLOSING = ("Nghị quyết này được phổ biến đến toàn thể đảng viên trong chi bộ "
                      "để thực hiện.")
_HEADING = re.compile(r"^([IVX]+\.|[A-ZĐ][A-ZĐÀ-Ỹ ,]+:?$)")


def member_row(number: int, member: MemberRecord) -> MemberRow:
    return MemberRow(number=number, full_name=member.full_name, sex=SEX_WORDS[member.sex],
                     birth_date=member.birth_date, ethnicity=member.ethnicity,
                     religion=member.religion, home_town=member.home_town,
                     education=member.education, theory_level=member.theory_level,
                     admission_date=member.admitted_on, official_date=member.official_on,
                     card_number=member.card_number, notes=member.notes)


def member_list_document(db: Database, organisation: Organisation, on: date,
                         signer: str | None = None) -> MemberListDocument:
    """The cell's members; on a committee, the members of every cell it holds."""
    if organisation.is_committee:
        rows = tuple(committee_member_row(i, m) for i, m in enumerate(
            consolidated_members(db), start=1) if m["status"] in ACTIVE)
    else:
        members = members_in_name_order(db, list(ACTIVE))
        rows = tuple(member_row(i, m) for i, m in enumerate(members, start=1))
    if not rows:
        raise PartyDeskError(message(NO_MEMBERS))
    document = MemberListDocument(header=document_header(db, organisation, on), as_of=on,
                                  rows=rows, signer=secretary_signature(organisation, signer))
    return replace(document, header=issue_snapshot(
        db, "members", document.header, "Danh sách đảng viên", member_list_figures(document),
        document))


def member_list_figures(document: MemberListDocument) -> list[tuple[str, Any]]:
    """Counts a reader compares with the list: no name."""
    rows = document.rows
    official = sum(1 for r in rows if r.official_date is not None)
    return [("Tính đến", short_date(document.as_of)), ("Số đảng viên", len(rows)),
            ("Nam", sum(1 for r in rows if r.sex == "Nam")),
            ("Nữ", sum(1 for r in rows if r.sex == "Nữ")),
            ("Chính thức", official), ("Dự bị", len(rows) - official)]


def committee_member_row(number: int, m: dict) -> MemberRow:
    """A member as a committee holds it (fewer columns; the cell's code as a note)."""
    born = m.get("birth_date")
    return MemberRow(number=number, full_name=m["full_name"],
                     sex=SEX_WORDS.get(Sex(m["sex"]), "") if m.get("sex") else "",
                     birth_date=date.fromisoformat(born) if born else None,
                     ethnicity=m.get("ethnicity") or "", religion=m.get("religion") or "",
                     admission_date=_day(m.get("admitted_on")),
                     official_date=_day(m.get("official_on")),
                     card_number=m.get("card_number") or "", notes=m["cell_code"])


def _day(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


# --- resolutions ------------------------------------------------------------------


def _preamble(db: Database, issued_on: date, meeting_id: str | None) -> tuple[str, ...]:
    lines = ["Căn cứ Điều lệ Đảng Cộng sản Việt Nam;"]
    with contextlib.suppress(UnknownRule):
        lines.append(f"Căn cứ {default_rulebook().value(CHARTER_RULE, issued_on)};")
    if meeting_id is not None:
        view = minutes_view(db, meeting_id)
        subject = meeting_subject(view)
        lines.append(f"Căn cứ kết quả {subject[:1].lower()}{subject[1:]} "
                     f"(ngày {view.held_on:%d/%m/%Y}),")
    return tuple(lines)


def _sections(content: str) -> tuple[Section, ...]:
    """Free text as typed: a line like "I. ..." or in capitals starts a new section."""
    sections: list[Section] = []
    heading, paragraphs = "", []
    for line in (ln.strip() for ln in content.splitlines()):
        if not line:
            continue
        if _HEADING.match(line) and line.upper() == line:
            if heading or paragraphs:
                sections.append(Section(heading, tuple(paragraphs)))
            heading, paragraphs = line, []
        else:
            paragraphs.append(line)
    if heading or paragraphs:
        sections.append(Section(heading, tuple(paragraphs)))
    return tuple(sections)


def _task(task: TaskView) -> Task:
    deadline = f"Trước ngày {task.deadline:%d/%m/%Y}" if task.deadline else "Thường xuyên"
    return Task(task.content, task.assignee, deadline)


def resolution_subject(title: str) -> str:
    """The line under "NGHỊ QUYẾT": the title without a leading "Nghị quyết"."""
    return re.sub(r"^nghị quyết\s*", "", title.strip(), flags=re.IGNORECASE) or title


def resolution_document(db: Database, organisation: Organisation, document_id: str,
                        signer: str | None = None) -> ResolutionDocument:
    document = load_document(db, document_id)
    if document.type_code != DocumentType.NQ.value:
        raise RuleViolation(message(QT_TRANSLATE_NOOP(
            "Documents", "Document {number} is not a resolution."), number=document.number))
    return ResolutionDocument(
        header=replace(document_header(db, organisation, document.issued_on, document.number),
                       code=resolution_code(db, document_id)),
        subject=resolution_subject(document.title),
        signer=secretary_signature(organisation, signer),
        preamble=_preamble(db, document.issued_on, document.meeting_id),
        sections=_sections(document.content),
        tasks=tuple(_task(t) for t in tasks_of(db, document_id)),
        closing=RESOLUTION_CLOSING, recipients=recipients(organisation))


# --- writing PDFs -----------------------------------------------------------------


def _write(render: Callable[[Any, BinaryIO], None], document: Any, out: Path) -> Path:
    return write_atomically(out, lambda handle: render(document, handle))


def print_member_list(db: Database, organisation: Organisation, on: date, out: Path,
                      signer: str | None = None) -> Path:
    return _write(render_member_list, member_list_document(db, organisation, on, signer), out)


def print_minutes(db: Database, organisation: Organisation, meeting_id: str,
                  out: Path) -> Path:
    return _write(render_minutes, minutes_document(db, organisation, meeting_id), out)


def print_notice(db: Database, organisation: Organisation, meeting_id: str, out: Path,
                 issued_on: date | None = None, signer: str | None = None) -> Path:
    return _write(render_notice,
                  notice_document(db, organisation, meeting_id, issued_on, signer), out)


def print_signin_sheet(db: Database, organisation: Organisation, meeting_id: str,
                       out: Path) -> Path:
    return _write(render_signin, signin_sheet(db, organisation, meeting_id), out)


def print_resolution(db: Database, organisation: Organisation, document_id: str,
                     out: Path, signer: str | None = None) -> Path:
    return _write(render_resolution,
                  resolution_document(db, organisation, document_id, signer), out)
