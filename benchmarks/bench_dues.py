"""Party dues at scale.

1. A 2,000-member cell records a whole month at the meeting table through the service
   (``record_month``: the register as of the month, what each owes, one transaction)
   in at most 0.5 s; floor: inserting the same number of ledger rows with executemany.
2. A committee's dues report over 200 cells × 24 months (40 members each, a charge and
   a payment per member and month: 384,000 rows) in at most 1 s; floor: the same sums
   in one SQL query.

``--quick`` uses 50 cells.
"""

from __future__ import annotations

import tempfile
import time
from datetime import date
from pathlib import Path

from benchmarks.harness import Figure, median_seconds, passphrase

TODAY = date(2026, 11, 20)


def month_figure(report, folder: Path) -> None:
    from partydesk.domain.dues import Month
    from partydesk.domain.ids import new_id
    from partydesk.services.demo.register import fill_demo_register
    from partydesk.services.dues.ledger import month_lines
    from partydesk.services.dues.payments import record_month
    from partydesk.storage.database import open_database

    db = open_database(folder / "cell.sqlite3", passphrase=passphrase())
    fill_demo_register(db, 2000, seed=3, as_of=TODAY, meetings_months=0)
    months = iter([Month(2026, m) for m in range(1, 12)])
    counts = []

    def one_month() -> None:
        month = next(months)
        owed = {ln.member_id: None for ln in month_lines(db, month) if ln.due}
        start = time.perf_counter()
        counts.append(record_month(db, month, owed, TODAY))
        samples.append(time.perf_counter() - start)

    samples: list[float] = []
    for _ in range(5):
        one_month()
    value = sorted(samples)[2]
    rows = [(new_id(), None, "2020-01", "payment", 5000, "", None, "cash", "", None, None,
             "", "") for _ in range(counts[-1])]

    def floor() -> None:
        with db.atomic():
            db.conn.executemany("INSERT INTO bench_rows VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
                                rows)
            db.execute("DELETE FROM bench_rows")

    db.execute("CREATE TEMP TABLE bench_rows AS SELECT * FROM dues_ledger WHERE 0")
    report.add(Figure(f"dues: record a month for 2,000 members ({counts[-1]} entries)",
                      value, "s", "executemany of the same rows", median_seconds(floor),
                      max_value=0.5))
    db.close()


def committee_figure(report, folder: Path, cells: int) -> None:
    from partydesk.domain.dues import Month
    from partydesk.services.dues.report import committee_report
    from partydesk.storage.database import open_database

    db = open_database(folder / "committee.sqlite3", passphrase=passphrase())
    months = [Month(2025, 1).next(i) for i in range(24)]
    with db.atomic():
        for cell in range(cells):
            code = f"CB{cell:03d}"
            rows = []
            for month in months:
                for member in range(40):
                    mid = f"{code}-{member}"
                    rows.append((code, f"c{mid}{month}", mid, str(month), "charge", 5000))
                    if (member + month.month) % 13:
                        rows.append((code, f"p{mid}{month}", mid, str(month), "payment", 5000))
            db.conn.executemany("INSERT INTO cell_dues_ledger (cell_code, id, member_id, "
                                "month, kind, amount) VALUES (?,?,?,?,?,?)", rows)
    month = Month(2026, 12)
    value = median_seconds(lambda: committee_report(db, None, month), runs=5)

    def floor() -> None:
        db.execute("""
            SELECT cell_code, count(DISTINCT CASE WHEN month = :m THEN member_id END),
                   sum(CASE WHEN month = :m AND kind = 'charge' THEN amount END),
                   sum(CASE WHEN month = :m AND kind != 'charge' THEN amount END),
                   sum(CASE WHEN kind != 'charge' THEN amount END),
                   sum(CASE WHEN kind = 'charge' THEN amount ELSE -amount END)
            FROM cell_dues_ledger WHERE month BETWEEN :jan AND :m GROUP BY cell_code""",
                   {"m": str(month), "jan": str(month.january())}).fetchall()

    report.add(Figure(f"dues: committee report, {cells} cells × 24 months", value, "s",
                      "the same sums in one SQL query", median_seconds(floor, runs=5),
                      max_value=1.0))
    db.close()


def run(report, args) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        month_figure(report, Path(tmp))
        committee_figure(report, Path(tmp), 50 if args.quick else 200)
