"""The command line: verification codes, refusing a blank signer, dated notices,
the committee's own header, the new documents."""

from __future__ import annotations

import re
import unicodedata

from tests.helpers import run_cli
from tests.printing.registers import INIT

CODE = re.compile(r"Mã xác thực: ([0-9A-Z]{5}-[0-9A-Z]{5})")


def cli(data_dir, *args):
    return run_cli("--data-dir", str(data_dir), *args)


def refused(result) -> str:
    assert result.returncode == 1, result.stdout + result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: "), result.stderr
    return lines[0]


def test_verify_finds_the_signed_minutes_and_resolution(printed_documents, pdf):
    register = printed_documents[60]
    for kind, word in (("minutes", "Biên bản số "), ("resolution", "Nghị quyết số ")):
        text = pdf.text(register.pdfs[kind])
        [code] = set(CODE.findall(text))
        result = cli(register.data_dir, "verify", code.lower().replace("-", " - "))
        assert result.returncode == 0, result.stderr
        assert result.stdout.startswith(f"{code}: {word}")
        number = result.stdout.split(word)[1].split(",")[0]
        assert f"Số {number}" in text
    result = cli(register.data_dir, "verify", "ZZZZZ-ZZZZZ")
    assert "ZZZZZ-ZZZZZ" in refused(result)


def test_the_code_reveals_no_name(printed_documents, pdf):
    register = printed_documents[5]
    [code] = set(CODE.findall(pdf.text(register.pdfs["minutes"])))
    folded = code.replace("-", "").lower()
    assert not any(part.lower() in folded for name in register.names
                   for part in unicodedata.normalize("NFD", name).split() if len(part) > 2)


def test_a_document_without_a_signer_is_refused_and_nothing_written(tmp_path):
    data_dir = tmp_path / "data"
    init = [a for a in INIT if a not in ("--secretary", "Nguyễn Văn Thắng")]
    assert cli(data_dir, *init).returncode == 0
    assert cli(data_dir, "demo", "--members", "5", "--meetings-months", "0").returncode == 0
    out = tmp_path / "ds.pdf"
    message = refused(cli(data_dir, "print", "members", "-o", str(out)))
    assert "--signer" in message and not out.exists()
    signed = cli(data_dir, "print", "members", "-o", str(out), "--signer", "Lê Thị Hoa")
    assert signed.returncode == 0 and out.exists()


def test_notice_takes_the_date_it_is_printed(printed_documents, tmp_path, pdf):
    register = printed_documents[5]
    out = tmp_path / "tb.pdf"
    result = cli(register.data_dir, "print", "notice", register.meeting_id, "-o", str(out),
                 "--date", "2026-03-02")
    assert result.returncode == 0, result.stderr
    assert "Hòa Bình, ngày 02 tháng 03 năm 2026" in unicodedata.normalize("NFC", pdf.text(out))


def test_transfer_letter_of_a_member_without_transfer_is_refused(printed_documents, tmp_path):
    register = printed_documents[5]
    out = tmp_path / "gt.pdf"
    refused(cli(register.data_dir, "print", "transfer-letter", "no-such-id", "-o", str(out)))
    assert not out.exists()


def test_committee_prints_as_t_m_dang_uy_and_never_an_empty_list(tmp_path, pdf):
    from partydesk.domain.organisation import Organisation, Role
    from partydesk.services.printing import samples
    from partydesk.services.printing.headers import on_behalf, secretary_signature
    from partydesk.services.printing.resolution import render_resolution

    committee = Organisation(id="x", role=Role.COMMITTEE, name="Đảng ủy xã Hòa Bình",
                             code="DU01", secretary="Trần Văn Bình")
    assert on_behalf(committee) == "T/M ĐẢNG ỦY"
    doc = samples.resolution()
    import dataclasses
    doc = dataclasses.replace(doc, signer=secretary_signature(committee), header=dataclasses.
                              replace(doc.header, issuer="ĐẢNG ỦY XÃ HÒA BÌNH",
                                      file_copy="Lưu Văn phòng Đảng ủy."))
    out = tmp_path / "nq.pdf"
    render_resolution(doc, out)
    text = unicodedata.normalize("NFC", pdf.text(out))
    assert "T/M ĐẢNG ỦY" in text and "T/M CHI BỘ" not in text
    assert "Lưu Văn phòng Đảng ủy." in text and "Lưu Chi bộ" not in text
    data_dir = tmp_path / "du"
    assert cli(data_dir, "init", "--role", "committee", "--name", "Đảng ủy xã Hòa Bình",
               "--code", "DU01", "--secretary", "Trần Văn Bình").returncode == 0
    out = tmp_path / "ds.pdf"
    refused(cli(data_dir, "print", "members", "-o", str(out)))
    assert not out.exists()


def test_transfer_letter_carries_a_code_the_cli_verifies(printed_documents, tmp_path, pdf):
    register = printed_documents[5]
    out = tmp_path / "gt.pdf"
    printed = cli(register.data_dir, "print", "transfer-letter", register.member_id,
                  "-o", str(out), "--date", "2026-03-02")
    assert printed.returncode == 0, printed.stderr
    text = unicodedata.normalize("NFC", pdf.text(out))
    [code] = set(CODE.findall(text))
    number = re.search(r"Số:? (\d+-GGT/\S+)", text).group(1)
    result = cli(register.data_dir, "verify", code)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == f"{code}: Giấy giới thiệu sinh hoạt đảng số {number}, ngày 02/03/2026"
    assert "Ngày chuyển đi: " in result.stdout and "Nơi đến: " in result.stdout
    # a reprint the same day is the same paper: same number, same code
    again = tmp_path / "gt2.pdf"
    assert cli(register.data_dir, "print", "transfer-letter", register.member_id,
               "-o", str(again), "--date", "2026-03-02").returncode == 0
    assert set(CODE.findall(pdf.text(again))) == {code}
    # another day is another letter, with the next number and its own code
    later = tmp_path / "gt3.pdf"
    assert cli(register.data_dir, "print", "transfer-letter", register.member_id,
               "-o", str(later), "--date", "2026-03-09").returncode == 0
    [other] = set(CODE.findall(pdf.text(later)))
    assert other != code and number not in pdf.text(later)
    assert "ZZZZZ-ZZZZZ" in refused(cli(register.data_dir, "verify", "ZZZZZ-ZZZZZ"))
