"""The register's books and letters, built from the members and their events.

- :func:`member_book_document`: sổ danh sách đảng viên in the full mẫu 7-HSĐV
  layout, every member ever on the register (also those who left), with
  transfers, death, exit and its form;
- :func:`transfer_book_document`: sổ giới thiệu sinh hoạt đảng, one line per
  transfer in or out, official or temporary, where from or to;
- :func:`transfer_letter_document`: giấy giới thiệu sinh hoạt đảng of a member's
  latest transfer out, dated when printed (``issued_on``), numbered (``01-GGT/CB``)
  and carrying the verification code of that number, date and transfer.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any, BinaryIO

from partydesk.domain.errors import PartyDeskError
from partydesk.domain.events import PLACE, EventKind, MemberEvent
from partydesk.domain.member import MemberRecord, MemberStatus
from partydesk.domain.messages import QT_TRANSLATE_NOOP, message
from partydesk.domain.organisation import Organisation
from partydesk.services.printing.book_layout import render_book, render_transfer_letter
from partydesk.services.printing.headers import document_header, secretary_signature
from partydesk.services.printing.issued import issue_snapshot
from partydesk.services.printing.letters import issue_letter
from partydesk.services.printing.meeting_papers import Namer
from partydesk.services.printing.model_books import BookDocument, TransferLetter
from partydesk.services.printing.text import short_date
from partydesk.services.printing.verification import letter_code
from partydesk.services.shared.atomic_files import write_atomically
from partydesk.storage.database import Database
from partydesk.storage.members.events import events_of, events_of_many
from partydesk.storage.members.records import load_member, members_in_name_order
from partydesk.storage.transfer_store import members_transferred_out

SEX = {"male": "Nam", "female": "Nữ"}
OUT = {EventKind.TRANSFER_OUT_OFFICIAL: "chính thức", EventKind.TRANSFER_OUT_TEMPORARY: "tạm thời"}
IN = {EventKind.TRANSFER_IN_OFFICIAL: "chính thức", EventKind.TRANSFER_IN_TEMPORARY: "tạm thời"}
EXIT = {EventKind.LEFT_PARTY: "Ra khỏi Đảng", EventKind.REMOVAL: "Xóa tên",
        EventKind.EXPULSION: "Khai trừ"}
MEMBER_BOOK_COLUMNS = (
    ("STT", 7), ("Họ và tên\n(tên khai sinh)", 33), ("Giới\ntính", 7), ("Ngày sinh", 14),
    ("Dân tộc,\ntôn giáo", 13), ("Quê quán", 18), ("Học vấn,\nchuyên môn", 13),
    ("Lý luận\nchính trị", 11), ("Ngoại\nngữ", 10), ("Nghề nghiệp\n(trước, nay)", 16),
    ("Ngày vào\nĐảng", 14), ("Ngày\nchính thức", 14), ("Số thẻ, số lý\nlịch, huy hiệu", 16),
    ("Quân đội,\ncông an,\nnghỉ hưu", 10), ("Chuyển đi\n(ngày, nơi)", 15),
    ("Chuyển đến\n(ngày, nơi)", 15), ("Từ trần", 11), ("Ra khỏi Đảng\n(ngày, hình thức)", 16),
)
TRANSFER_COLUMNS = (("STT", 8), ("Họ và tên", 45), ("Ngày sinh", 20), ("Đảng viên", 20),
                    ("Đi / đến", 20), ("Hình thức", 22), ("Ngày", 22),
                    ("Nơi đến / nơi đi", 60), ("Ghi chú", 35))
ALL_STATUSES = tuple(MemberStatus)
NO_TRANSFER = QT_TRANSLATE_NOOP(
    "Documents", "No transfer out is recorded for this member: record the transfer first, "
                 "then print its letter.")
UNKNOWN_MEMBER = QT_TRANSLATE_NOOP("Documents", "There is no member with id {id}.")


def _when(event: MemberEvent | None) -> str:
    if event is None:
        return ""
    place = str(event.details.get(PLACE, "") or "")
    return short_date(event.on) + (f"\n{place}" if place else "")


def _last(events: list[MemberEvent], kinds: Any) -> MemberEvent | None:
    found = [e for e in events if e.kind in kinds]
    return found[-1] if found else None


def member_book_row(number: int, m: MemberRecord, events: list[MemberEvent],
                    name: Namer) -> tuple[str, ...]:
    full = name(m.full_name, m.id) + (f"\n({m.birth_name})" if m.birth_name else "")
    exit_event = _last(events, EXIT)
    exit_text = (_when(exit_event) + "\n" + EXIT[exit_event.kind]) if exit_event else ""
    numbers = "\n".join(x for x in (m.card_number, m.history_number, m.badge_number) if x)
    return (str(number), full, SEX.get(str(m.sex), ""), short_date(m.birth_date),
            f"{m.ethnicity}\n{m.religion}".strip(), m.home_town,
            "\n".join(x for x in (m.education, m.professional_level) if x), m.theory_level,
            m.languages, "\n".join(x for x in (m.occupation_before, m.occupation_now) if x),
            short_date(m.admitted_on), short_date(m.official_on), numbers, m.service,
            _when(_last(events, OUT)), _when(_last(events, IN)),
            _when(_last(events, {EventKind.DEATH})), exit_text)


def member_book_document(db: Database, organisation: Organisation, on: date,
                         signer: str | None = None) -> BookDocument:
    members = members_in_name_order(db, ALL_STATUSES)
    histories = events_of_many(db, [m.id for m in members])
    name = Namer(db)
    rows = tuple(member_book_row(i, m, histories.get(m.id, []), name)
                 for i, m in enumerate(members, 1))
    book = BookDocument(header=document_header(db, organisation, on),
                        kind="Sổ danh sách đảng viên", columns=MEMBER_BOOK_COLUMNS, rows=rows,
                        signer=secretary_signature(organisation, signer), as_of=on, size=8)
    present = sum(1 for m in members if m.status in (MemberStatus.OFFICIAL,
                                                      MemberStatus.PROBATIONARY))
    figures = [("Tính đến", short_date(on)), ("Số đảng viên trong sổ", len(rows)),
               ("Đang sinh hoạt", present), ("Đã chuyển đi", _filled(rows, 14)),
               ("Từ trần", _filled(rows, 16)), ("Ra khỏi Đảng", _filled(rows, 17))]
    return replace(book, header=issue_snapshot(db, "member-book", book.header,
                                               "Sổ danh sách đảng viên", figures, book))


def _filled(rows: tuple[tuple[str, ...], ...], column: int) -> int:
    return sum(1 for row in rows if row[column])


def transfer_book_document(db: Database, organisation: Organisation, on: date,
                           signer: str | None = None) -> BookDocument:
    members = members_in_name_order(db, ALL_STATUSES)
    histories = events_of_many(db, [m.id for m in members])
    name = Namer(db)
    lines = []
    for m in members:
        for e in histories.get(m.id, []):
            if e.kind in OUT or e.kind in IN:
                lines.append((e.on, m, e))
    lines.sort(key=lambda line: line[0])
    rows = tuple(
        (str(i), name(m.full_name, m.id), short_date(m.birth_date),
         "Chính thức" if m.official_on and m.official_on <= e.on else "Dự bị",
         "Chuyển đi" if e.kind in OUT else "Chuyển đến", (OUT | IN)[e.kind].capitalize(),
         short_date(e.on), str(e.details.get(PLACE, "") or ""), "")
        for i, (_, m, e) in enumerate(lines, 1))
    book = BookDocument(header=document_header(db, organisation, on),
                        kind="Sổ giới thiệu sinh hoạt đảng", columns=TRANSFER_COLUMNS,
                        rows=rows, signer=secretary_signature(organisation, signer), as_of=on,
                        size=10)
    out = sum(1 for row in rows if row[4] == "Chuyển đi")
    figures = [("Tính đến", short_date(on)), ("Số lượt chuyển sinh hoạt", len(rows)),
               ("Chuyển đi", out), ("Chuyển đến", len(rows) - out)]
    return replace(book, header=issue_snapshot(db, "transfer-book", book.header,
                                               "Sổ giới thiệu sinh hoạt đảng", figures, book))


def transfer_letter_document(db: Database, organisation: Organisation, member_id: str,
                             issued_on: date | None = None, signer: str | None = None
                             ) -> TransferLetter:
    member = load_member(db, member_id)
    if member is None:
        raise PartyDeskError(message(UNKNOWN_MEMBER, id=member_id))
    transfer = _last(events_of(db, member_id), OUT)
    if transfer is None:
        raise PartyDeskError(message(NO_TRANSFER))
    official = transfer.kind is EventKind.TRANSFER_OUT_OFFICIAL
    membership = ("chính thức" if member.official_on and member.official_on <= transfer.on
                  else "dự bị")
    signature = secretary_signature(organisation, signer)  # refused before a number is used
    on = issued_on or date.today()
    document_id, number = issue_letter(db, member_id, on) or ("", None)
    header = replace(document_header(db, organisation, on, number),
                     code=letter_code(db, document_id))
    return TransferLetter(
        header=header, signer=signature,
        recipient=str(transfer.details.get(PLACE, "") or "nơi đến"), official=official,
        full_name=Namer(db)(member.full_name, member.id), birth_date=member.birth_date,
        home_town=member.home_town, membership=membership, admitted_on=member.admitted_on,
        official_on=member.official_on, card_number=member.card_number,
        transfer_date=transfer.on, issuer_name=organisation.name)


def transfer_choices(db: Database) -> list[tuple[str, str]]:
    """(member id, "Name — transferred dd/mm/yyyy") for the app's choice of letter."""
    return [(member_id, f"{name} — {short_date(date.fromisoformat(day))}")
            for member_id, name, day in members_transferred_out(db)]


def _write(render: Callable[[Any, BinaryIO], None], document: Any, out: Path) -> Path:
    return write_atomically(out, lambda handle: render(document, handle))


def print_member_book(db: Database, organisation: Organisation, on: date, out: Path,
                      signer: str | None = None) -> Path:
    return _write(render_book, member_book_document(db, organisation, on, signer), out)


def print_transfer_book(db: Database, organisation: Organisation, on: date, out: Path,
                        signer: str | None = None) -> Path:
    return _write(render_book, transfer_book_document(db, organisation, on, signer), out)


def print_transfer_letter(db: Database, organisation: Organisation, member_id: str,
                          out: Path, issued_on: date | None = None,
                          signer: str | None = None) -> Path:
    return _write(render_transfer_letter,
                  transfer_letter_document(db, organisation, member_id, issued_on, signer),
                  out)
