"""The collection through the service: what is due as of the register, payments split
over months, refusals that save nothing, an append-only ledger, corrections in the report."""

from __future__ import annotations

import sqlite3
from datetime import date

import pytest

from partydesk.domain.dues import Category, DuesError, Month, Via
from partydesk.services.dues.facts import exempt, reduce, set_basis
from partydesk.services.dues.ledger import change_entry, delete_entry, month_lines
from partydesk.services.dues.payments import Payment, pay, record_month, reverse
from partydesk.services.dues.report import cell_report, members_behind
from partydesk.storage.dues_store import member_entries
from partydesk.storage.errors import AppendOnlyError, storage_errors
from tests.dues.world import TODAY, make_cell

NOV = Month(2026, 11)


@pytest.fixture
def cell(memory_db):
    ids = make_cell(memory_db)
    set_basis(memory_db, ids["Trần Thị Giáo"], Category.SALARIED, 6_200_000, date(2025, 1, 1))
    return memory_db, ids


def ledger_count(db) -> int:
    return db.execute("SELECT count(*) FROM dues_ledger").fetchone()[0]


def lines(db, month=NOV):
    return {ln.full_name: ln for ln in month_lines(db, month)}


def test_the_month_lists_members_of_that_month_with_what_they_owe(cell):
    db, _ = cell
    found = lines(db)
    assert found["Trần Thị Giáo"].due == 62000
    assert found["Trần Thị Giáo"].explanation == "1 % × 6.200.000 đ"
    assert found["Nguyễn Văn Nông"].due == 5000
    assert "Phạm Văn Đi" not in found                     # transferred out in May
    assert found["Hoàng Văn Vắng"].due == 0               # pays where attending temporarily
    assert found["Lê Văn Hưu"].due == 0                   # 50 years of party age in 04/2026
    assert lines(db, Month(2026, 3))["Lê Văn Hưu"].due == 5000
    assert "Phạm Văn Đi" in lines(db, Month(2026, 5))      # left during May: owes May


def test_paying_as_due_and_for_several_months_in_advance(cell):
    db, ids = cell
    pay(db, Payment(ids["Trần Thị Giáo"], NOV), TODAY)
    assert lines(db)["Trần Thị Giáo"].balance == 0
    pay(db, Payment(ids["Nguyễn Văn Nông"], NOV, months=3), TODAY)
    assert lines(db)["Nguyễn Văn Nông"].paid == 5000
    assert lines(db, Month(2027, 1))["Nguyễn Văn Nông"].paid == 5000


@pytest.mark.parametrize("payment, words", [
    (lambda ids: Payment(ids["Nguyễn Văn Nông"], NOV, amount=-5000), "not a possible payment"),
    (lambda ids: Payment(ids["Nguyễn Văn Nông"], NOV, amount=900_000_000), "not a possible"),
    (lambda ids: Payment(ids["Nguyễn Văn Nông"], Month(2026, 12)), "has not begun"),
    (lambda ids: Payment(ids["Phạm Văn Đi"], Month(2026, 6)), "was not a member"),
    (lambda ids: Payment("no-such-id", NOV), "no member"),
    (lambda ids: Payment(ids["Nguyễn Văn Nông"], NOV, via=Via.PORTAL), "reference"),
    (lambda ids: Payment(ids["Lê Văn Hưu"], NOV), "owes nothing"),
])
def test_bad_payments_are_refused_and_save_nothing(cell, payment, words):
    db, ids = cell
    with pytest.raises(DuesError, match=words):
        pay(db, payment(ids), TODAY)
    assert ledger_count(db) == 0


def test_a_voluntary_payment_by_an_exempt_member_is_welcome(cell):
    db, ids = cell
    pay(db, Payment(ids["Lê Văn Hưu"], NOV, amount=20000), TODAY)
    assert lines(db)["Lê Văn Hưu"].balance == -20000


