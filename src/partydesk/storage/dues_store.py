"""Party dues in the register: bases and reliefs (dated facts), dated settings, and the
append-only ledger (migration 0040: triggers refuse UPDATE and DELETE of an entry)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from partydesk.domain.dues import Category, Month
from partydesk.domain.dues_rules import Basis, Relief
from partydesk.storage.connection import Database

LEDGER_COLUMNS = ("id", "member_id", "month", "kind", "amount", "explanation", "paid_on",
                  "via", "ref", "reverses", "batch", "recorded_at", "recorded_by")


@dataclass(frozen=True)
class LedgerEntry:
    id: str
    member_id: str
    month: str
    kind: str
    amount: int
    explanation: str
    paid_on: str | None
    via: str | None
    ref: str
    reverses: str | None
    batch: str | None
    recorded_at: str
    recorded_by: str


def insert_basis(db: Database, row: dict) -> None:
    db.execute("INSERT INTO dues_bases (id, member_id, category, base, effective_from, "
               "decision, recorded_at, recorded_by) VALUES (:id, :member_id, :category, "
               ":base, :effective_from, :decision, :recorded_at, :recorded_by)", row)


def insert_relief(db: Database, row: dict) -> None:
    db.execute("INSERT INTO dues_reliefs (id, member_id, kind, percent, reason, decision, "
               "starts_on, ends_on, recorded_at, recorded_by) VALUES (:id, :member_id, "
               ":kind, :percent, :reason, :decision, :starts_on, :ends_on, :recorded_at, "
               ":recorded_by)", row)


def insert_setting(db: Database, row: dict) -> None:
    db.execute("INSERT INTO dues_settings (id, key, value, from_month, recorded_at) "
               "VALUES (:id, :key, :value, :from_month, :recorded_at)", row)


def all_bases(db: Database, member_ids: Sequence[str] | None = None
              ) -> dict[str, list[Basis]]:
    found: dict[str, list[Basis]] = defaultdict(list)
    for member_id, category, base, since in _for_members(
            db, "SELECT member_id, category, base, effective_from FROM dues_bases",
            member_ids, "ORDER BY effective_from, recorded_at"):
        found[member_id].append(Basis(Category(category), base, date.fromisoformat(since)))
    return found


def all_reliefs(db: Database, member_ids: Sequence[str] | None = None
                ) -> dict[str, list[Relief]]:
    found: dict[str, list[Relief]] = defaultdict(list)
    for member_id, kind, percent, reason, starts, ends in _for_members(
            db, "SELECT member_id, kind, percent, reason, starts_on, ends_on FROM dues_reliefs",
            member_ids, "ORDER BY starts_on, recorded_at"):
        found[member_id].append(Relief(kind, percent, reason, date.fromisoformat(starts),
                                       date.fromisoformat(ends) if ends else None))
    return found


def _for_members(db: Database, sql: str, member_ids: Sequence[str] | None, order: str):
    if member_ids is None:
        return db.execute(f"{sql} {order}").fetchall()
    marks = ", ".join("?" for _ in member_ids)
    return db.execute(f"{sql} WHERE member_id IN ({marks}) {order}", list(member_ids)).fetchall()


def all_settings(db: Database) -> dict[str, list[tuple[Month, int]]]:
    found: dict[str, list[tuple[Month, int]]] = defaultdict(list)
    for key, value, since in db.execute(
            "SELECT key, value, from_month FROM dues_settings ORDER BY recorded_at, rowid"):
        found[key].append((Month.parse(since), value))
    return found


def insert_entries(db: Database, entries: Iterable[Sequence]) -> None:
    """Append ledger entries, each a tuple in LEDGER_COLUMNS order."""
    marks = ", ".join("?" for _ in LEDGER_COLUMNS)
    db.conn.executemany(f"INSERT INTO dues_ledger ({', '.join(LEDGER_COLUMNS)}) "
                        f"VALUES ({marks})", entries)


def ledger_entry(db: Database, entry_id: str) -> LedgerEntry | None:
    row = db.execute(f"SELECT {', '.join(LEDGER_COLUMNS)} FROM dues_ledger WHERE id = ?",
                     [entry_id]).fetchone()
    return LedgerEntry(*row) if row else None


def is_reversed(db: Database, entry_id: str) -> bool:
    return db.execute("SELECT 1 FROM dues_ledger WHERE reverses = ?",
                      [entry_id]).fetchone() is not None


def member_entries(db: Database, member_id: str) -> list[LedgerEntry]:
    rows = db.execute(f"SELECT {', '.join(LEDGER_COLUMNS)} FROM dues_ledger WHERE "
                      f"member_id = ? ORDER BY month, recorded_at, rowid", [member_id])
    return [LedgerEntry(*row) for row in rows.fetchall()]


def ledger_lines(db: Database, first: Month, last: Month,
                 member_ids: Sequence[str] | None = None
                 ) -> dict[tuple[str, str], tuple[int, int, int]]:
    """``(member_id, month) → (charged, paid, charge entries)`` for months first..last."""
    where, params = "month BETWEEN ? AND ?", [str(first), str(last)]
    if member_ids is not None:
        where += f" AND member_id IN ({', '.join('?' for _ in member_ids)})"
        params += list(member_ids)
    rows = db.execute(
        "SELECT member_id, month, "
        "coalesce(sum(CASE WHEN kind = 'charge' THEN amount END), 0), "
        "coalesce(sum(CASE WHEN kind != 'charge' THEN amount END), 0), "
        "count(CASE WHEN kind = 'charge' THEN 1 END) "
        f"FROM dues_ledger WHERE {where} GROUP BY member_id, month", params)
    return {(m, month): (due, paid, n) for m, month, due, paid, n in rows.fetchall()}


def month_entries(db: Database, month: Month) -> list[LedgerEntry]:
    rows = db.execute(f"SELECT {', '.join(LEDGER_COLUMNS)} FROM dues_ledger WHERE month = ? "
                      f"ORDER BY recorded_at, rowid", [str(month)])
    return [LedgerEntry(*row) for row in rows.fetchall()]
