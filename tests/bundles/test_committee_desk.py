"""The committee's desk across its cells, members flagged in two cells, and the
consolidated register paged by keyset with ``members list --flag`` on a committee."""

from __future__ import annotations

import json
import sqlite3
from datetime import date, timedelta

import pytest

from tests.bundles.world import EN, cli, copy_dir, execute, export, ok, query, refused

pytestmark = pytest.mark.slow
CURRENT = "status IN ('probationary', 'official')"


@pytest.fixture
def desk(world, tmp_path):
    committee = copy_dir(world.imported, tmp_path / "committee")
    cells = {code: copy_dir(path, tmp_path / code) for code, path in world.cells.items()}
    return committee, cells, tmp_path / "stick"


def give_cards(target, sources, count: int) -> list[str]:
    """The same card numbers as ``count`` current members of the other cells: the
    case of 39 repeated card numbers that used to pass without a word."""
    cards = [c for source in sources for (c,) in query(
        source, f"SELECT card_number FROM members WHERE {CURRENT} AND card_number <> '' "
        "ORDER BY id")][:count]
    ids = [i for (i,) in query(target, f"SELECT id FROM members WHERE {CURRENT} ORDER BY id")]
    assert len(cards) == count and len(ids) >= count
    for member_id, card in zip(ids, cards, strict=False):
        execute(target, "UPDATE members SET card_number = ? WHERE id = ?", [card, member_id])
    return cards


def test_39_repeated_card_numbers_are_flagged_at_import_and_listed_until_resolved(desk):
    committee, cells, stick = desk
    give_cards(cells["CB02"], [cells["CB01"], cells["CB03"]], 39)
    result = cli(committee, "bundle", "import", str(export(cells["CB02"], stick)), lang=EN)
    assert result.returncode == 0, result.stderr
    warnings = [line for line in result.stderr.splitlines() if line.startswith("warning: ")]
    assert len(warnings) == 39 and all("same card number" in w for w in warnings)
    pairs = json.loads(ok(cli(committee, "duplicates", "list", "--format", "json")))
    assert len(pairs) == 39
    assert all("CB02" in (p["cell_a"], p["cell_b"]) and p["card_a"] == p["card_b"]
               for p in pairs)
    first = pairs[0]
    ok(cli(committee, "duplicates", "resolve", first["id"], "--not-same", "--note",
           "Đã gọi điện kiểm tra"))
    refused(cli(committee, "duplicates", "resolve", first["id"], "--not-same", lang=EN),
            "already resolved")
    refused(cli(committee, "duplicates", "resolve", "no-such-pair", "--same-person",
                lang=EN), "no-such-pair")
    # the next bundle brings the same register: nothing flagged again, nothing lost
    again = cli(committee, "bundle", "import", str(export(cells["CB02"], stick)), lang=EN)
    assert "warning" not in again.stderr
    assert len(json.loads(ok(cli(committee, "duplicates", "list", "--format", "json")))) == 38
    everything = json.loads(ok(cli(committee, "duplicates", "list", "--all", "--format",
                                   "json")))
    assert [p["verdict"] for p in everything if p["id"] == first["id"]] == ["not_same"]
    # a cell correcting a card: the pair leaves with that cell's next bundle
    pair = pairs[1]
    member = pair["member_a"] if pair["cell_a"] == "CB02" else pair["member_b"]
    execute(cells["CB02"], "UPDATE members SET card_number = '99.999999' WHERE id = ?",
            [member])
    ok(cli(committee, "bundle", "import", str(export(cells["CB02"], stick))))
    left = json.loads(ok(cli(committee, "duplicates", "list", "--format", "json")))
    assert len(left) == 37 and pair["id"] not in {p["id"] for p in left}
    shown = json.loads(ok(cli(committee, "desk", "--format", "json")))
    assert len(shown["duplicates"]) == 37


def test_same_name_and_birth_date_in_two_cells_is_flagged(memory_db):
    from partydesk.storage.duplicate_store import refresh_cell

    db, conn = memory_db, memory_db
    rows = [("CB01", "a", "Nguyễn Văn An", "nguyen van an", "1970-01-02", ""),
            ("CB02", "b", "Nguyễn Văn An", "nguyen van an", "1970-01-02", ""),
            ("CB02", "c", "Nguyễn Văn An", "nguyen van an", "1971-01-02", ""),
            ("CB03", "a", "Nguyễn Văn An", "nguyen van an", "1970-01-02", "")]
    for code, member_id, name, folded, born, card in rows:
        conn.execute("INSERT INTO cell_members (cell_code, id, full_name, name_folded, "
                     "sort_key, sex, birth_date, status, card_number) VALUES "
                     "(?, ?, ?, ?, ?, 'male', ?, 'official', ?)",
                     [code, member_id, name, folded, folded, born, card])
    added = refresh_cell(db, "CB02", "2026-12-01T00:00:00+00:00")
    # b matches a in CB01 and a in CB03 (c was born another year); the same id in two
    # cells (a) is a transfer, not a duplicate
    assert sorted((r["cell_a"], r["member_a"], r["cell_b"], r["member_b"], r["reason"])
                  for r in added) == [
        ("CB01", "a", "CB02", "b", "name_and_birth_date"),
        ("CB02", "b", "CB03", "a", "name_and_birth_date")]


