"""Registers with known histories for the year-end reports: three cells built from
spreadsheets and events, a committee that imports their bundles, and an independent
count of every figure the reports must print (written here, not taken from the app)."""

from __future__ import annotations

import csv
import random
from dataclasses import dataclass, field
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

from tests.bundles.world import cli, confirmed_import, export, ok
from tests.helpers import open_register

AS_OF = date(2026, 12, 31)
ETHNIC = ["Kinh", "Tày", "Thái", "H'Mông"]
RELIGION = ["Không", "Phật giáo", "Công giáo"]
EDUCATION = {"12/12": "Trung học phổ thông", "9/12": "Trung học cơ sở",
             "10/10": "Trung học phổ thông", "5/12": "Tiểu học"}
THEORY = {"Sơ cấp": "Sơ cấp", "Trung cấp": "Trung cấp", "Cao cấp": "Cao cấp",
          "": "Chưa qua đào tạo"}
PROFESSIONAL = ["", "Trung cấp", "Đại học"]
JOBS = ["Nông dân", "Giáo viên", "Hưu trí"]
FAMILY = ["Nguyễn", "Trần", "Lê", "Hoàng", "Vi", "Lò"]
GIVEN = ["An", "Bình", "Chi", "Dũng", "Hoa", "Khánh", "Lan", "Minh", "Nga", "Phúc"]
EXITS = {"removal": "removals", "death": "deaths", "expulsion": "expulsions",
         "transfer_out_official": "transfers_out"}
LEVEL_VI = {"outstanding": "Hoàn thành xuất sắc nhiệm vụ", "good": "Hoàn thành tốt nhiệm vụ",
            "completed": "Hoàn thành nhiệm vụ", "not_completed": "Không hoàn thành nhiệm vụ"}


@dataclass
class Person:
    name: str
    sex: str
    birth: date
    ethnicity: str
    religion: str
    education: str
    theory: str
    professional: str
    job: str
    admitted: date
    official: date | None
    card: str
    exit: tuple[str, date] | None = None
    grading: tuple[str, str, int | None] | None = None     # stage, level, score
    away: tuple[date, date] | None = None                  # removed, then re-admitted
    member_id: str = ""


@dataclass
class Cell:
    code: str
    name: str
    people: list[Person] = field(default_factory=list)
    target: int = 0


def make_cell(code: str, name: str, count: int, seed: int, outstanding: int) -> Cell:
    rng = random.Random(seed)
    cell = Cell(code, name, target=rng.randint(2, 6))
    for i in range(count):
        sex = "male" if i % 3 else "female"
        admitted = date(rng.randint(1970, 2024), rng.randint(1, 12), rng.randint(1, 28))
        if i % 7 == 0:                                    # admitted this year
            admitted = date(2026, rng.randint(1, 9), rng.randint(1, 28))
        if i % 11 == 0:                                   # admitted last year
            admitted = date(2025, rng.randint(1, 12), rng.randint(1, 28))
        birth = date(admitted.year - rng.randint(19, 40), rng.randint(1, 12), rng.randint(1, 28))
        official = None
        if admitted <= date(2025, 10, 1):
            official = date(admitted.year + 1, admitted.month, admitted.day)
        card = f"{seed:02d}.{i + 1:06d}" if official else ""
        person = Person(
            name=f"{FAMILY[i % 6]} Văn {GIVEN[(i * 7 + seed) % 10]} {code}{i:02d}", sex=sex,
            birth=birth, ethnicity=ETHNIC[rng.randrange(4)], religion=RELIGION[rng.randrange(3)],
            education=rng.choice(list(EDUCATION)), theory=rng.choice(list(THEORY)),
            professional=rng.choice(PROFESSIONAL), job=rng.choice(JOBS), admitted=admitted,
            official=official, card=card)
        cell.people.append(person)
    officials = [p for p in cell.people if p.official and p.official < date(2025, 6, 1)]
    for person, kind in zip(officials[:4], EXITS, strict=False):
        person.exit = (kind, date(2026, rng.randint(2, 10), 15))
    officials[5].exit = ("death", date(2025, 5, 20))      # gone before the year began
    early = next(p for p in officials[6:] if p.official < date(2008, 1, 1))
    early.away = (date(2010, 6, 10), date(2018, 4, 2))    # removed, re-admitted later
    levels = (["outstanding"] * outstanding + ["good"] * 8 + ["completed"] * 3
              + ["not_completed"])
    graded = [p for p in cell.people if p.exit is None and p.official]
    for person, level in zip(graded, levels, strict=False):
        score = {"outstanding": 92, "good": 80, "completed": 60, "not_completed": 30}[level]
        person.grading = ("committee", level, score)
    for person in graded[len(levels):len(levels) + 2]:
        person.grading = ("self", "good", None)            # still undecided
    return cell


