"""Minutes, resolution, notice and sign-in sheet of a demo register, through the real CLI.

Every PDF must pass ``qpdf --check``, and ``pdftotext`` must give back the
names and wording exactly as the register holds them (compared in NFC).
"""

from __future__ import annotations

import json
import re
import unicodedata

import pytest

from tests.helpers import run_cli, snapshot

INIT = ("init", "--role", "cell", "--name", "Chi bộ thôn Đồng Tâm", "--code", "CB01",
        "--term", "2025-2030", "--higher", "Đảng ủy xã Hòa Bình",
        "--secretary", "Nguyễn Văn Thắng")
HEADER = ("ĐẢNG BỘ XÃ HÒA BÌNH", "CHI BỘ THÔN ĐỒNG TÂM", "ĐẢNG CỘNG SẢN VIỆT NAM")


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def cli(data_dir, *args):
    return run_cli("--data-dir", str(data_dir), *args)


def show(data_dir, meeting_id: str) -> dict:
    return json.loads(cli(data_dir, "meetings", "show", meeting_id).stdout)


@pytest.fixture(scope="module")
def register(tmp_path_factory):
    data_dir = tmp_path_factory.mktemp("print") / "data"
    assert cli(data_dir, *INIT).returncode == 0
    demo = cli(data_dir, "demo", "--members", "40", "--seed", "3", "--as-of", "2026-02-20")
    assert demo.returncode == 0, demo.stderr
    meetings = json.loads(cli(data_dir, "meetings", "list", "--format", "json").stdout)
    return data_dir, meetings


def printed(register, pdf, tmp_path, *args) -> str:
    data_dir, _ = register
    out = tmp_path / f"{args[0]}.pdf"
    result = cli(data_dir, "print", *args, "-o", str(out))
    assert result.returncode == 0, result.stderr
    pdf.assert_valid(out)
    return nfc(pdf.text(out))


def test_signed_minutes_give_back_every_name_count_and_amendment(register, pdf, tmp_path):
    data_dir, meetings = register
    amended = next(m for m in meetings if m["amendments"])
    minutes = show(data_dir, amended["id"])
    text = printed(register, pdf, tmp_path, "minutes", amended["id"])
    for line in (*HEADER, f"Số {minutes['number']}", "BIÊN BẢN", "Hòa Bình, ngày 05 tháng",
                 "Thư ký: chủ trì cử đồng chí " + minutes["minute_taker"],
                 "Chủ trì: đồng chí " + minutes["chair"], "THƯ KÝ", "CHỦ TRÌ", "ĐÍNH CHÍNH"):
        assert nfc(line) in text, line
    present = [a["name"] for a in minutes["attendees"] if a["presence"] == "present"]
    assert present and all(nfc(name) in text for name in present)
    assert f"Có mặt: {len(present)} đồng chí" in text
    for absent in minutes["attendance"]["absent_with_reason"]:
        assert nfc(f"Đồng chí {absent['name']}: {absent['reason']}") in text
    for name in minutes["attendance"]["absent_without_reason"]:
        assert nfc(name) in text
    for vote in minutes["votes"]:
        assert (f"Tán thành: {vote['for']} đồng chí; không tán thành: {vote['against']} "
                f"đồng chí; không biểu quyết: {vote['abstain']} đồng chí.") in text
        assert vote["explanation"].startswith("thông qua: ")
        votes_for, voters = map(int, re.search(r"(\d+)/(\d+)", vote["explanation"]).groups())
        share = f"{100 * votes_for / voters:.2f}".replace(".", ",")
        assert (f"Kết quả: {votes_for}/{voters} đồng chí tán thành, đạt {share} %; "
                "thông qua.") in text
    for speech in (s for item in minutes["items"] for s in item["speeches"]):
        # a namesake is told apart by birth year (issue 13)
        speaker = re.escape(nfc(speech["speaker"]))
        assert re.search(rf"Đồng chí {speaker}( \(sinh năm \d{{4}}\))?: ", text), speaker
    [amendment] = minutes["amendments"]
    assert nfc(" ".join(amendment["text"].split())) in text
    assert nfc(amendment["author"]) in text.split("ĐÍNH CHÍNH")[1]


