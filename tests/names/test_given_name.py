"""The word a member is filed under: chosen in the record, the spreadsheet and the
command line, and used wherever names are listed."""

from __future__ import annotations

from datetime import date

import pytest

from partydesk.domain.errors import PartyDeskError
from partydesk.domain.member import MemberRecord, MemberStatus, Sex
from partydesk.i18n import render
from partydesk.services.members.lifecycle import admit_member
from partydesk.services.members.register import update_member
from partydesk.services.members.spreadsheets import apply, export_register, preview
from partydesk.storage.members.records import load_member
from partydesk.storage.members.search import all_members

TODAY = date(2026, 11, 21)
KINH = ["Nguyễn Văn An", "Trần Thị Bình", "Lê Văn Cường", "Phạm Thị Nga", "Hoàng Văn Tú"]


def person(name, member_id, given=""):
    return MemberRecord(id=member_id, full_name=name, given_name=given, sex=Sex.MALE,
                        birth_date=date(1980, 1, 1), admitted_on=date(2005, 1, 1),
                        official_on=date(2006, 1, 1), status=MemberStatus.OFFICIAL)


def add_member(db, record):
    return admit_member(db, record, date(2005, 1, 1), date(2005, 1, 15), TODAY)


def order(db):
    return [m.full_name for m in all_members(db)]


def test_a_member_filed_under_a_chosen_word_takes_that_place(memory_db):
    for i, name in enumerate(KINH):
        add_member(memory_db, person(name, f"k{i}"))
    add_member(memory_db, person("Y Bih Niê", "e1"))
    assert order(memory_db) == ["Nguyễn Văn An", "Trần Thị Bình", "Lê Văn Cường",
                                "Phạm Thị Nga", "Y Bih Niê", "Hoàng Văn Tú"]   # under Niê
    saved = update_member(memory_db, person("Y Bih Niê", "e1", given="bih"))
    assert saved.given_name == "Bih"                       # written as in the name
    assert order(memory_db) == ["Nguyễn Văn An", "Y Bih Niê", "Trần Thị Bình",
                                "Lê Văn Cường", "Phạm Thị Nga", "Hoàng Văn Tú"]
    assert load_member(memory_db, "e1").given_name == "Bih"


def test_the_last_word_chosen_is_the_default(memory_db):
    saved = add_member(memory_db, person("Ksor Wal", "g1", given="Wal"))
    assert saved.given_name == ""


def test_a_given_name_that_is_not_a_word_of_the_name_is_refused(memory_db):
    with pytest.raises(PartyDeskError, match="not a word of the name"):
        add_member(memory_db, person("Y Bih Niê", "e1", given="Bi"))
    assert order(memory_db) == []


def test_the_spreadsheet_carries_the_given_name_both_ways(memory_db, tmp_path):
    path = tmp_path / "m.csv"
    path.write_text("Họ và tên;Tên gọi;Giới tính;Ngày sinh;Dân tộc;Tôn giáo;Ngày vào Đảng;"
                    "Ngày chính thức;Số thẻ đảng viên\n"
                    "Y Bih Niê;Bih;Nam;02/03/1980;Ê Đê;Không;05/06/2005;10/07/2006;\n"
                    "Nguyễn Văn An;;Nam;02/03/1980;Kinh;Không;05/06/2005;10/07/2006;\n"
                    "H'Hen Niê;H'Hen;Nữ;02/03/1985;Ê Đê;Không;05/06/2010;10/07/2011;\n",
                    encoding="utf-8")
    assert apply(memory_db, preview(memory_db, path)) == 3
    assert order(memory_db) == ["Nguyễn Văn An", "Y Bih Niê", "H'Hen Niê"]
    out = tmp_path / "out.csv"
    export_register(memory_db, out)
    text = out.read_text(encoding="utf-8-sig")
    assert text.splitlines()[0].endswith("Tên gọi") and "Y Bih Niê,Bih" not in text
    assert [line.split(",")[-1] for line in text.splitlines()[1:]] == ["", "Bih", "H'Hen"]


def test_the_spreadsheet_refuses_a_given_name_outside_the_name(memory_db, tmp_path):
    path = tmp_path / "m.csv"
    path.write_text("Họ và tên;Tên gọi;Giới tính;Ngày sinh;Dân tộc;Tôn giáo;Ngày vào Đảng;"
                    "Ngày chính thức;Số thẻ đảng viên\n"
                    "Y Bih Niê;Bình;Nam;02/03/1980;Ê Đê;Không;05/06/2005;10/07/2006;\n",
                    encoding="utf-8")
    checked = preview(memory_db, path)
    assert not checked.ok
    assert [render(r, "en") for e in checked.errors for r in e.reasons] == [
        'Tên gọi: "Bình" is not a word of the full name']
