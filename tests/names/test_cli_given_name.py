"""``partydesk members given-name`` as a user runs it, and ``members list`` after it."""

from __future__ import annotations

import json

import pytest

from tests.helpers import run_cli

pytestmark = pytest.mark.slow
INIT = ("init", "--role", "cell", "--name", "Chi bộ buôn Ea Tir", "--code", "CB07")
SHEET = ("Họ và tên;Giới tính;Ngày sinh;Dân tộc;Tôn giáo;Ngày vào Đảng;Ngày chính thức;"
         "Số thẻ đảng viên\n"
         "Y Bih Niê;Nam;02/03/1980;Ê Đê;Không;05/06/2005;10/07/2006;07.000001\n"
         "Nguyễn Văn An;Nam;02/03/1981;Kinh;Không;05/06/2005;10/07/2006;07.000002\n"
         "Ksor Wal;Nam;02/03/1982;Gia Rai;Không;05/06/2005;10/07/2006;07.000003\n"
         "Trần Thị Bình;Nữ;02/03/1983;Kinh;Không;05/06/2005;10/07/2006;07.000004\n")


def cli(data_dir, *args):
    return run_cli("--data-dir", str(data_dir), *args, env={"PARTYDESK_LANG": "en"})


def order(data_dir):
    result = cli(data_dir, "members", "list", "--format", "json")
    assert result.returncode == 0, result.stderr
    return [m["full_name"] for m in json.loads(result.stdout)]


def test_given_name_files_a_member_under_a_word_and_list_follows(data_dir, tmp_path):
    assert cli(data_dir, *INIT).returncode == 0
    (tmp_path / "m.csv").write_text(SHEET, encoding="utf-8")
    assert cli(data_dir, "members", "import", str(tmp_path / "m.csv")).returncode == 0
    assert order(data_dir) == ["Nguyễn Văn An", "Trần Thị Bình", "Y Bih Niê", "Ksor Wal"]

    done = cli(data_dir, "members", "given-name", "07.000001", "Bih")
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "Y Bih Niê is filed under Bih."
    assert order(data_dir) == ["Nguyễn Văn An", "Y Bih Niê", "Trần Thị Bình", "Ksor Wal"]

    refused = cli(data_dir, "members", "given-name", "07.000001", "Bình")
    assert refused.returncode == 1 and refused.stderr.count("\n") == 1
    assert refused.stderr.startswith("error: “Bình” is not a word of the name “Y Bih Niê”")
    unknown = cli(data_dir, "members", "given-name", "99.999999", "An")
    assert unknown.returncode == 1 and "No member has the id or card number" in unknown.stderr
    assert order(data_dir) == ["Nguyễn Văn An", "Y Bih Niê", "Trần Thị Bình", "Ksor Wal"]

    back = cli(data_dir, "members", "given-name", "07.000001")
    assert back.returncode == 0 and back.stdout.strip() == "Y Bih Niê is filed under Niê."
    assert order(data_dir) == ["Nguyễn Văn An", "Trần Thị Bình", "Y Bih Niê", "Ksor Wal"]