def test_draft_minutes_say_so_and_have_no_number(register, pdf, tmp_path):
    _, meetings = register
    draft = meetings[0]
    assert draft["status"] == "draft"
    text = printed(register, pdf, tmp_path, "minutes", draft["id"])
    assert "Dự thảo, chưa thông qua" in text and "Số " not in text.split("BIÊN BẢN")[0]


def test_signin_sheet_lists_every_attendee(register, pdf, tmp_path):
    data_dir, meetings = register
    minutes = show(data_dir, meetings[1]["id"])
    text = printed(register, pdf, tmp_path, "signin", meetings[1]["id"])
    assert "DANH SÁCH ĐẢNG VIÊN DỰ HỌP" in text and "Ký tên" in text
    for number, person in enumerate(minutes["attendees"], start=1):
        assert nfc(f"{number} {person['name']}") in text, person["name"]
    assert f"Tổng số: {len(minutes['attendees'])} đồng chí." in text


def test_notice_gives_time_place_agenda_and_who_attends(register, pdf, tmp_path):
    data_dir, meetings = register
    minutes = show(data_dir, meetings[0]["id"])
    text = printed(register, pdf, tmp_path, "notice", meetings[0]["id"])
    for line in (*HEADER, "THÔNG BÁO", "về việc sinh hoạt", "1. Thời gian:",
                 f"2. Địa điểm: {minutes['place']}.", "Toàn thể đảng viên trong chi bộ",
                 "T/M CHI BỘ", "BÍ THƯ", "Nguyễn Văn Thắng", "- Lưu Chi bộ."):
        assert nfc(line) in text, line
    for item in minutes["items"]:
        assert nfc(item["title"]) in text


def test_resolution_has_number_preamble_tasks_and_signature(register, pdf, tmp_path):
    data_dir, _ = register
    [latest, *_] = json.loads(cli(data_dir, "resolutions", "list", "--format", "json").stdout)
    text = printed(register, pdf, tmp_path, "resolution", latest["id"])
    for line in (*HEADER, f"Số {latest['number']}", "NGHỊ QUYẾT", nfc(latest["title"]),
                 "Căn cứ Điều lệ Đảng Cộng sản Việt Nam;", "Căn cứ Quy định số 294-QĐ/TW",
                 "QUYẾT NGHỊ:", "Phân công thực hiện", "T/M CHI BỘ", "BÍ THƯ",
                 "Nguyễn Văn Thắng", "để thực hiện./."):
        assert line in text, line
    recipients = text[text.index("Nơi nhận:"):text.index("T/M CHI BỘ")]
    assert recipients.rstrip().endswith("- Lưu Chi bộ.")


@pytest.mark.parametrize("kind", ["minutes", "notice", "signin", "resolution"])
def test_unknown_ids_are_refused_in_one_line_and_nothing_is_written(register, tmp_path, kind):
    data_dir, _ = register
    out = tmp_path / "x.pdf"
    before = snapshot(data_dir)
    result = cli(data_dir, "print", kind, "no-such-id", "-o", str(out))
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: ") and "no-such-id" in lines[0]
    assert not out.exists() and list(tmp_path.iterdir()) == []
    assert snapshot(data_dir) == before


def test_minutes_are_not_printed_as_a_resolution(register, tmp_path):
    data_dir, _ = register
    [minutes] = json.loads(cli(data_dir, "resolutions", "list", "--type", "BB",
                               "--format", "json").stdout)[:1]
    result = cli(data_dir, "print", "resolution", minutes["id"], "-o", str(tmp_path / "x.pdf"))
    assert result.returncode == 1 and minutes["number"] in result.stderr
