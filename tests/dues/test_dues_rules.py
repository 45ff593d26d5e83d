"""Each dues rule judged by the values in force that month: January 2026 by QĐ 342 (or
the settings), February 2026 by QĐ 01-QĐ/TW."""

from __future__ import annotations

from datetime import date

import pytest

from partydesk.domain.dues import Category, Month, format_money, months_between
from partydesk.domain.dues_rules import (
    Basis,
    Relief,
    Settings,
    due_for,
    retained_share,
    round_to,
    split_payment,
)
from partydesk.services.setup.rulebook import default_rulebook

RULES = default_rulebook()
JAN, FEB = Month(2026, 1), Month(2026, 2)
SINCE = date(2020, 1, 1)


def due(month, category, base=None, reliefs=(), party_age_months=120, settings=None):
    basis = Basis(category, base, SINCE)
    return due_for(month, basis, reliefs, party_age_months, RULES,
                   settings or Settings({})).amount


def test_money_is_shown_with_dots_and_dong():
    assert format_money(62000) == "62.000 đ"
    assert format_money(1234567) == "1.234.567 đ"


def test_salaried_pay_one_percent_with_its_explanation():
    found = due_for(FEB, Basis(Category.SALARIED, 6_200_000, SINCE), (), 120, RULES)
    assert (found.amount, found.explanation) == (62000, "1 % × 6.200.000 đ")
    assert due(JAN, Category.SALARIED, 6_200_000) == 62000


def test_pensioners_pay_half_a_percent_rounded_by_the_setting():
    assert due(FEB, Category.PENSIONER, 4_500_000) == 23000     # 22.500 → nearest 1.000
    no_rounding = Settings({"dues.rounding": [(FEB, 1)]})
    assert due(FEB, Category.PENSIONER, 4_500_000, settings=no_rounding) == 22500
    assert due(JAN, Category.PENSIONER, 4_500_000, settings=no_rounding) == 23000


def test_students_pay_the_qd342_amount_in_january_and_qd01_from_february():
    assert due(JAN, Category.STUDENT) == 2000
    assert due(FEB, Category.STUDENT) == 5000


def test_members_without_salary_or_pension_pay_the_setting_from_its_month():
    assert due(JAN, Category.OTHER) == 2000                     # QĐ 342 value
    assert due(FEB, Category.OTHER) == 5000                     # documented default
    committee = Settings({"dues.other_monthly": [(Month(2026, 3), 10000)]})
    assert due(FEB, Category.OTHER, settings=committee) == 5000
    assert due(Month(2026, 3), Category.OTHER, settings=committee) == 10000


def test_fifty_years_of_party_age_exempts_only_under_qd01():
    assert due(JAN, Category.PENSIONER, 5_000_000, party_age_months=700) == 25000
    assert due(FEB, Category.PENSIONER, 5_000_000, party_age_months=700) == 0


def test_party_age_exemption_starts_the_month_the_member_reaches_fifty_years():
    assert due(Month(2026, 5), Category.OTHER, party_age_months=599) == 5000
    found = due_for(Month(2026, 6), None, (), 600, RULES)
    assert (found.amount, found.explanation) == (0, "miễn: 50 năm tuổi đảng")


def test_exemptions_and_reductions_cover_their_months():
    relief = Relief("reduce", 50, "khó khăn", date(2026, 3, 10), date(2026, 8, 31))
    assert due(FEB, Category.SALARIED, 6_000_000, [relief]) == 60000
    assert due(Month(2026, 3), Category.SALARIED, 6_000_000, [relief]) == 30000
    assert due(Month(2026, 9), Category.SALARIED, 6_000_000, [relief]) == 60000
    ill = Relief("exempt", 100, "ốm nặng", date(2026, 4, 1), None)
    assert due(Month(2026, 12), Category.OTHER, reliefs=[ill]) == 0


def test_the_cell_keeps_its_share_and_sends_the_rest_up():
    assert retained_share(100000, FEB, RULES) == 30000
    assert retained_share(100000, FEB, RULES, Settings({"dues.retained_percent":
                                                         [(JAN, 50)]})) == 50000


def test_a_payment_for_several_months_is_split_over_them():
    assert split_payment(15000, [5000, 5000, 5000]) == [5000, 5000, 5000]
    assert split_payment(7000, [5000, 5000, 5000]) == [5000, 2000, 0]
    assert split_payment(20000, [5000, 5000]) == [5000, 15000]   # voluntary extra, last


def test_months_and_rounding():
    assert [str(m) for m in months_between(Month(2025, 11), Month(2026, 2))] == [
        "2025-11", "2025-12", "2026-01", "2026-02"]
    assert round_to(22499, 1000) == 22000 and round_to(22500, 1000) == 23000
    with pytest.raises(Exception, match="YYYY-MM"):
        Month.parse("2026-13")
