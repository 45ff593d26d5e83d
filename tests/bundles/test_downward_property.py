"""Downward bundles in any order, with duplicates and losses, leave each cell in the
state that importing only the newest one it received gives: over the receipt, the
decisions (and the events they became), the notices, the dossiers of transfers and the
settings (dues settings, admission targets) the committee set."""

from __future__ import annotations

import contextlib
import shutil
import tempfile
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from partydesk.domain.dues import Month
from partydesk.services.bundles.downward_export import export_downward
from partydesk.services.bundles.downward_import import import_downward
from partydesk.services.bundles.errors import BundleError
from partydesk.services.committee.cell_settings import set_cells_dues_setting, set_cells_target
from partydesk.services.committee.decisions import add_notice, record_decision
from partydesk.services.transfers.committee import forward, transit
from tests.bundles.test_property import opened
from tests.bundles.world import copy_dir, query

pytestmark = pytest.mark.slow
ROUNDS = 4
CELLS = ("CB01", "CB02")
STATE = {
    "received_decisions": "SELECT id, member_id, kind, number, decided_on, details, applied, "
                          "refusal FROM received_decisions ORDER BY id",
    "received_notices": "SELECT id, title, text, attachment_name, created_at "
                        "FROM received_notices ORDER BY id",
    "downward_received": "SELECT last_sequence, last_sha256, receipt_sequence, "
                         "receipt_sha256 FROM downward_received",
    "member_events": "SELECT id IS NOT NULL, member_id, kind, occurred_on, details "
                     "FROM member_events ORDER BY member_id, occurred_on, kind, details",
    "members": "SELECT id, status FROM members ORDER BY id",
    "incoming_transfers": "SELECT member_id, from_cell, full_name, left_on, dossier, "
                          "accepted_on FROM incoming_transfers ORDER BY member_id",
    "received_settings": "SELECT id, kind, key, value, since, set_at FROM received_settings "
                         "ORDER BY id",
    "dues_settings": "SELECT id, key, value, from_month FROM dues_settings ORDER BY rowid",
    "admission_targets": "SELECT year, cell_code, admissions FROM admission_targets "
                         "ORDER BY year, cell_code",
}


@pytest.fixture(scope="module")
def exchange(world, tmp_path_factory):
    """ROUNDS downward bundles per cell, each round adding a notice, a decision, a dues
    setting and a new admission target, and in one round a member's dossier for each."""
    root = tmp_path_factory.mktemp("downward-property")
    committee = opened(copy_dir(world.imported, root / "committee"))
    bundles = {code: [] for code in CELLS}
    try:
        for round_no in range(ROUNDS):
            add_notice(committee.db, committee.organisation, None, f"Thông báo {round_no}")
            for code in CELLS:
                members = query(world.cells[code], "SELECT id FROM members WHERE status = "
                                "'official' ORDER BY id")
                record_decision(committee.db, committee.organisation, code,
                                members[round_no][0], "discipline", f"{round_no}-QĐ",
                                date(2026, 1, 10 + round_no))
            set_cells_dues_setting(committee.db, committee.organisation, "dues.other_monthly",
                                   5000 + 1000 * round_no, Month(2026, 2 + round_no),
                                   list(CELLS))
            set_cells_target(committee.db, committee.organisation, 2026, 2 + round_no,
                             list(CELLS))
            if round_no == 1:
                for code in CELLS:
                    moving = next(t for t in transit(committee.db, committee.organisation)
                                  if t["from_cell"] != code and not t["to_cell"])
                    forward(committee.db, committee.organisation, moving["member_id"], code)
            stick = root / f"round-{round_no}"
            stick.mkdir()
            for written in export_downward(committee.db, committee.organisation,
                                           committee.paths.keys_dir, stick, list(CELLS)):
                bundles[written.cell_code].append(written.path)
    finally:
        committee.release()
    return bundles


def state(folder: Path) -> dict:
    return {name: query(folder, sql) for name, sql in STATE.items()}


def import_all(folder: Path, paths: list[Path]) -> None:
    cell = opened(folder)
    try:
        for path in paths:
            with contextlib.suppress(BundleError):     # older than one imported: refused
                import_downward(cell.db, cell.organisation, cell.paths.keys_dir, path,
                                date(2026, 2, 1))
    finally:
        cell.release()


orders = st.lists(st.integers(0, ROUNDS - 1), min_size=1, max_size=8)


@settings(max_examples=12, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.fixed_dictionaries({code: orders for code in CELLS}))
def test_any_order_with_duplicates_and_losses_equals_the_newest_alone(world, exchange,
                                                                      picks):
    with tempfile.TemporaryDirectory() as tmp:
        for code in CELLS:
            received = [exchange[code][i] for i in picks[code]]
            newest = exchange[code][max(picks[code])]
            mixed = copy_dir(world.cells[code], Path(tmp) / f"{code}-mixed")
            alone = copy_dir(world.cells[code], Path(tmp) / f"{code}-alone")
            import_all(mixed, received)
            import_all(alone, [newest])
            assert state(mixed) == state(alone)
            shutil.rmtree(mixed)
            shutil.rmtree(alone)
