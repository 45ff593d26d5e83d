"""Transfers to or from outside the committee and the transfer deadlines: a member
arrives by hand from a letter's number (``transfers arrive``), shows in the transfer
book with the letter; the sending cell is reminded to start a move within 60 working
days and to check the letter was presented within 30; the receiving cell to accept a
dossier; the committee sees when each member in transit should have arrived."""

from __future__ import annotations

import json
from datetime import date

import pytest

from partydesk.domain.dates import add_working_days
from partydesk.domain.events import PLACE, EventKind, MemberEvent
from partydesk.domain.member import MemberStatus, Sex
from partydesk.domain.organisation import Role
from partydesk.services.members.lifecycle import record_event
from partydesk.services.overview.reminders import overview_reminders
from partydesk.services.setup.rulebook import default_rulebook
from partydesk.services.transfers.arrival import Letter, arrive
from partydesk.services.transfers.book import transfer_book
from partydesk.services.transfers.deadlines import expect_move, present_by, start_by
from partydesk.storage.members.search import search_page
from tests.helpers import run_cli
from tests.ui.conftest import make_installation

TODAY = date(2026, 12, 3)
LETTER = Letter("15-GGT/ĐU", "Đảng ủy phường Ba Đình", "Lò Thị Mai", Sex.FEMALE,
                date(1990, 4, 2), date(2015, 5, 19), date(2015, 6, 1), date(2016, 6, 1),
                "099887766", date(2026, 11, 10))


@pytest.fixture
def cell(tmp_path):
    installation = make_installation(tmp_path / "cell", members=30)
    yield installation
    installation.release()


def test_the_rule_data_give_60_and_30_working_days():
    rules = default_rulebook()
    assert start_by(date(2026, 1, 5), rules) == add_working_days(date(2026, 1, 5), 60)
    assert present_by(date(2026, 1, 5), rules) == date(2026, 2, 16)   # 30 Mon-Fri days


def test_an_arrival_by_hand_joins_the_register_and_the_transfer_book(cell):
    member_id, status = arrive(cell.db, cell.organisation, LETTER, date(2026, 11, 20), TODAY)
    assert status == MemberStatus.OFFICIAL.value
    [entry] = [r for r in transfer_book(cell.db) if r["member_id"] == member_id]
    assert entry == {**entry, "on": "2026-11-20", "form": "official",
                     "place": "Đảng ủy phường Ba Đình", "letter_number": "15-GGT/ĐU"}
    # the departure the letter certifies is not one of this cell's (no letter to print)
    from partydesk.storage.transfer_store import members_transferred_out

    assert member_id not in [m for m, _name, _day in members_transferred_out(cell.db)]
    # the same card again is refused, and nothing is added
    count = len(search_page(cell.db, limit=500))
    with pytest.raises(Exception, match="099887766"):
        arrive(cell.db, cell.organisation, LETTER, date(2026, 11, 21), TODAY)
    assert len(search_page(cell.db, limit=500)) == count


def test_arrive_from_the_command_line_good_and_bad(data_dir):
    def cli(*args):
        return run_cli("--data-dir", str(data_dir), *args, env={"PARTYDESK_LANG": "en"})

    assert cli("init", "--role", "cell", "--name", "Chi bộ thôn Đồng Tâm", "--code",
               "CB01").returncode == 0
    args = ["transfers", "arrive", "--letter-number", "15-GGT/ĐU", "--from", "Đảng ủy "
            "phường Ba Đình", "--date", "2026-11-20", "--letter-date", "2026-11-10",
            "--name", "Lò Thị Mai", "--sex", "female", "--birth-date", "1990-04-02",
            "--admitted-on", "2015-05-19", "--ceremony-on", "2015-06-01", "--official-on",
            "2016-06-01"]
    done = cli(*args)
    assert done.returncode == 0 and "status official" in done.stdout
    early = cli(*[a if a != "2026-11-20" else "2026-11-01" for a in args])
    assert early.returncode == 1 and early.stderr.startswith("error: ")
    assert len(early.stderr.strip().splitlines()) == 1
    assert cli("transfers", "arrive", "--from", "X").returncode == 2


def test_the_sending_cell_is_reminded_to_start_and_to_check_the_letter(cell):
    members = [m for m in search_page(cell.db, limit=500) if m["status"] == "official"]
    moving, leaving = members[0], members[1]
    due = expect_move(cell.db, moving["id"], date(2026, 10, 1), "Sở Nông nghiệp")
    record_event(cell.db, leaving["id"], MemberEvent(
        EventKind.TRANSFER_OUT_OFFICIAL, date(2026, 11, 25), {PLACE: "Hà Nội"}), TODAY)
    found = {r.kind: r for r in overview_reminders(cell.db, TODAY)
             if r.kind.startswith("transfer")}
    assert found["transfer_start"].subject_id == moving["id"]
    assert found["transfer_start"].due_on == due and not found["transfer_start"].overdue
    assert found["transfer_present"].subject_id == leaving["id"]
    assert found["transfer_present"].due_on == present_by(date(2026, 11, 25),
                                                          default_rulebook())
    # once the move's transfer out is recorded, the "start" reminder goes
    record_event(cell.db, moving["id"], MemberEvent(
        EventKind.TRANSFER_OUT_OFFICIAL, date(2026, 12, 1), {}), TODAY)
    kinds = [r.kind for r in overview_reminders(cell.db, TODAY)]
    assert "transfer_start" not in kinds
    # long after the deadline the follow-up leaves the overview
    later = [r.kind for r in overview_reminders(cell.db, date(2027, 6, 1))]
    assert "transfer_present" not in later


def test_a_move_late_to_start_is_overdue(cell):
    member = next(m for m in search_page(cell.db, limit=500) if m["status"] == "official")
    expect_move(cell.db, member["id"], date(2026, 6, 1))
    [late] = [r for r in overview_reminders(cell.db, TODAY) if r.kind == "transfer_start"]
    assert late.overdue


def test_the_committee_side_shows_when_each_member_should_arrive(tmp_path):
    committee = make_installation(tmp_path / "c", Role.COMMITTEE)
    try:
        from partydesk.services.transfers.committee import transit

        assert transit(committee.db, committee.organisation) == []
    finally:
        committee.release()


@pytest.mark.slow
def test_transfers_list_json_carries_present_by(world, tmp_path):
    from tests.bundles.world import cli, copy_dir, ok

    committee = copy_dir(world.imported, tmp_path / "committee")
    rows = json.loads(ok(cli(committee, "transfers", "list", "--format", "json")))
    assert rows
    for row in rows:
        left = date.fromisoformat(row["left_on"])
        expected = (present_by(left, default_rulebook()).isoformat()
                    if left >= date(2011, 1, 19) else None)
        assert row["present_by"] == expected
