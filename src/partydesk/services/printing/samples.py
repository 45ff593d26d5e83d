"""Made-up but realistic Vietnamese documents for previews, tests and benchmarks.

Names are generated from common family, middle and given names (Kinh and
ethnic-minority); they are nobody in particular. Deterministic per seed.
"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, datetime, timedelta
from pathlib import Path

from partydesk.services.printing.model import (
    Absence,
    AgendaItem,
    Amendment,
    Attendance,
    DocumentHeader,
    MemberListDocument,
    MemberRow,
    MinutesDocument,
    NoticeDocument,
    ResolutionDocument,
    Section,
    Signer,
    SignInRow,
    SignInSheet,
    Speech,
    Task,
    Vote,
)

FAMILY = ("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Vũ", "Võ", "Đặng", "Bùi",
          "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Lò", "Lường", "Quàng", "Cầm", "Giàng", "Thào")
MIDDLE = ("Văn", "Thị", "Đức", "Hữu", "Minh", "Thị Thu", "Ngọc", "Xuân", "Quốc", "Thị Mỹ")
GIVEN = ("Hường", "Đức", "Ánh", "Páo", "Thắng", "Dũng", "Nguyệt", "Hiền", "Tuấn", "Quỳnh",
         "Lữ", "Vững", "Kỳ", "Hằng", "Ẩn", "Thủy", "Sử", "Dở", "Yến", "Ngữ", "Khuê", "Tỵ",
         "Ưng", "Ẵm", "Kiểm", "Thoả", "Ước", "Hội", "Oanh", "Lũy")
ETHNIC = ("Kinh", "Thái", "Mông", "Tày", "Mường", "Dao")
RELIGION = ("Không", "Không", "Không", "Phật giáo", "Công giáo")
TOWNS = ("Xã Hòa Bình, tỉnh Điện Biên", "Phường Đồng Tâm, tỉnh Lào Cai",
         "Xã Mường Khương, tỉnh Lào Cai", "Xã Quỳnh Nhai, tỉnh Sơn La",
         "Xã Tủa Chùa, tỉnh Điện Biên", "Xã Yên Thế, tỉnh Bắc Ninh")
THEORY = ("Sơ cấp", "Trung cấp", "Cao cấp", "")


def names(count: int, seed: int = 7) -> list[str]:
    rng = random.Random(seed)
    seen: dict[str, None] = {}
    while len(seen) < count:
        seen[f"{rng.choice(FAMILY)} {rng.choice(MIDDLE)} {rng.choice(GIVEN)}"] = None
    return list(seen)


def header(number: str | None = "05-BB/CB", day: date = date(2026, 2, 5)) -> DocumentHeader:
    return DocumentHeader(higher_org="Đảng bộ xã Hòa Bình", issuer="Chi bộ thôn Đồng Tâm",
                          place="Hòa Bình", date=day, number=number)


SAYINGS = (
    "Đề nghị chi bộ quan tâm hơn đến việc vận động bà con giữ gìn vệ sinh môi trường, "
    "thu gom rác thải đúng nơi quy định và duy trì lịch dọn đường làng vào sáng chủ nhật.",
    "Tôi nhất trí với báo cáo; tuy nhiên tiến độ làm đường bê tông nội đồng còn chậm, "
    "cần phân công cụ thể từng đảng viên phụ trách từng tổ dân cư.",
    "Việc thu đảng phí tháng này đạt 100%; đề nghị tiếp tục duy trì nền nếp, "
    "đóng đúng hạn trước ngày 10 hằng tháng.",
    "Hộ nghèo có thu nhập < 2 triệu đồng/tháng & hộ cận nghèo cần được rà soát lại, "
    "bảo đảm công khai, minh bạch, đúng đối tượng.",
)


def _item(title: str, people: list[str], rng: random.Random, speakers: int) -> AgendaItem:
    present = people[:12]  # 12-14 are absent, 15 is the guest
    speeches = tuple(Speech(rng.choice(present), rng.choice(SAYINGS)) for _ in range(speakers))
    return AgendaItem(
        title=title, presenter=people[0],
        summary="Báo cáo đánh giá kết quả thực hiện nhiệm vụ tháng trước; nêu rõ những việc "
                "đã làm được, những hạn chế, nguyên nhân và đề ra nhiệm vụ tháng tới.",
        speeches=speeches,
        conclusion="Chi bộ cơ bản nhất trí với nội dung đã trình bày; giao chi ủy tiếp thu "
                   "ý kiến của đảng viên, hoàn chỉnh và triển khai thực hiện.")


def minutes(speakers_per_item: int = 3, items: int = 2, seed: int = 7) -> MinutesDocument:
    """A regular monthly meeting; raise *speakers_per_item* for a longer document."""
    rng = random.Random(seed)
    people = names(16, seed)
    titles = ("Đánh giá kết quả thực hiện nhiệm vụ tháng 01 năm 2026",
              "Phương hướng, nhiệm vụ tháng 02 năm 2026",
              "Xét đề nghị kết nạp quần chúng ưu tú vào Đảng",
              "Sinh hoạt chuyên đề: học tập và làm theo tư tưởng, đạo đức Hồ Chí Minh",
              "Các ý kiến khác")
    start = datetime(2026, 2, 5, 14, 0)
    return MinutesDocument(
        header=replace(header(), code="SAMPL-E0CDE"),  # signed: footer code and QR
        subject="Sinh hoạt chi bộ thường kỳ tháng 02 năm 2026",
        start=start, end=start + timedelta(minutes=125), place="Nhà văn hóa thôn Đồng Tâm",
        chair=people[0], minute_taker=people[1],
        purpose="Đánh giá kết quả tháng 01, bàn nhiệm vụ tháng 02 năm 2026 và xét đề nghị "
                "kết nạp đảng viên.",
        guests=(f"Đồng chí {people[15]}, Đảng ủy viên, phụ trách địa bàn thôn.",),
        attendance=Attendance(
            official=12, probationary=2, temporary=1, exempted=1, transferred_out=1,
            present_official=9, present_probationary=2, present_temporary=1,
            absent_with_reason=(Absence(people[12], "ốm, đang điều trị tại bệnh viện"),
                                Absence(people[13], "đi làm ăn xa, đã báo cáo chi ủy")),
            absent_without_reason=(people[14],)),
        agenda=tuple(_item(titles[i % len(titles)], people, rng, speakers_per_item)
                     for i in range(items)),
        votes=(Vote("Thông qua phương hướng, nhiệm vụ tháng 02 năm 2026", 11, 0, 0,
                    "hơn một nửa số đảng viên được triệu tập (7/12 đồng chí)", True),
               Vote("Đề nghị kết nạp quần chúng Lò Thị Xuân vào Đảng", 7, 2, 1,
                    "ít nhất 2/3 số đảng viên chính thức (8/11 đồng chí) tán thành", False,
                    "bỏ phiếu kín")),
        conclusion=("Chi bộ thống nhất các nội dung đã bàn; giao chi ủy chỉ đạo triển khai, "
                    "kiểm tra, đôn đốc việc thực hiện và báo cáo tại kỳ sinh hoạt tới.",),
        amendments=(Amendment(date(2026, 2, 12),
                              "Sửa tên khách mời ở mục I cho đúng chức danh: "
                              "Đảng ủy viên, Phó Chủ tịch Ủy ban nhân dân xã."),),
    )


def member_list(count: int = 1000, seed: int = 11) -> MemberListDocument:
    rng = random.Random(seed)
    rows = []
    for i, name in enumerate(names(count, seed), 1):
        born = date(1950, 1, 1) + timedelta(days=rng.randrange(0, 365 * 50))
        admitted = born + timedelta(days=365 * 19 + rng.randrange(0, 365 * 20))
        admitted = min(admitted, date(2024, 12, 1) - timedelta(days=rng.randrange(0, 900)))
        rows.append(MemberRow(
            number=i, full_name=name, sex="Nữ" if " Thị" in name else "Nam",
            birth_date=born, ethnicity=rng.choice(ETHNIC), religion=rng.choice(RELIGION),
            home_town=rng.choice(TOWNS), education=rng.choice(("12/12", "9/12", "10/10")),
            theory_level=rng.choice(THEORY), admission_date=admitted,
            official_date=admitted + timedelta(days=365),
            card_number=f"{rng.randrange(10**7, 10**8)}", notes=""))
    return MemberListDocument(header=header(None), as_of=date(2026, 2, 5), rows=tuple(rows),
                              signer=Signer("Bí thư", names(1, 7)[0], "T/M Chi bộ"))


def resolution() -> ResolutionDocument:
    people = names(16, 7)
    return ResolutionDocument(
        header=header("05-NQ/CB", date(2026, 2, 6)),
        subject="về phương hướng, nhiệm vụ tháng 02 năm 2026",
        signer=Signer("Bí thư", people[0], "T/M Chi bộ"),
        preamble=("Căn cứ Điều lệ Đảng Cộng sản Việt Nam;",
                  "Căn cứ Quy định số 294-QĐ/TW ngày 26/5/2025 của Ban Chấp hành Trung ương "
                  "về thi hành Điều lệ Đảng;",
                  "Căn cứ kết quả sinh hoạt chi bộ thường kỳ ngày 05 tháng 02 năm 2026,"),
        sections=(
            Section("I. ĐÁNH GIÁ KẾT QUẢ THÁNG 01 NĂM 2026", (
                "Chi bộ đã lãnh đạo hoàn thành các chỉ tiêu chủ yếu: thu đảng phí đạt 100%; "
                "hoàn thành 1,2 km đường bê tông nội đồng; 100% đảng viên tham gia học tập "
                "nghị quyết.",
                "Hạn chế: việc vận động hộ nghèo có thu nhập < 2 triệu đồng/tháng & hộ cận "
                "nghèo tham gia mô hình sinh kế còn chậm.")),
            Section("II. PHƯƠNG HƯỚNG, NHIỆM VỤ THÁNG 02 NĂM 2026", (
                "Tập trung lãnh đạo nhân dân vui Xuân, đón Tết an toàn, tiết kiệm; "
                "chuẩn bị tốt vụ Đông Xuân.",)),
        ),
        tasks=(Task("Vận động nhân dân ra quân làm đường giao thông nội đồng", people[2],
                    "Trước ngày 28/02/2026"),
               Task("Rà soát hộ nghèo, hộ cận nghèo; lập danh sách đề nghị hỗ trợ", people[3],
                    "Trước ngày 20/02/2026"),
               Task("Thu đảng phí, nộp Đảng ủy xã đúng hạn", people[1],
                    "Trước ngày 10 hằng tháng")),
        closing="Nghị quyết này được phổ biến đến toàn thể đảng viên trong chi bộ để thực hiện.",
        recipients=("Đảng ủy xã Hòa Bình (để báo cáo),", "Các đảng viên trong chi bộ,",
                    "Lưu Chi bộ."),
    )


def notice() -> NoticeDocument:
    people = names(16, 7)
    return NoticeDocument(
        header=header("07-TB/CB", date(2026, 2, 25)),
        subject="về việc sinh hoạt chi bộ thường kỳ tháng 3 năm 2026",
        time=datetime(2026, 3, 5, 14, 0), place="Nhà văn hóa thôn Đồng Tâm",
        signer=Signer("Bí thư", people[0], "T/M Chi bộ"),
        intro="Chi ủy Chi bộ thôn Đồng Tâm thông báo tổ chức sinh hoạt chi bộ thường kỳ "
              "tháng 3 năm 2026 như sau:",
        agenda=("Đánh giá kết quả thực hiện nhiệm vụ tháng 02 năm 2026.",
                "Bàn phương hướng, nhiệm vụ tháng 3 năm 2026.",
                "Xét chuyển đảng viên chính thức cho đồng chí Hoàng Thị Ánh."),
        recipients=("Đảng ủy xã Hòa Bình (để báo cáo),", "Các đảng viên trong chi bộ,"),
    )


def signin(count: int = 14) -> SignInSheet:
    kinds = ("Chính thức",) * 11 + ("Dự bị", "Dự bị", "Sinh hoạt tạm thời")
    rows = tuple(SignInRow(i, n, kinds[(i - 1) % len(kinds)])
                 for i, n in enumerate(names(count, 7), 1))
    return SignInSheet(header=header(None), rows=rows, date=date(2026, 2, 5),
                       meeting_title="Sinh hoạt chi bộ thường kỳ tháng 02 năm 2026")


def write_all(folder: Path) -> list[Path]:
    """Print every sample document into *folder* (for previews and screenshots)."""
    from partydesk.services.printing import lists, minutes, resolution

    jobs = {"print-minutes": (minutes.render_minutes, globals()["minutes"]()),
            "print-resolution": (resolution.render_resolution, globals()["resolution"]()),
            "print-notice": (resolution.render_notice, notice()),
            "print-signin": (lists.render_signin, signin()),
            "print-memberlist": (lists.render_member_list, member_list(60))}
    paths = []
    for name, (render, doc) in jobs.items():
        path = folder / f"{name}.pdf"
        render(doc, path)
        paths.append(path)
    return paths
