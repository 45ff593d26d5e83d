"""Candidates (quần chúng ưu tú) and their sponsors."""

from __future__ import annotations

from datetime import date

from partydesk.domain.candidates import Candidate, Sponsor
from partydesk.domain.vietnamese import name_sort_key
from partydesk.storage.connection import Database
from partydesk.storage.rows import now_text, sql_value

DATE_FIELDS = ("birth_date", "awareness_certificate_on", "youth_union_resolution_on",
               "application_on", "cell_resolution_on", "admission_decision_on")


def insert_candidate(db: Database, candidate_id: str, candidate: Candidate, sex: str,
                     extra: dict[str, str]) -> None:
    row = {"id": candidate_id, "full_name": candidate.full_name,
           "sort_key": name_sort_key(candidate.full_name), "sex": sex,
           **{f: sql_value(getattr(candidate, f)) for f in DATE_FIELDS},
           **extra, "created_at": now_text(), "updated_at": now_text()}
    columns = ", ".join(row)
    db.execute(f"INSERT INTO candidates ({columns}) VALUES "
               f"({', '.join(':' + c for c in row)})", row)
    set_sponsors(db, candidate_id, candidate.sponsors)


def set_sponsors(db: Database, candidate_id: str, sponsors: tuple[Sponsor, ...]) -> None:
    db.execute("DELETE FROM candidate_sponsors WHERE candidate_id = ?", [candidate_id])
    db.conn.executemany(
        "INSERT INTO candidate_sponsors (candidate_id, member_id, months_together) "
        "VALUES (?, ?, ?)", [(candidate_id, s.member_id, s.months_together) for s in sponsors])


def update_candidate_dates(db: Database, candidate_id: str, dates: dict[str, date | None]) -> None:
    unknown = set(dates) - set(DATE_FIELDS)
    if unknown:
        raise ValueError(f"not a candidate date: {unknown}")
    assignments = ", ".join(f"{field} = ?" for field in dates)
    db.execute(f"UPDATE candidates SET {assignments}, updated_at = ? WHERE id = ?",
               [*(sql_value(v) for v in dates.values()), now_text(), candidate_id])


def link_member(db: Database, candidate_id: str, member_id: str) -> None:
    db.execute("UPDATE candidates SET member_id = ?, updated_at = ? WHERE id = ?",
               [member_id, now_text(), candidate_id])


def load_candidate(db: Database, candidate_id: str) -> tuple[Candidate, dict] | None:
    row = db.execute(f"SELECT full_name, {', '.join(DATE_FIELDS)}, id, sex, ethnicity, "
                     f"religion, residence, member_id FROM candidates WHERE id = ?",
                     [candidate_id]).fetchone()
    if row is None:
        return None
    return _candidate(db, row)


def list_candidates(db: Database, include_admitted: bool = False) -> list[tuple[Candidate, dict]]:
    where = "" if include_admitted else "WHERE member_id IS NULL"
    rows = db.execute(f"SELECT full_name, {', '.join(DATE_FIELDS)}, id, sex, ethnicity, "
                      f"religion, residence, member_id FROM candidates {where} "
                      f"ORDER BY sort_key, id").fetchall()
    return [_candidate(db, row) for row in rows]


def _candidate(db: Database, row: tuple) -> tuple[Candidate, dict]:
    name, *dates = row[:1 + len(DATE_FIELDS)]
    candidate_id, sex, ethnicity, religion, residence, member_id = row[1 + len(DATE_FIELDS):]
    sponsors = tuple(Sponsor(m, months) for m, months in db.execute(
        "SELECT member_id, months_together FROM candidate_sponsors WHERE candidate_id = ? "
        "ORDER BY member_id", [candidate_id]).fetchall())
    values = {f: date.fromisoformat(v) if v else None for f, v in zip(DATE_FIELDS, dates,
                                                                      strict=True)}
    candidate = Candidate(full_name=name, sponsors=sponsors, **values)
    return candidate, {"id": candidate_id, "sex": sex, "ethnicity": ethnicity,
                       "religion": religion, "residence": residence, "member_id": member_id}
