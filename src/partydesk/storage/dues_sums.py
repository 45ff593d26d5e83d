"""The dues report's sums, over a cell's own ledger or the committee's copies of its
cells' ledgers (``cell_dues_ledger``): one pass over the year's entries up to a month."""

from __future__ import annotations

from partydesk.domain.dues import Month
from partydesk.storage.connection import Database

_TABLES = {False: ("dues_ledger", "''"), True: ("cell_dues_ledger", "cell_code")}


def month_sums(db: Database, month: Month, per_cell: bool = False) -> dict[str, dict[str, int]]:
    """``code → {members, due, collected, collected_year_to_date, arrears}``; the code is
    "" on a cell. Sums follow the month an amount is for (a payment covering several
    months counts in each of them); arrears are the year's unpaid balances up to the month."""
    table, code = _TABLES[per_cell]
    params = {"m": str(month), "jan": str(month.january())}
    sums: dict[str, dict[str, int]] = {}
    for row in db.execute(f"""
            SELECT {code},
              count(DISTINCT CASE WHEN month = :m AND kind = 'charge' THEN member_id END),
              coalesce(sum(CASE WHEN month = :m AND kind = 'charge' THEN amount END), 0),
              coalesce(sum(CASE WHEN month = :m AND kind != 'charge' THEN amount END), 0),
              coalesce(sum(CASE WHEN kind != 'charge' THEN amount END), 0)
            FROM {table} WHERE month BETWEEN :jan AND :m GROUP BY 1""", params):
        sums[row[0]] = {"members": row[1], "due": row[2], "collected": row[3],
                        "collected_year_to_date": row[4], "arrears": 0}
    for cell, owed in db.execute(f"""
            SELECT code, sum(owed) FROM (
              SELECT {code} AS code, sum(CASE WHEN kind = 'charge' THEN amount
                                              ELSE -amount END) AS owed
              FROM {table} WHERE month BETWEEN :jan AND :m
              GROUP BY 1, member_id, month) WHERE owed > 0 GROUP BY code""", params):
        sums.setdefault(cell, {"members": 0, "due": 0, "collected": 0,
                               "collected_year_to_date": 0, "arrears": 0})["arrears"] = owed
    return sums


def member_arrears(db: Database, month: Month) -> list[tuple[str, int, int]]:
    """``(member_id, unpaid months, amount owed)`` this year up to ``month``, on a cell."""
    return db.execute("""
        SELECT member_id, count(*), sum(owed) FROM (
          SELECT member_id, month,
                 sum(CASE WHEN kind = 'charge' THEN amount ELSE -amount END) AS owed
          FROM dues_ledger WHERE month BETWEEN ? AND ? GROUP BY member_id, month)
        WHERE owed > 0 GROUP BY member_id ORDER BY member_id""",
                      [str(month.january()), str(month)]).fetchall()


def last_month_by_cell(db: Database, month: Month) -> dict[str, tuple[int, int]]:
    """``cell_code → (due, collected)`` for one month, from the committee's copies."""
    rows = db.execute("""
        SELECT cell_code, coalesce(sum(CASE WHEN kind = 'charge' THEN amount END), 0),
               coalesce(sum(CASE WHEN kind != 'charge' THEN amount END), 0)
        FROM cell_dues_ledger WHERE month = ? GROUP BY cell_code""", [str(month)])
    return {code: (due, collected) for code, due, collected in rows.fetchall()}
