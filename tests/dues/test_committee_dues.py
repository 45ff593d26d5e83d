"""Dues on a committee: carried in the cell's bundle, answered per cell and in total."""

from __future__ import annotations

from datetime import date

from partydesk.domain.dues import Month
from partydesk.services.dues.report import KEYS, committee_report
from partydesk.storage.dues_sums import last_month_by_cell
from partydesk.storage.partition_store import PARTITION_TABLES


def test_the_cells_bundle_carries_its_dues():
    for table in ("dues_bases", "dues_reliefs", "dues_ledger"):
        assert PARTITION_TABLES[table] == f"cell_{table}"


def test_the_committee_report_has_each_cell_and_the_total(memory_db):
    rows = []
    for code, members in (("CB01", 3), ("CB02", 2)):
        for m in range(members):
            for month in ("2026-10", "2026-11"):
                rows.append((code, f"c{code}{m}{month}", f"{code}{m}", month, "charge", 5000))
                if m:
                    rows.append((code, f"p{code}{m}{month}", f"{code}{m}", month, "payment",
                                 5000))
    memory_db.conn.executemany("INSERT INTO cell_dues_ledger (cell_code, id, member_id, month, "
                               "kind, amount) VALUES (?,?,?,?,?,?)", rows)
    report = committee_report(memory_db, None, Month(2026, 11))
    cells = {c["code"]: c for c in report["cells"]}
    assert cells["CB01"] | {} == {"code": "CB01", "members": 3, "due": 15000,
                                  "collected": 10000, "collected_year_to_date": 20000,
                                  "retained": 3000, "remitted": 7000, "arrears": 10000}
    assert report["total"]["due"] == 25000 and report["total"]["arrears"] == 20000
    assert set(report["total"]) == set(KEYS)
    assert last_month_by_cell(memory_db, Month.of(date(2026, 10, 1)))["CB02"] == (10000, 5000)
