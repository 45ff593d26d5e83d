"""Every figure of the statistics and grading reports, for a cell and for a committee
of three cells, against the independent count of tests/reports/registers.py."""

from __future__ import annotations

import json

import pytest

from tests.bundles.world import cli, ok
from tests.reports.registers import build_committee, expected, make_cell

CELLS = [("CB01", "Chi bộ thôn Đồng Tâm", 30, 21, 1), ("CB02", "Chi bộ bản Pá Vệt", 36, 22, 4),
         ("CB03", "Chi bộ thôn Hồng Phong", 42, 23, 2)]


def _check(got: dict, want: dict) -> None:
    for key in ("members", "members_at_start"):
        assert got[key] == want[key], key
    for key in ("by_sex", "by_ethnicity", "by_religion", "by_education", "by_theory_level",
                "by_professional_level", "by_occupation"):
        assert {k: v for k, v in got[key].items() if v} == want[key], key
    assert {k: v for k, v in got["by_age_group"].items() if v} == want["by_age_group"]
    assert {k: v for k, v in got["by_party_age"].items() if v} == want["by_party_age"]
    for key in ("count", "target", "share_of_target", "share_of_members"):
        assert got["admissions"][key] == want["admissions"][key], key
    for key, value in want["movements"].items():
        assert got["movements"][key] == value, key
    for level, figures in want["grading"].items():
        assert got["grading"][level]["count"] == figures["count"], level
        assert got["grading"][level]["share"] == figures["share"], level
    assert got["grading_round"]["graded"] == want["graded"]
    assert got["grading_round"]["undecided"] == want["undecided"]
    assert got["grading_round"]["limit"]["breached"] == want["breached"]


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    root = tmp_path_factory.mktemp("yearend")
    cells = [make_cell(*spec) for spec in CELLS]
    return root, cells, build_committee(root, cells)


def _json(data_dir, *args) -> dict:
    return json.loads(ok(cli(data_dir, "report", *args, "--format", "json")))


def test_a_cells_statistics_match_the_independent_count(built):
    root, cells, _ = built
    for cell in cells:
        got = _json(root / cell.code, "statistics", "--as-of", "2026-12-31")
        _check(got, expected(cell.people, cell.target))
        assert got["admissions"]["share_of_target_text"] == (
            f"{got['admissions']['share_of_target']:.2f} %".replace(".", ","))


def test_the_committee_adds_its_cells_up_and_compares_with_its_targets(built):
    _, cells, committee = built
    got = _json(committee, "statistics", "--as-of", "2026-12-31")
    everyone = [p for cell in cells for p in cell.people]
    _check(got, expected(everyone, sum(c.target * 10 for c in cells)))
    assert [c["code"] for c in got["cells"]] == [c.code for c in cells]
    for cell, figures in zip(cells, got["cells"], strict=True):
        _check(figures, expected(cell.people, cell.target * 10))
    assert got["grading_round"]["breached_cells"] == ["CB02"]


def test_the_grading_report_names_every_member_graded_and_states_the_breach(built):
    root, cells, committee = built
    for cell in cells:
        got = _json(root / cell.code, "grading", "--year", "2026")
        want = expected(cell.people, cell.target)
        graded = {p.name: p.grading for p in cell.people if p.grading}
        assert {m["full_name"]: (m["stage"], m["level"]) for m in got["members"]} == {
            name: g[:2] for name, g in graded.items()}
        assert got["round"]["limit"]["breached"] == want["breached"]
    report = _json(committee, "grading", "--year", "2026")
    assert [c["round"]["limit"]["breached"] for c in report["cells"]] == [False, True, False]
    # the printed report states the breach (signed with --signer: cells set up from an
    # enrolment file have no secretary recorded)
    from partydesk.services.reports.printed import limit_sentence
    assert "Vượt tỷ lệ 20 %" in limit_sentence(report["cells"][1]["round"])
    out = root / "CB02-xep-loai.pdf"
    ok(cli(root / "CB02", "report", "grading", "--year", "2026", "-o", str(out),
           "--signer", "Vi Văn Khánh"))
    import subprocess
    text = " ".join(subprocess.run(["pdftotext", str(out), "-"], capture_output=True,
                                   text=True, check=True).stdout.split())
    assert "Vượt tỷ lệ 20 %" in text and "Vi Văn Khánh" in text


def test_closing_a_round_that_breaks_the_limit_shows_the_breach_first(built):
    root, _, _ = built
    refused = cli(root / "CB02", "grading", "close", "--year", "2026")
    assert refused.returncode == 1 and "20 %" in refused.stderr
    shown = ok(cli(root / "CB02", "grading", "check", "--year", "2026"))
    assert "4" in shown