def test_desk_counts_what_each_cell_last_sent(desk):
    committee, cells, _ = desk
    today = date.today()
    shown = json.loads(ok(cli(committee, "desk", "--format", "json")))
    assert set(shown) >= {"as_of", "cells", "waiting_decisions", "in_transit", "duplicates"}
    by_code = {c["code"]: c for c in shown["cells"]}
    assert sorted(by_code) == ["CB01", "CB02", "CB03"]
    later = json.loads(ok(cli(committee, "desk", "--format", "json", "--as-of",
                              (today + timedelta(days=40)).isoformat())))
    for cell in later["cells"]:
        assert cell["days_since_bundle"] == by_code[cell["code"]]["days_since_bundle"] + 40
        # no meeting is recorded in the future month: every cell is named
        assert cell["no_meeting_last_month"] and cell["meetings_last_month"] == 0
    moving = json.loads(ok(cli(committee, "transfers", "list", "--format", "json")))
    assert len(shown["in_transit"]) == len(moving)
    assert sum(c["in_transit"] for c in shown["cells"]) == len(moving)
    arrears = json.loads(ok(cli(committee, "dues", "report", "--month",
                                shown["dues_month"], "--format", "json")))
    assert {c["code"]: c["arrears"] for c in shown["cells"]} == {
        c["code"]: c["arrears"] for c in arrears["cells"]}
    waiting = [w for w in shown["waiting_decisions"] if w["kind"] == "conversion"]
    assert waiting, "the demo registers have probationers whose probation ends"
    one = waiting[0]
    ok(cli(committee, "decisions", "record", "--cell", one["cell_code"], "--member",
           one["member_id"], "--kind", "conversion", "--number", "7-QĐ/ĐU", "--date",
           today.isoformat()))
    after = json.loads(ok(cli(committee, "desk", "--format", "json")))
    assert one["member_id"] not in {w["member_id"] for w in after["waiting_decisions"]}
    assert "CB01" in ok(cli(committee, "desk", lang=EN))
    refused(cli(cells["CB01"], "desk", lang=EN), "committee")


def test_consolidated_register_pages_and_flags_on_a_committee(desk):
    committee, cells, stick = desk
    [(away,)] = query(cells["CB01"], "SELECT id FROM members WHERE status = 'official' "
                      "AND temporarily_away = 0 ORDER BY id LIMIT 1")
    ok(cli(cells["CB01"], "members", "event", away, "transfer_out_temporary", "--date",
           date.today().isoformat(), "--to", "Chi bộ nơi làm việc"))
    ok(cli(committee, "bundle", "import", str(export(cells["CB01"], stick))))
    from partydesk.domain.organisation import Organisation, Role
    from partydesk.services.committee.cells import committee_members, committee_members_page
    from partydesk.storage.connection import Database

    db = Database(sqlite3.connect(committee / "partydesk.sqlite3"))
    organisation = Organisation(id="x", role=Role.COMMITTEE, name="Đảng ủy", code="DUHB")
    whole = committee_members(db, organisation)
    walked, after = [], None
    while True:
        page = committee_members_page(db, organisation, after=after, limit=7)
        walked += page
        if len(page) < 7:
            break
        after = (page[-1]["sort_key"], page[-1]["cell_code"], page[-1]["id"])
    assert [(m["cell_code"], m["id"]) for m in walked] == [
        (m["cell_code"], m["id"]) for m in whole]
    for flag in ("exempt", "temporarily_away"):
        listed = json.loads(ok(cli(committee, "members", "list", "--flag", flag,
                                   "--format", "json")))
        expected = query(committee, f"SELECT cell_code, id FROM cell_members WHERE {flag} = 1 "
                         "AND status <> 'transferred_out'")
        assert sorted((m["cell_code"], m["id"]) for m in listed) == sorted(expected)
        assert listed, flag
    assert ("CB01", away) in {(m["cell_code"], m["id"]) for m in json.loads(ok(cli(
        committee, "members", "list", "--flag", "temporarily_away", "--format", "json")))}
