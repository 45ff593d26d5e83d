"""A member filed under a chosen given name takes that place in the register, the
attendance list, the sign-in sheet and the printed member list."""

from __future__ import annotations

import json
import unicodedata
from datetime import date, time

import pytest

from partydesk.domain.meetings import MeetingKind
from partydesk.paths import resolve_paths
from partydesk.services.meetings import drafts
from partydesk.services.meetings.drafts import MeetingDetails
from partydesk.services.setup.installation import Installation
from tests.helpers import run_cli

pytestmark = pytest.mark.slow
INIT = ("init", "--role", "cell", "--name", "Chi bộ buôn Ea Tir", "--code", "CB07",
        "--term", "2025-2030", "--higher", "Đảng ủy xã Ea Tir", "--secretary", "Nguyễn Văn An")
SHEET = ("Họ và tên;Tên gọi;Giới tính;Ngày sinh;Dân tộc;Tôn giáo;Ngày vào Đảng;"
         "Ngày làm lễ kết nạp;Ngày chính thức;Số thẻ đảng viên\n"
         "Nguyễn Văn An;;Nam;02/03/1970;Kinh;Không;05/06/2000;15/06/2000;20/06/2001;07.1\n"
         "Trần Thị Bình;;Nữ;02/03/1971;Kinh;Không;05/06/2000;15/06/2000;20/06/2001;07.2\n"
         "Y Bih Niê;Bih;Nam;02/03/1972;Ê Đê;Không;05/06/2000;15/06/2000;20/06/2001;07.3\n"
         "Ksor Wal;;Nam;02/03/1973;Gia Rai;Không;05/06/2000;15/06/2000;20/06/2001;07.4\n"
         "Lê Văn Cường;;Nam;02/03/1974;Kinh;Không;05/06/2000;15/06/2000;20/06/2001;07.5\n")
ORDER = ["Nguyễn Văn An", "Y Bih Niê", "Trần Thị Bình", "Lê Văn Cường", "Ksor Wal"]


def cli(data_dir, *args):
    result = run_cli("--data-dir", str(data_dir), *args)
    assert result.returncode == 0, result.stderr
    return result.stdout


def in_text_order(text: str, names: list[str]) -> list[str]:
    text = unicodedata.normalize("NFC", text)
    return sorted(names, key=text.index)


def test_filed_under_bih_everywhere(data_dir, tmp_path, pdf):
    cli(data_dir, *INIT)
    (tmp_path / "m.csv").write_text(SHEET, encoding="utf-8")
    cli(data_dir, "members", "import", str(tmp_path / "m.csv"))
    listed = json.loads(cli(data_dir, "members", "list", "--format", "json"))
    assert [m["full_name"] for m in listed] == ORDER
    ids = {m["full_name"]: m["id"] for m in listed}

    cli(data_dir, "print", "members", "--as-of", "2026-11-21", "-o", str(tmp_path / "l.pdf"))
    assert in_text_order(pdf.text(tmp_path / "l.pdf"), ORDER) == ORDER

    with Installation.acquire(resolve_paths(data_dir)) as installation:
        installation.open_register()
        meeting = drafts.create_meeting(installation.db, MeetingDetails(
            kind=MeetingKind.MONTHLY_REGULAR, held_on=date(2026, 11, 5),
            starts_at=time(19, 30), ends_at=time(21, 30), place="Nhà rông buôn Ea Tir",
            chair_member_id=ids["Nguyễn Văn An"],
            minute_taker_member_id=ids["Trần Thị Bình"])).id
        attendance = [e.name for e in drafts.attendance_list(installation.db, meeting)]
    assert attendance == ORDER
    cli(data_dir, "print", "signin", meeting, "-o", str(tmp_path / "s.pdf"))
    assert in_text_order(pdf.text(tmp_path / "s.pdf"), ORDER) == ORDER
