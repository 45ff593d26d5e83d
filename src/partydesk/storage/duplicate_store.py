"""Members who appear in two cells of a committee: found among the copies of the
cells' registers (same card number, or same folded name and birth date, under
different ids — the same id in two cells is a transfer, not a duplicate), kept in
``cell_duplicates`` until the committee resolves the pair."""

from __future__ import annotations

from partydesk.domain.ids import new_id
from partydesk.storage.connection import Database
from partydesk.storage.rows import dicts

CURRENT = "('probationary', 'official')"
_PAIRS = f"""
    SELECT m.cell_code, m.id, o.cell_code, o.id, '{{reason}}'
    FROM cell_members m JOIN cell_members o ON {{match}}
     AND o.cell_code <> m.cell_code AND o.id <> m.id
    WHERE m.cell_code = ? AND m.status IN {CURRENT} AND o.status IN {CURRENT}"""
MATCHES = {
    "card_number": "o.card_number = m.card_number AND m.card_number IS NOT NULL "
                   "AND m.card_number <> '' AND o.card_number IS NOT NULL "
                   "AND o.card_number <> ''",
    "name_and_birth_date": "o.name_folded = m.name_folded AND o.birth_date = m.birth_date "
                           "AND m.birth_date IS NOT NULL",
}


def matching_pairs(db: Database, cell_code: str) -> dict[tuple, str]:
    """``(cell_a, member_a, cell_b, member_b) → reason`` for every current member of the
    cell who matches a current member of another cell (card number first)."""
    found: dict[tuple, str] = {}
    for reason, match in MATCHES.items():
        for a_cell, a_id, b_cell, b_id, why in db.execute(
                _PAIRS.format(reason=reason, match=match), [cell_code]):
            key = ((a_cell, a_id, b_cell, b_id) if a_cell < b_cell
                   else (b_cell, b_id, a_cell, a_id))
            found.setdefault(key, why)
    return found


def refresh_cell(db: Database, cell_code: str, now: str) -> list[dict]:
    """After a cell's bundle is applied (inside its transaction): drop the open pairs of
    the cell that no longer match, add the new ones. Returns the pairs added."""
    pairs = matching_pairs(db, cell_code)
    open_rows = db.execute(
        "SELECT id, cell_a, member_a, cell_b, member_b FROM cell_duplicates "
        "WHERE resolved_at IS NULL AND ? IN (cell_a, cell_b)", [cell_code]).fetchall()
    for row_id, *key in open_rows:
        if tuple(key) not in pairs:
            db.execute("DELETE FROM cell_duplicates WHERE id = ?", [row_id])
    known = {tuple(r) for r in db.execute(
        "SELECT cell_a, member_a, cell_b, member_b FROM cell_duplicates "
        "WHERE ? IN (cell_a, cell_b)", [cell_code])}
    added = []
    for key, reason in pairs.items():
        if key in known:
            continue
        row = {"id": new_id(), "cell_a": key[0], "member_a": key[1], "cell_b": key[2],
               "member_b": key[3], "reason": reason, "found_at": now}
        db.execute("INSERT INTO cell_duplicates (id, cell_a, member_a, cell_b, member_b, "
                   "reason, found_at) VALUES (:id, :cell_a, :member_a, :cell_b, "
                   ":member_b, :reason, :found_at)", row)
        added.append(row)
    return added


_LIST = """
    SELECT d.id, d.reason, d.found_at, d.resolved_at, d.verdict, d.note,
           d.cell_a, d.member_a, a.full_name AS name_a, a.birth_date AS birth_a,
           a.card_number AS card_a, d.cell_b, d.member_b, b.full_name AS name_b,
           b.birth_date AS birth_b, b.card_number AS card_b
    FROM cell_duplicates d
    LEFT JOIN cell_members a ON a.cell_code = d.cell_a AND a.id = d.member_a
    LEFT JOIN cell_members b ON b.cell_code = d.cell_b AND b.id = d.member_b"""


def list_duplicates(db: Database, include_resolved: bool = False) -> list[dict]:
    where = "" if include_resolved else " WHERE d.resolved_at IS NULL"
    return dicts(db.execute(f"{_LIST}{where} ORDER BY d.found_at, d.cell_a, d.cell_b, "
                            "name_a, d.id"))


def load_duplicate(db: Database, duplicate_id: str) -> dict | None:
    rows = dicts(db.execute(f"{_LIST} WHERE d.id = ?", [duplicate_id]))
    return rows[0] if rows else None


def resolve(db: Database, duplicate_id: str, verdict: str, note: str, now: str) -> None:
    db.execute("UPDATE cell_duplicates SET resolved_at = ?, verdict = ?, note = ? "
               "WHERE id = ?", [now, verdict, note, duplicate_id])
