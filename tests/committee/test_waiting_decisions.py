"""Members waiting for a committee decision, as the committee's desk lists them: a
candidate the cell proposed (its resolution passed, not admitted) until the committee
records the admission; a probationer whose probation has ended until it records the
conversion."""

from __future__ import annotations

from datetime import date

from partydesk.services.committee.desk import waiting_decisions
from partydesk.storage.bundle_store import enrol_cell
from partydesk.storage.downward_store import insert_decision

NOW = "2026-11-01T00:00:00+00:00"


def candidate(db, cell: str, candidate_id: str, resolution: str | None) -> None:
    db.execute("INSERT INTO cell_candidates (cell_code, id, full_name, sort_key, sex, "
               "cell_resolution_on, created_at, updated_at) VALUES (?, ?, ?, ?, 'female', "
               "?, ?, ?)", [cell, candidate_id, f"Lò Thị {candidate_id}", candidate_id,
                            resolution, NOW, NOW])


def probationer(db, cell: str, member_id: str, admitted: str) -> None:
    db.execute("INSERT INTO cell_members (cell_code, id, full_name, name_folded, sort_key, "
               "sex, status, admitted_on) VALUES (?, ?, ?, ?, ?, 'male', 'probationary', ?)",
               [cell, member_id, f"Vàng A {member_id}", member_id, member_id, admitted])
    for number, (kind, on) in enumerate((("admission_decision", admitted),
                                         ("admission_ceremony", admitted))):
        db.execute("INSERT INTO cell_member_events (cell_code, id, member_id, kind, "
                   "occurred_on, details, created_at) VALUES (?, ?, ?, ?, ?, '{}', ?)",
                   [cell, f"{member_id}-{number}", member_id, kind, on, NOW])


def decide(db, cell: str, member_id: str, kind: str) -> None:
    insert_decision(db, {"id": f"{kind}-{member_id}", "cell_code": cell,
                         "member_id": member_id, "kind": kind, "number": "9-QĐ/ĐU",
                         "decided_on": "2026-11-20", "details": {}, "created_at": NOW})


def test_proposed_candidates_and_due_conversions_wait_until_decided(memory_db):
    db = memory_db
    for code in ("CB01", "CB02"):
        enrol_cell(db, code, f"Chi bộ {code}", "0" * 64, NOW)
    candidate(db, "CB01", "c1", "2026-10-05")          # proposed by the cell
    candidate(db, "CB01", "c2", None)                  # not yet
    probationer(db, "CB02", "p1", "2025-10-01")        # probation ended 2026-10-01
    probationer(db, "CB02", "p2", "2026-06-01")        # still on probation
    today = date(2026, 11, 25)
    waiting = waiting_decisions(db, today)
    assert [(w["cell_code"], w["member_id"], w["kind"]) for w in waiting] == [
        ("CB02", "p1", "conversion"), ("CB01", "c1", "admission")]
    assert waiting[1]["since"] == "2026-10-05"
    decide(db, "CB01", "c1", "admission")
    decide(db, "CB02", "p1", "conversion")
    assert waiting_decisions(db, today) == []
