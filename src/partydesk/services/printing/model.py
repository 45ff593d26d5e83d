"""What the printing service is given: plain, frozen data, already decided.

Printing does not read storage and does not apply rules. Whoever calls it
(the meetings service, the register, a demo) fills these dataclasses with
finished facts: counts already counted, vote thresholds already explained,
names already spelled. Printing only lays them out, in Vietnamese, to the
party document format. Text may arrive in any Unicode normal form; printing
normalises it to NFC.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime


@dataclass(frozen=True)
class DocumentHeader:
    """The top of every party document (Hướng dẫn 36-HD/VPTW)."""

    higher_org: str  # "ĐẢNG BỘ XÃ HÒA BÌNH" (printed in capitals)
    issuer: str  # "CHI BỘ THÔN ĐỒNG TÂM" (printed in bold capitals)
    place: str  # "Hòa Bình", before the date
    date: date
    number: str | None = None  # "05-NQ/CB"; printed as "Số 05-NQ/CB"
    code: str | None = None  # verification code of a signed record, printed in the footer
    on_behalf: str = "T/M CHI BỘ"  # "T/M ĐẢNG ỦY" when a committee issues the document
    file_copy: str = "Lưu Chi bộ."  # last recipient: the issuer's own copy


@dataclass(frozen=True)
class Signer:
    """A signature block: "T/M CHI BỘ" over "BÍ THƯ", then the name."""

    title: str  # "BÍ THƯ", "PHÓ BÍ THƯ", "CHỦ TRÌ", "THƯ KÝ"
    name: str
    on_behalf: str | None = None  # "T/M CHI BỘ"


# --- minutes -----------------------------------------------------------------


@dataclass(frozen=True)
class Absence:
    name: str
    reason: str


@dataclass(frozen=True)
class Attendance:
    """The attendance report read at the start of a meeting (counts of people)."""

    official: int  # official members on the cell's register
    probationary: int
    temporary: int = 0  # attending temporarily (sinh hoạt tạm thời) here
    exempted: int = 0  # miễn công tác và sinh hoạt đảng
    transferred_out: int = 0  # temporarily transferred out (chuyển sinh hoạt tạm thời đi)
    present_official: int = 0
    present_probationary: int = 0
    present_temporary: int = 0
    absent_with_reason: tuple[Absence, ...] = ()
    absent_without_reason: tuple[str, ...] = ()
    present_names: tuple[str, ...] = ()  # who was there, listed after the count if given

    @property
    def total(self) -> int:
        return self.official + self.probationary

    @property
    def present(self) -> int:
        return self.present_official + self.present_probationary + self.present_temporary


@dataclass(frozen=True)
class Speech:
    speaker: str  # full name, printed as "Đồng chí Nguyễn Thị Hường"
    text: str


@dataclass(frozen=True)
class AgendaItem:
    title: str
    presenter: str | None = None  # who presented the item
    summary: str = ""  # what was presented
    speeches: tuple[Speech, ...] = ()
    conclusion: str = ""  # the chair's conclusion on this item


@dataclass(frozen=True)
class Vote:
    question: str
    votes_for: int
    votes_against: int
    abstain: int
    threshold: str  # already computed, e.g. "cần ít nhất 2/3 ... (8/11 đồng chí)"; may be ""
    passed: bool
    method: str = "giơ tay"  # "giơ tay", "bỏ phiếu kín"
    explanation: str = ""  # the whole judgement, e.g. "thông qua: 14/19 … (10)"; printed
    # as the result line instead of the bare "thông qua" when given (no denominator known)
    denominator: int = 0  # official members counted ("50/51 đồng chí tán thành")


@dataclass(frozen=True)
class Amendment:
    """A dated correction; the signed minutes themselves never change."""

    date: date
    text: str
    author: str = ""  # who made the correction
    signers: tuple[Signer, ...] = ()  # its own signatures (left to right)


READ_BACK = (
    "Biên bản đã được đọc lại trước {gathering}; các đồng chí dự họp "
    "nhất trí với nội dung biên bản."
)


@dataclass(frozen=True)
class MinutesDocument:
    header: DocumentHeader
    subject: str  # "Sinh hoạt chi bộ thường kỳ tháng 02 năm 2026", under "BIÊN BẢN"
    start: datetime
    end: datetime | None  # closing time; None leaves a blank to fill in by hand
    place: str  # "Nhà văn hóa thôn Đồng Tâm"
    chair: str
    minute_taker: str
    attendance: Attendance
    purpose: str = ""
    chair_title: str = "Bí thư chi bộ"  # may be "" (the chair is not always the secretary)
    guests: tuple[str, ...] = ()  # "đồng chí Lê Văn Hòa, Đảng ủy viên, ..."
    agenda: tuple[AgendaItem, ...] = ()
    votes: tuple[Vote, ...] = ()
    conclusion: tuple[str, ...] = ()  # the chair's closing conclusion, paragraphs
    read_back: str = READ_BACK
    amendments: tuple[Amendment, ...] = ()
    draft: bool = False  # not yet read back and signed: "DỰ THẢO" under the title
    gathering: str = "buổi sinh hoạt"  # "hội nghị" only for a congress or a committee


# --- resolution and notice ---------------------------------------------------


@dataclass(frozen=True)
class Section:
    heading: str  # "I. KẾT QUẢ ...", may be ""
    paragraphs: tuple[str, ...] = ()


@dataclass(frozen=True)
class Task:
    content: str
    assignee: str
    deadline: str  # free text: "Trước ngày 30/3/2026", "Thường xuyên"


DEFAULT_RECIPIENTS = ("Đảng ủy xã (để báo cáo),", "Đảng viên trong chi bộ,", "Lưu Chi bộ.")


@dataclass(frozen=True)
class ResolutionDocument:
    header: DocumentHeader
    subject: str  # "về phương hướng, nhiệm vụ tháng 3 năm 2026"
    signer: Signer
    preamble: tuple[str, ...] = ()  # "Căn cứ ...", one per line
    sections: tuple[Section, ...] = ()
    tasks: tuple[Task, ...] = ()
    closing: str = ""  # last paragraph; printed ending with "./."
    recipients: tuple[str, ...] = DEFAULT_RECIPIENTS  # "Lưu Chi bộ." is always last


@dataclass(frozen=True)
class NoticeDocument:
    header: DocumentHeader
    subject: str  # "về việc sinh hoạt chi bộ thường kỳ tháng 3 năm 2026"
    time: datetime
    place: str
    signer: Signer
    intro: str = ""
    agenda: tuple[str, ...] = ()
    attendees: str = "Toàn thể đảng viên trong chi bộ."
    closing: str = "Đề nghị các đồng chí đảng viên đến dự đầy đủ, đúng giờ."
    recipients: tuple[str, ...] = DEFAULT_RECIPIENTS


# --- lists -------------------------------------------------------------------


@dataclass(frozen=True)
class SignInRow:
    number: int
    full_name: str
    kind: str  # "Chính thức", "Dự bị", "Sinh hoạt tạm thời"
    note: str = ""  # "Miễn SH", "Đi SHTT"…, printed under "Ghi chú"


@dataclass(frozen=True)
class SignInSheet:
    header: DocumentHeader
    meeting_title: str  # "Sinh hoạt chi bộ thường kỳ tháng 02 năm 2026"
    date: date
    rows: tuple[SignInRow, ...] = ()


@dataclass(frozen=True)
class MemberRow:
    """One line of the member list (columns of mẫu 7-HSĐV)."""

    number: int
    full_name: str
    sex: str  # "Nam", "Nữ"
    birth_date: date | None = None
    ethnicity: str = ""
    religion: str = ""
    home_town: str = ""
    education: str = ""  # "12/12", "9/12"
    theory_level: str = ""  # "Sơ cấp", "Trung cấp", "Cao cấp"
    admission_date: date | None = None
    official_date: date | None = None
    card_number: str = ""
    notes: str = ""


@dataclass(frozen=True)
class MemberListDocument:
    header: DocumentHeader
    title: str = "DANH SÁCH ĐẢNG VIÊN"
    as_of: date | None = None  # "Tính đến ngày ..."
    rows: tuple[MemberRow, ...] = ()
    signer: Signer | None = None  # "T/M CHI BỘ" / "BÍ THƯ" under the list
