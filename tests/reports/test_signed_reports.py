"""A printed report is signed: a cell set up from its committee's enrolment file has no
secretary recorded, so ``report … -o FILE.pdf`` needs ``--signer NAME`` (as ``print``
does) and is refused in one line, with no file, without it."""

from __future__ import annotations

import subprocess

import pytest

from tests.bundles.world import cli, ok, refused
from tests.reports.registers import build_committee, make_cell

SIGNER = "Lò Văn Pánh"


@pytest.fixture(scope="module")
def enrolled_cell(tmp_path_factory):
    root = tmp_path_factory.mktemp("signed")
    cell = make_cell("CB01", "Chi bộ bản Nà Sản", 12, 5, 1)
    committee = build_committee(root, [cell])
    return root / "CB01", committee


@pytest.mark.parametrize("report", [("statistics", "--as-of", "2026-12-31"),
                                    ("grading", "--year", "2026")])
def test_without_a_secretary_the_report_is_refused_and_no_file_is_written(
        enrolled_cell, tmp_path, report):
    cell_dir, _ = enrolled_cell
    out = tmp_path / "report.pdf"
    refused(cli(cell_dir, "report", *report, "-o", str(out), lang={"PARTYDESK_LANG": "en"}),
            "--signer")
    assert not out.exists()


@pytest.mark.parametrize("report", [("statistics", "--as-of", "2026-12-31"),
                                    ("grading", "--year", "2026")])
def test_with_signer_both_reports_print_signed_with_that_name(enrolled_cell, tmp_path,
                                                              report):
    cell_dir, _ = enrolled_cell
    out = tmp_path / "report.pdf"
    ok(cli(cell_dir, "report", *report, "-o", str(out), "--signer", SIGNER))
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert SIGNER in text and "BÍ THƯ" in text


def test_a_spreadsheet_needs_no_signer(enrolled_cell, tmp_path):
    cell_dir, _ = enrolled_cell
    out = tmp_path / "report.xlsx"
    ok(cli(cell_dir, "report", "grading", "--year", "2026", "-o", str(out)))
    assert out.stat().st_size > 0


def test_a_committee_without_a_secretary_needs_a_signer_too(enrolled_cell, tmp_path):
    _, committee = enrolled_cell
    out = tmp_path / "committee.pdf"
    refused(cli(committee, "report", "statistics", "-o", str(out)))
    assert not out.exists()
    ok(cli(committee, "report", "statistics", "-o", str(out), "--signer", SIGNER))
    assert out.exists()
