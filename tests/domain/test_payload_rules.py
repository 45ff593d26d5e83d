from __future__ import annotations

import pytest

from partydesk.domain.payload_rules import (
    PayloadProblem,
    check_tables,
    needs_removal_confirmation,
)

MEMBER_COLUMNS = ["id", "full_name", "status", "birth_date", "exempt"]


def members(*rows):
    return {"members": (MEMBER_COLUMNS, [list(r) for r in rows])}


GOOD = ("m1", "Lò Văn Pản", "official", "1980-02-29", 0)


def problem_of(tables) -> PayloadProblem:
    with pytest.raises(PayloadProblem) as caught:
        check_tables(tables, {})
    return caught.value


def test_a_good_table_passes():
    check_tables(members(GOOD, ("m2", "Hà Thị Mai", "left", "1990-01-01", 1)), {})


@pytest.mark.parametrize("column, value, problem", [
    ("exempt", 2**70, "range"), ("exempt", True, "type"), ("exempt", float("nan"), "type"),
    ("status", "hacked", "enum"), ("birth_date", "1981-02-29", "date"),
    ("full_name", "A\0B", "control"), ("full_name", "Hu\u0300ng", "nfc"),
    ("full_name", "x" * 201, "length"), ("id", None, "missing")])
def test_each_bad_value_names_its_row_and_column(column, value, problem):
    bad = list(GOOD)
    bad[MEMBER_COLUMNS.index(column)] = value
    found = problem_of(members(GOOD, ("m9", *GOOD[1:]), bad))
    assert (found.table, found.row, found.column, found.problem) == (
        "members", 3, column, problem)


def test_references_and_duplicates():
    events = (["id", "member_id", "kind", "occurred_on", "details", "created_at"],
              [["e1", "nobody", "death", "2020-01-01", "{}", "2020-01-01T00:00:00+00:00"]])
    found = problem_of({**members(GOOD), "member_events": events})
    assert (found.table, found.row, found.column, found.problem) == (
        "member_events", 1, "member_id", "reference")
    assert problem_of(members(GOOD, GOOD)).problem == "duplicate"


def test_undeclared_tables_get_generic_checks():
    types = {"dues_payments": {"id": "TEXT", "amount": "INTEGER"}}
    with pytest.raises(PayloadProblem) as caught:
        check_tables({"dues_payments": (["id", "amount"], [["d1", 2**70]])}, types)
    assert caught.value.problem == "range"
    check_tables({"dues_payments": (["id", "amount"], [["d1", 50_000]])}, types)


@pytest.mark.parametrize("current, dropped, confirm", [
    (50, 50, True), (50, 10, False), (50, 11, True), (1, 1, True), (0, 0, False),
    (10, 2, False), (10, 3, True)])
def test_removal_guard_default_twenty_per_cent(current, dropped, confirm):
    assert needs_removal_confirmation(current, dropped) is confirm
