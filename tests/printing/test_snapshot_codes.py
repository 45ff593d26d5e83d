"""Verification codes on every signed kind (issue 13, part 5): the member list, books,
notice and the dues, grading and statistics reports keep an issued record, and
``verify`` names the document and prints its figures (counts, never a name)."""

from __future__ import annotations

import re
from datetime import date

import pytest

from partydesk.domain.errors import PartyDeskError
from partydesk.paths import resolve_paths
from partydesk.services.printing.catalogue import KINDS
from partydesk.services.printing.verification import KIND_WORDS, verify
from partydesk.storage.database import open_database
from partydesk.storage.organisation_store import load_organisation
from tests.helpers import run_cli
from tests.printing.registers import AS_OF, INIT

CODE = re.compile(r"Mã xác thực: ([0-9A-Z]{5}-[0-9A-Z]{5})")
WORDS = {"minutes": "Biên bản", "resolution": "Nghị quyết",
         "transfer-letter": "Giấy giới thiệu sinh hoạt đảng"}
FIRST_FIGURE = {"members": "Số đảng viên", "member-book": "Số đảng viên trong sổ",
                "transfer-book": "Số lượt chuyển sinh hoạt", "notice": "Ngày họp",
                "dues-report": "Số đảng viên phải đóng", "dues-summary": "Số tháng",
                "grading": "Đã đánh giá", "statistics": "Tổng số đảng viên"}


@pytest.fixture(scope="module")
def register60(printed_documents):
    return printed_documents[60]


def _db(register):
    return open_database(resolve_paths(str(register.data_dir)).database)


def test_every_signed_kind_verifies_with_its_figures_and_no_name(register60, pdf):
    db = _db(register60)
    codes = {}
    try:
        for kind in (k for k in KINDS.values() if k.record):
            [code] = set(CODE.findall(pdf.text(register60.pdfs[kind.name])))
            found = verify(db, code)
            assert KIND_WORDS[found.kind] == (WORDS.get(kind.name) or KIND_WORDS[kind.name])
            labels = dict(found.figures)
            if kind.name in FIRST_FIGURE:
                assert FIRST_FIGURE[kind.name] in labels, (kind.name, found.figures)
                shown = " ".join(f"{k} {v} {found.title}" for k, v in found.figures)
                assert not any(name in shown for name in register60.names), kind.name
            codes[kind.name] = code
    finally:
        db.close()
    assert len(set(codes.values())) == len(codes)  # one code per document
    assert dict(verify_figures(register60, codes["members"]))["Số đảng viên"] == str(
        len(register60.active))


def verify_figures(register, code):
    db = _db(register)
    try:
        return verify(db, code).figures
    finally:
        db.close()


def test_the_cli_prints_a_snapshot_and_refuses_an_unknown_code(register60, pdf):
    [code] = set(CODE.findall(pdf.text(register60.pdfs["dues-report"])))
    result = run_cli("--data-dir", str(register60.data_dir), "verify", code)
    assert result.returncode == 0, result.stderr
    first, *rest = result.stdout.splitlines()
    assert first == f"{code}: Báo cáo thu, nộp đảng phí số ……-BC/CB, ngày 31/01/2026"
    assert "Tháng: 01/2026" in rest and any(r.startswith("Đảng phí đã thu") for r in rest)
    unknown = run_cli("--data-dir", str(register60.data_dir), "verify", "ABCDE-12345")
    assert unknown.returncode == 1 and unknown.stderr.startswith("error: ")


def test_reprint_keeps_the_code_and_a_changed_register_changes_it(register60, tmp_path, pdf):
    kind = KINDS["members"]
    db = _db(register60)
    try:
        organisation = load_organisation(db)
        count = db.execute("SELECT count(*) FROM issued_records").fetchone()[0]
        again = kind.printer(db, organisation, AS_OF, tmp_path / "again.pdf")
        assert set(CODE.findall(pdf.text(again))) == set(
            CODE.findall(pdf.text(register60.pdfs["members"])))
        assert db.execute("SELECT count(*) FROM issued_records").fetchone()[0] == count
        member = db.execute("SELECT id FROM members WHERE status = 'official' LIMIT 1"
                            ).fetchone()[0]
        db.execute("UPDATE members SET ethnicity = 'Tày' WHERE id = ?", [member])
        changed = kind.printer(db, organisation, AS_OF, tmp_path / "changed.pdf")
        [old], [new] = (set(CODE.findall(pdf.text(p))) for p in (again, changed))
        assert old != new
        assert verify(db, old).issued_on == verify(db, new).issued_on  # both as issued
    finally:
        db.close()


def test_without_a_signer_no_report_is_printed_and_nothing_recorded(tmp_path):
    data_dir = tmp_path / "data"
    init = [a for a in INIT if a not in ("--secretary", "Nguyễn Văn Thắng")]
    assert run_cli("--data-dir", str(data_dir), *init).returncode == 0
    assert run_cli("--data-dir", str(data_dir), "demo", "--members", "5", "--as-of",
                   AS_OF.isoformat(), "--meetings-months", "0").returncode == 0
    db = open_database(resolve_paths(str(data_dir)).database)
    try:
        organisation = load_organisation(db)
        for kind in (k for k in KINDS.values() if k.subject == "register"):
            out = tmp_path / f"{kind.name}.pdf"
            with pytest.raises(PartyDeskError):
                kind.printer(db, organisation, AS_OF, out)
            assert not out.exists(), kind.name
        assert db.execute("SELECT count(*) FROM issued_records").fetchone()[0] == 0
        kind = KINDS["statistics"]
        kind.printer(db, organisation, date(2026, 2, 20), tmp_path / "s.pdf",
                     signer="Lê Thị Hoa")
        assert db.execute("SELECT count(*) FROM issued_records").fetchone()[0] == 1
    finally:
        db.close()
