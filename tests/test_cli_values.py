"""A mistyped number or date on the command line is refused by argparse (exit 2) with a
sentence in the user's language, not "invalid fromisoformat value"."""

from tests.helpers import run_cli


def test_a_year_that_is_not_a_number_is_named_in_vietnamese(tmp_path):
    result = run_cli("--data-dir", str(tmp_path), "grading", "list", "--year", "20x")
    assert result.returncode == 2
    assert "“20x” không phải là một số nguyên." in result.stderr
    assert "invalid" not in result.stderr


def test_an_impossible_date_says_how_to_write_one(tmp_path):
    result = run_cli("--data-dir", str(tmp_path), "report", "statistics", "--as-of",
                     "2026-13-01")
    assert result.returncode == 2
    assert "“2026-13-01” không phải là một ngày; hãy viết theo năm-tháng-ngày" in result.stderr
    assert "fromisoformat" not in result.stderr


def test_in_english_the_same_refusal_reads_in_english(tmp_path):
    result = run_cli("--data-dir", str(tmp_path), "grading", "list", "--year", "20x",
                     env={"PARTYDESK_LANG": "en"})
    assert result.returncode == 2
    assert "“20x” is not a whole number." in result.stderr
