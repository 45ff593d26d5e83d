"""The columns of a member spreadsheet: Vietnamese headers (those of the member list
book, mẫu 7-HSĐV), tolerant header matching, and how each value is written and read.

The spreadsheet is a Vietnamese document whatever the language of the app, so
headers and the words in cells (Nam/Nữ, Chính thức…) are fixed Vietnamese text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime

from partydesk.domain.events import EventKind
from partydesk.domain.member import MemberStatus, Sex
from partydesk.domain.vietnamese import clean_text, fold


@dataclass(frozen=True)
class Column:
    field: str
    header: str
    required: bool = False          # the header must be present (the value may be empty)
    kind: str = "text"              # text | date | sex | status | exit_form
    aliases: tuple[str, ...] = ()


COLUMNS = [
    Column("full_name", "Họ và tên", True, aliases=("Họ tên", "Họ và tên đang dùng")),
    Column("birth_name", "Họ và tên khai sinh", aliases=("Tên khai sinh",)),
    Column("sex", "Giới tính", True, "sex"),
    Column("birth_date", "Ngày sinh", True, "date", ("Ngày tháng năm sinh",)),
    Column("ethnicity", "Dân tộc", True),
    Column("religion", "Tôn giáo", True),
    Column("home_town", "Quê quán"),
    Column("residence", "Nơi ở hiện nay", aliases=("Nơi cư trú", "Nơi ở")),
    Column("education", "Trình độ giáo dục phổ thông", aliases=("Trình độ văn hóa",)),
    Column("professional_level", "Trình độ chuyên môn"),
    Column("theory_level", "Lý luận chính trị", aliases=("Trình độ lý luận chính trị",)),
    Column("languages", "Ngoại ngữ"),
    Column("occupation_before", "Nghề nghiệp khi vào Đảng"),
    Column("occupation_now", "Nghề nghiệp hiện nay"),
    Column("admitted_on", "Ngày vào Đảng", True, "date", ("Ngày kết nạp",)),
    Column("ceremony_on", "Ngày làm lễ kết nạp", kind="date", aliases=("Ngày lễ kết nạp",)),
    Column("official_on", "Ngày chính thức", True, "date", ("Ngày vào Đảng chính thức",)),
    Column("card_number", "Số thẻ đảng viên", True, aliases=("Số thẻ", "Số thẻ Đảng")),
    Column("history_number", "Số lý lịch đảng viên", aliases=("Số lý lịch",)),
    Column("badge_number", "Số huy hiệu Đảng", aliases=("Số huy hiệu",)),
    Column("service", "Quân nhân, công an, nghỉ hưu",
           aliases=("Quân đội, công an, nghỉ hưu",)),
    # The member book's exit columns: each becomes a dated event, not a record field.
    Column("transfer_out_on", "Ngày chuyển đi", kind="date",
           aliases=("Ngày chuyển sinh hoạt đi", "Chuyển đi ngày")),
    Column("transfer_out_place", "Nơi chuyển đến", aliases=("Chuyển đến",)),
    Column("died_on", "Ngày từ trần", kind="date", aliases=("Từ trần ngày",)),
    Column("exited_on", "Ngày ra khỏi Đảng", kind="date", aliases=("Ra khỏi Đảng ngày",)),
    Column("exit_form", "Hình thức ra khỏi Đảng", kind="exit_form"),
    Column("phone", "Số điện thoại", aliases=("Điện thoại",)),
    Column("notes", "Ghi chú"),
    Column("status", "Trạng thái", kind="status"),
    # Optional, last so that older sheets keep their places: the word of the name the
    # member is filed under, when it is not the last word (Y Bih Niê → Bih).
    Column("given_name", "Tên gọi", aliases=("Tên gọi để sắp xếp",)),
]
BY_FIELD = {c.field: c for c in COLUMNS}
EXIT_FIELDS = ("transfer_out_on", "transfer_out_place", "died_on", "exited_on", "exit_form")
HEADERS = [c.header for c in COLUMNS]
DATE_FORMAT = "%d/%m/%Y"

SEX_WORDS = {Sex.MALE: "Nam", Sex.FEMALE: "Nữ"}
STATUS_WORDS = {
    MemberStatus.PROBATIONARY: "Dự bị", MemberStatus.OFFICIAL: "Chính thức",
    MemberStatus.TRANSFERRED_OUT: "Đã chuyển sinh hoạt đi", MemberStatus.REMOVED: "Đã xóa tên",
    MemberStatus.EXPELLED: "Bị khai trừ", MemberStatus.LEFT: "Đã ra khỏi Đảng",
    MemberStatus.DECEASED: "Đã từ trần",
}
# Hình thức ra khỏi Đảng: how a member left the party, as the member book writes it.
EXIT_FORM_WORDS = {EventKind.REMOVAL: "xóa tên", EventKind.EXPULSION: "khai trừ",
                   EventKind.LEFT_PARTY: "xin ra"}
_NOT_LETTERS = re.compile(r"[^0-9a-z]+")
_DATE = re.compile(r"^(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})$")
_ISO_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:[ T].*)?$")


def header_key(text: object) -> str:
    """Headers compare without case, accents, spacing or punctuation."""
    return _NOT_LETTERS.sub("", fold(clean_text(str(text or ""))))


_BY_HEADER = {header_key(h): c for c in COLUMNS for h in (c.header, *c.aliases)}
_SEX_BY_WORD = {header_key(w): s for s, w in SEX_WORDS.items()} | {"male": Sex.MALE,
                                                                   "female": Sex.FEMALE}
_FORM_BY_WORD = {header_key(w): k for k, w in EXIT_FORM_WORDS.items()} | {
    header_key("xin ra khỏi Đảng"): EventKind.LEFT_PARTY, header_key("bị khai trừ"):
    EventKind.EXPULSION, header_key("bị xóa tên"): EventKind.REMOVAL}
_STATUS_BY_WORD = ({header_key(w): s for s, w in STATUS_WORDS.items()}
                   | {header_key(s.value): s for s in MemberStatus})


def match_headers(cells: list[object]) -> dict[int, Column]:
    """``position → column`` for the cells of a header row that name a column
    (the first of two cells naming the same column wins; others are ignored)."""
    found: dict[int, Column] = {}
    for position, cell in enumerate(cells):
        column = _BY_HEADER.get(header_key(cell))
        if column is not None and column not in found.values():
            found[position] = column
    return found


class BadValue(ValueError):
    """A cell that cannot be read as its column's kind."""


def cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, datetime):
        value = value.date()
    if isinstance(value, date):
        return value.strftime(DATE_FORMAT)
    return clean_text(str(value))


def parse_date(value: object) -> date | None:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = cell_text(value)
    if not text:
        return None
    try:
        if match := _DATE.match(text):
            day, month, year = (int(g) for g in match.groups())
            return date(year, month, day)
        if match := _ISO_DATE.match(text):
            year, month, day = (int(g) for g in match.groups())
            return date(year, month, day)
    except ValueError:
        pass
    raise BadValue(text)


def parse_sex(value: object) -> Sex | None:
    text = cell_text(value)
    if not text:
        return None
    if (sex := _SEX_BY_WORD.get(header_key(text))) is None:
        raise BadValue(text)
    return sex


def parse_status(value: object) -> MemberStatus | None:
    text = cell_text(value)
    if not text:
        return None
    if (status := _STATUS_BY_WORD.get(header_key(text))) is None:
        raise BadValue(text)
    return status


def parse_exit_form(value: object) -> EventKind | None:
    text = cell_text(value)
    if not text:
        return None
    if (kind := _FORM_BY_WORD.get(header_key(text))) is None:
        raise BadValue(text)
    return kind


def format_value(column: Column, value: object) -> object:
    """A record's value as written in a spreadsheet (dates stay dates)."""
    if value is None:
        return None
    if column.kind == "sex":
        return SEX_WORDS[value]
    if column.kind == "status":
        return STATUS_WORDS[value]
    if column.kind == "exit_form":
        return EXIT_FORM_WORDS[value]
    return value