def test_a_recorded_payment_can_never_be_changed_or_deleted(cell):
    db, ids = cell
    [entry] = pay(db, Payment(ids["Nguyễn Văn Nông"], NOV), TODAY)
    with pytest.raises(DuesError, match="never be changed"):
        change_entry(db, entry, amount=1)
    with pytest.raises(DuesError, match="never be changed"):
        delete_entry(db, entry)
    for sql in ("UPDATE dues_ledger SET amount = 1", "DELETE FROM dues_ledger"):
        with pytest.raises(AppendOnlyError), storage_errors():
            db.execute(sql)
    with pytest.raises(sqlite3.IntegrityError):
        db.execute("UPDATE dues_ledger SET amount = 1 WHERE id = ?", [entry])


def test_a_correction_leaves_both_entries_in_the_ledger_and_the_report(cell):
    db, ids = cell
    [entry] = pay(db, Payment(ids["Nguyễn Văn Nông"], NOV, amount=50000), TODAY)
    reverse(db, entry, "gõ nhầm", TODAY)
    pay(db, Payment(ids["Nguyễn Văn Nông"], NOV, amount=5000), TODAY)
    kinds = [(e.kind, e.amount) for e in member_entries(db, ids["Nguyễn Văn Nông"])]
    assert ("payment", 50000) in kinds and ("reversal", -50000) in kinds
    assert ("payment", 5000) in kinds
    with pytest.raises(DuesError, match="already been reversed"):
        reverse(db, entry, "again", TODAY)
    report = cell_report(db, NOV, TODAY)
    assert report["collected"] == 5000


def test_the_report_sums_the_month_and_the_year(cell):
    db, ids = cell
    record_month(db, NOV, {ids["Trần Thị Giáo"]: None, ids["Nguyễn Văn Nông"]: 5000}, TODAY)
    report = cell_report(db, NOV, TODAY)
    assert report["collected"] == 67000 and report["collected_year_to_date"] == 67000
    assert report["due"] == 67000 and report["members"] == 4
    assert report["retained"] == 20100 and report["remitted"] == 46900
    assert report["arrears"] > 0
    behind = {b.full_name: b for b in members_behind(db, NOV)}
    assert behind["Nguyễn Văn Nông"].months == 10 and behind["Nguyễn Văn Nông"].flagged
    assert "Hoàng Văn Vắng" not in behind                 # away: pays elsewhere


def test_record_month_is_all_or_nothing(cell):
    db, ids = cell
    with pytest.raises(DuesError):
        record_month(db, NOV, {ids["Trần Thị Giáo"]: None, ids["Phạm Văn Đi"]: 5000}, TODAY)
    assert ledger_count(db) == 0


def test_reliefs_from_the_service(cell):
    db, ids = cell
    reduce(db, ids["Trần Thị Giáo"], 50, date(2026, 10, 1), date(2026, 12, 31), "khó khăn")
    assert lines(db)["Trần Thị Giáo"].due == 31000
    exempt(db, ids["Nguyễn Văn Nông"], "hộ nghèo", date(2026, 11, 1))
    assert lines(db)["Nguyễn Văn Nông"].due == 0
    with pytest.raises(DuesError, match="at most 12 months"):
        reduce(db, ids["Trần Thị Giáo"], 30, date(2026, 2, 1), date(2027, 3, 1))
    with pytest.raises(DuesError, match="not in the rules"):
        reduce(db, ids["Trần Thị Giáo"], 30, date(2025, 6, 1), date(2025, 8, 1))


def test_the_overview_flags_three_unpaid_months_and_never_removes(cell):
    from partydesk.services.overview.reminders import overview_reminders

    db, ids = cell
    record_month(db, NOV, {ids["Trần Thị Giáo"]: None}, TODAY)
    cell_report(db, NOV, TODAY)                              # settles the year's months
    pay(db, Payment(ids["Trần Thị Giáo"], Month(2026, 1), months=10), TODAY)
    found = {r.name: r for r in overview_reminders(db, TODAY) if r.kind.startswith("dues")}
    assert found["Nguyễn Văn Nông"].kind == "dues_flag" and found["Nguyễn Văn Nông"].years == 11
    assert "Trần Thị Giáo" not in found                    # paid up
    assert "Hoàng Văn Vắng" not in found and "Lê Văn Hưu" in found   # Hưu owed Jan-Mar
    status = db.execute("SELECT status FROM members WHERE id = ?",
                        [ids["Nguyễn Văn Nông"]]).fetchone()
    assert status[0] != "removed"
