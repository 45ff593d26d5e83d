"""Documents built from the register, printed through the command line."""

from __future__ import annotations

import shutil
import subprocess
import unicodedata

import pytest

from partydesk.domain.documents import header_higher_org, place_name
from tests.helpers import connect_register, run_cli


@pytest.mark.parametrize(("higher", "fallback", "header", "place"), [
    ("Đảng ủy xã Hòa Bình", "", "ĐẢNG BỘ XÃ HÒA BÌNH", "Hòa Bình"),
    ("Đảng bộ phường Quyết Thắng", "", "ĐẢNG BỘ PHƯỜNG QUYẾT THẮNG", "Quyết Thắng"),
    ("", "Chi bộ thôn Đồng Tâm", "", "Đồng Tâm"),
], ids=["commune-committee", "ward-organisation", "no-higher-name"])
def test_header_and_place_follow_the_party_format(higher, fallback, header, place):
    assert header_higher_org(higher) == header
    assert place_name(higher, fallback) == place


needs_poppler = pytest.mark.skipif(not shutil.which("pdftotext") or not shutil.which("qpdf"),
                                   reason="needs poppler-utils and qpdf (apt)")


@needs_poppler
def test_member_list_prints_every_name_exactly(tmp_path):
    data = tmp_path / "data"
    run_cli("--data-dir", str(data), "init", "--role", "cell", "--name",
            "Chi bộ thôn Đồng Tâm", "--code", "CB01", "--higher", "Đảng ủy xã Hòa Bình",
            "--secretary", "Nguyễn Văn Thắng")
    run_cli("--data-dir", str(data), "demo", "--members", "60", "--seed", "9")
    out = tmp_path / "danh-sach.pdf"
    result = run_cli("--data-dir", str(data), "print", "members", "-o", str(out))
    assert result.returncode == 0, result.stderr
    subprocess.run(["qpdf", "--check", str(out)], check=True, capture_output=True)
    text = unicodedata.normalize("NFC", subprocess.run(
        ["pdftotext", "-layout", str(out), "-"], check=True, capture_output=True,
        text=True).stdout)
    names = [r[0] for r in connect_register(data / "partydesk.sqlite3").execute(
        "SELECT full_name FROM members WHERE status IN ('official', 'probationary')")]
    assert names and all(name in text for name in names)
    assert "ĐẢNG BỘ XÃ HÒA BÌNH" in text and "Hòa Bình, ngày" in text


def test_unwritable_output_is_refused_without_a_partial_file(tmp_path):
    data = tmp_path / "data"
    run_cli("--data-dir", str(data), "init", "--role", "cell", "--name", "Chi bộ A",
            "--code", "A")
    target = tmp_path / "missing-folder" / "list.pdf"
    result = run_cli("--data-dir", str(data), "print", "members", "-o", str(target))
    assert result.returncode == 1 and result.stderr.startswith("error: ")
    assert not target.parent.exists()