def write_members(cell: Cell, path: Path) -> None:
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        w = csv.writer(handle)
        w.writerow(["Họ và tên", "Giới tính", "Ngày sinh", "Dân tộc", "Tôn giáo",
                    "Trình độ giáo dục phổ thông", "Trình độ chuyên môn", "Lý luận chính trị",
                    "Nghề nghiệp hiện nay", "Ngày vào Đảng", "Ngày chính thức",
                    "Số thẻ đảng viên"])
        for p in cell.people:
            w.writerow([p.name, "Nam" if p.sex == "male" else "Nữ", _d(p.birth), p.ethnicity,
                        p.religion, p.education, p.professional, p.theory, p.job,
                        _d(p.admitted), _d(p.official), p.card])


def write_gradings(cell: Cell, path: Path) -> None:
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        w = csv.writer(handle)
        w.writerow(["Số thẻ đảng viên", "Họ và tên", "Ngày sinh", "Năm", "Xếp loại", "Điểm"])
        for p in cell.people:
            if p.grading and p.grading[0] == "committee":
                w.writerow([p.card, p.name, _d(p.birth), 2026, LEVEL_VI[p.grading[1]],
                            p.grading[2]])


def _d(day: date | None) -> str:
    return day.strftime("%d/%m/%Y") if day else ""


# --- the independent count --------------------------------------------------------


def pct(part: int, whole: int) -> float | None:
    if not whole:
        return None
    return float((Decimal(part) * 100 / whole).quantize(Decimal("0.01"), ROUND_HALF_UP))


def active(p: Person, day: date) -> bool:
    return p.admitted <= day and not (p.exit and p.exit[1] <= day)


def age_group(p: Person) -> str:
    age = AS_OF.year - p.birth.year          # on 31 December every birthday has passed
    for low, high in ((18, 30), (31, 40), (41, 50), (51, 60), (61, 70)):
        if low <= age <= high:
            return f"{low}–{high}"
    return "Từ 71 trở lên"


def months(start: date, end: date) -> int:
    return (end.year - start.year) * 12 + end.month - start.month - (end.day < start.day)


def party_group(p: Person) -> str:
    total = months(p.admitted, AS_OF)
    if p.away:
        total = months(p.admitted, p.away[0]) + months(p.away[1], AS_OF)
    years = total // 12
    for low in (0, 10, 20, 30):
        if low <= years <= low + 9:
            return f"{low}–{low + 9}"
    return "Từ 40 trở lên"


def expected(people: list[Person], target: int | None) -> dict:
    here = [p for p in people if active(p, AS_OF)]
    at_start = sum(active(p, date(2025, 12, 31)) for p in people)

    def count(key) -> dict:
        out: dict[str, int] = {}
        for p in here:
            out[key(p)] = out.get(key(p), 0) + 1
        return out
    admitted = sum(p.admitted.year == 2026 for p in people)     # nobody re-admitted in 2026
    moved = {v: sum(1 for p in people if p.exit and p.exit[0] == k and p.exit[1].year == 2026)
             for k, v in EXITS.items()}
    graded = [p.grading for p in people if p.grading]
    levels = {lv: sum(g[1] == lv for g in graded) for lv in LEVEL_VI}
    return {
        "members": len(here), "members_at_start": at_start,
        "by_sex": count(lambda p: p.sex), "by_age_group": count(age_group),
        "by_ethnicity": count(lambda p: p.ethnicity), "by_religion": count(lambda p: p.religion),
        "by_education": count(lambda p: EDUCATION[p.education]),
        "by_theory_level": count(lambda p: THEORY[p.theory]),
        "by_professional_level": count(lambda p: p.professional or "Chưa qua đào tạo"),
        "by_occupation": count(lambda p: p.job),
        "by_party_age": count(party_group),
        "admissions": {"count": admitted, "target": target,
                       "share_of_target": pct(admitted, target) if target else None,
                       "share_of_members": pct(admitted, at_start)},
        "movements": moved,
        "grading": {lv: {"count": n, "share": pct(n, len(graded))} for lv, n in levels.items()},
        "graded": len(graded), "undecided": sum(g[0] != "committee" for g in graded),
        "breached": levels["outstanding"] > levels["good"] * 20 // 100,
    }


# --- building the registers -------------------------------------------------------


def record_exits(cell_dir: Path, cell: Cell) -> None:
    from partydesk.domain.events import MemberEvent
    from partydesk.services.members.lifecycle import record_event

    db = open_register(cell_dir / "partydesk.sqlite3")
    try:
        ids = {r[1]: r[0] for r in db.execute("SELECT id, full_name FROM members")}
        for p in cell.people:
            p.member_id = ids[p.name]
            if p.away:
                record_event(db, p.member_id, MemberEvent("removal", p.away[0]), AS_OF)
                record_event(db, p.member_id, MemberEvent("readmission", p.away[1]), AS_OF)
            if p.exit:
                kind, on = p.exit
                details = {"place": "xã Tân Lập"} if kind.startswith("transfer") else {}
                record_event(db, p.member_id, MemberEvent(kind, on, details), AS_OF)
    finally:
        db.close()


def build_cell(cell_dir: Path, cell: Cell, enrolment: Path | None) -> None:
    if enrolment:
        ok(cli(cell_dir, "init", "--enrollment", str(enrolment)))
    else:
        ok(cli(cell_dir, "init", "--role", "cell", "--name", cell.name, "--code", cell.code,
               "--higher", "Đảng ủy xã Hòa Bình", "--secretary", "Nguyễn Văn Thắng"))
    sheet = cell_dir.parent / f"{cell.code}-members.csv"
    write_members(cell, sheet)
    ok(cli(cell_dir, "members", "import", str(sheet)))
    record_exits(cell_dir, cell)
    grades = cell_dir.parent / f"{cell.code}-grading.csv"
    write_gradings(cell, grades)
    ok(cli(cell_dir, "grading", "import", str(grades)))
    for p in cell.people:
        if p.grading and p.grading[0] == "self":
            ok(cli(cell_dir, "grading", "set", p.member_id, "--year", "2026", "--level",
                   p.grading[1], "--stage", "self"))
    ok(cli(cell_dir, "targets", "set", "--year", "2026", "--admissions", str(cell.target)))


def build_committee(root: Path, cells: list[Cell]) -> Path:
    committee, stick = root / "committee", root / "stick"
    ok(cli(committee, "init", "--role", "committee", "--name", "Đảng ủy xã Hòa Bình",
           "--code", "DUHB"))
    for cell in cells:
        enrolment = stick / f"{cell.code}.json"
        stick.mkdir(exist_ok=True)
        ok(cli(committee, "enroll", "--name", cell.name, "--code", cell.code, "-o",
               str(enrolment)))
        build_cell(root / cell.code, cell, enrolment)
        confirmed_import(committee, export(root / cell.code, stick), root / cell.code)
        ok(cli(committee, "targets", "set", "--year", "2026", "--cell", cell.code,
               "--admissions", str(cell.target * 10)))
    return committee
