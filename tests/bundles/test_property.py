"""Importing any set of bundles in any order, any number of times, ends in the state
that importing only each cell's newest bundle gives (through the services, in-process),
once each cell's key is pinned by its confirmed first bundle — over every table the
committee keeps of its cells (members, events, meetings, documents, dues…), the members
in transit between cells and the members flagged in two cells."""

from __future__ import annotations

import shutil
import tempfile
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from partydesk.domain.events import EventKind, MemberEvent
from partydesk.domain.organisation import Role
from partydesk.paths import resolve_paths
from partydesk.services.bundles.enrolment import enrol, read_enrolment
from partydesk.services.bundles.errors import OLDER, BundleError
from partydesk.services.bundles.export import export_bundle
from partydesk.services.bundles.importer import import_bundle
from partydesk.services.demo.register import DemoGenerator, fill_demo_register
from partydesk.services.members.aggregate import LifeChange, write_lives
from partydesk.services.setup.first_run import initialise, initialise_from_enrolment
from partydesk.services.setup.installation import Installation
from partydesk.storage.partition_store import PARTITION_TABLES
from partydesk.storage.transfer_store import in_transit
from tests.bundles.craft import bundle_fingerprint
from tests.helpers import add_lives

pytestmark = pytest.mark.slow
CELL_CODES = ["CA", "CB", "CC"]
EXPORTS_PER_CELL = 4
CONSOLIDATED = list(PARTITION_TABLES.values())      # every cell_* copy the committee keeps


@dataclass(frozen=True)
class Bundle:
    cell: str
    sequence: int
    path: Path


def opened(folder: Path, create: bool = False) -> Installation:
    installation = Installation.acquire(resolve_paths(folder), create=create)
    if installation.initialised:
        installation.open_register()
    return installation


def change_cell(installation: Installation, round_no: int) -> None:
    """Between exports a cell gains members, renames one and loses one."""
    db = installation.db
    generator = DemoGenerator(seed=100 + round_no, as_of=date(2026, 1, 1))
    batch = [generator.member() for _ in range(2)]
    add_lives(db, batch, generator.as_of)
    first, second = [r[0] for r in db.execute("SELECT id FROM members ORDER BY id LIMIT 2")]
    with db.atomic():
        db.execute("UPDATE members SET full_name = ? WHERE id = ?", [f"Lê Văn Đổi {round_no}",
                                                                     first])
        db.execute("UPDATE members SET status = 'left' WHERE id = ?", [second])
        # cells exporting in the same round share a card number: flagged in two cells
        db.execute("UPDATE members SET card_number = ? WHERE id = ?",
                   [f"99.{round_no // 10:06d}", first])
    change_records(installation, round_no)


def change_records(installation: Installation, round_no: int) -> None:
    """And a meeting, a document, a dues payment and a transfer out between exports."""
    db = installation.db
    on = date(2026, 1, 2 + round_no % 20)
    stamp = f"{on.isoformat()}T08:00:00+00:00"
    current = db.execute("SELECT id FROM members WHERE status = 'official' "
                         "ORDER BY id DESC LIMIT 1").fetchone()[0]
    write_lives(db, [LifeChange(current, (MemberEvent(
        EventKind.TRANSFER_OUT_OFFICIAL, on, {}),))], on)
    with db.atomic():
        db.execute("INSERT INTO meetings (id, kind, held_on, starts_at, purpose, created_at, "
                   "updated_at) VALUES (?, 'monthly_regular', ?, '08:00', ?, ?, ?)",
                   [f"meeting-{round_no}", on.isoformat(), f"Sinh hoạt lần {round_no}",
                    stamp, stamp])
        [seq] = db.execute("SELECT coalesce(max(seq), 0) + 1 FROM documents "
                           "WHERE type_code = 'NQ' AND term = ''").fetchone()
        db.execute("INSERT INTO documents (id, type_code, term, seq, number, issued_on, "
                   "title, created_at) VALUES (?, 'NQ', '', ?, ?, ?, ?, ?)",
                   [f"document-{round_no}", seq, f"{seq}-NQ/CB", on.isoformat(),
                    f"Nghị quyết {round_no}", stamp])
        payer = db.execute("SELECT id FROM members WHERE status = 'official' "
                           "ORDER BY id LIMIT 1").fetchone()[0]
        db.execute("INSERT INTO dues_ledger (id, member_id, month, kind, amount, paid_on, "
                   "via, recorded_at) VALUES (?, ?, '2026-01', 'payment', 2000, ?, 'cash', ?)",
                   [f"payment-{round_no}", payer, on.isoformat(), stamp])


@pytest.fixture(scope="module")
def bundle_set(tmp_path_factory):
    root = tmp_path_factory.mktemp("property")
    stick = root / "stick"
    stick.mkdir()
    committee = opened(root / "committee", create=True)
    initialise(committee, Role.COMMITTEE, "Đảng ủy xã Thử", "DUT")
    committee.open_register()
    bundles = []
    for index, code in enumerate(CELL_CODES):
        enrolment_file = stick / f"{code}.json"
        enrol(committee.db, committee.organisation, committee.paths.keys_dir,
              f"Chi bộ {code}", code, enrolment_file)
        cell = opened(root / code, create=True)
        initialise_from_enrolment(cell, read_enrolment(enrolment_file))
        cell.open_register()
        fill_demo_register(cell.db, 6 + index, seed=index + 1, as_of=date(2026, 1, 1))
        for round_no in range(EXPORTS_PER_CELL):
            if round_no:
                change_cell(cell, round_no * 10 + index)
            result = export_bundle(cell.db, cell.organisation, cell.paths.keys_dir, stick)
            bundles.append(Bundle(code, result.sequence, result.path))
        cell.release()
    # first contact is confirmed by a person and the enrolment secret travels only in a
    # cell's first bundle: the property is about every bundle after that one
    for bundle in bundles:
        if bundle.sequence == 1:
            import_bundle(committee.db, committee.organisation, committee.paths.keys_dir,
                          bundle.path, confirmed=[bundle_fingerprint(bundle.path)])
    committee.release()
    return root / "committee", bundles


def consolidated_state(template: Path, folder: Path, bundles: list[Bundle]) -> dict:
    shutil.copytree(template, folder, ignore=shutil.ignore_patterns("partydesk.lock"))
    installation = opened(folder)
    try:
        for bundle in bundles:
            try:
                import_bundle(installation.db, installation.organisation,
                              installation.paths.keys_dir, bundle.path)
            except BundleError as refusal:
                assert refusal.message.text == OLDER.text
        db = installation.db
        state = {table: sorted(db.execute(f"SELECT * FROM {table}").fetchall())
                 for table in CONSOLIDATED}
        state["in_transit"] = sorted(tuple(row.values()) for row in in_transit(db))
        state["duplicates"] = sorted(db.execute(
            "SELECT cell_a, member_a, cell_b, member_b, reason FROM cell_duplicates "
            "WHERE resolved_at IS NULL").fetchall())
        state["cells"] = sorted(db.execute(
            "SELECT code, status, signing_public_key, fingerprint, last_sequence, "
            "last_bundle_sha256, last_bundle_created_at, member_count FROM cells").fetchall())
        return state
    finally:
        installation.release()


@given(picks=st.lists(st.integers(0, len(CELL_CODES) * EXPORTS_PER_CELL - 1),
                      min_size=1, max_size=24))
@settings(max_examples=25, deadline=None)
def test_any_order_with_duplicates_equals_each_cells_newest(bundle_set, picks):
    template, bundles = bundle_set
    chosen = [bundles[i] for i in picks]
    newest: dict[str, Bundle] = {}
    for bundle in chosen:
        current = newest.get(bundle.cell)
        if current is None or bundle.sequence > current.sequence:
            newest[bundle.cell] = bundle
    with tempfile.TemporaryDirectory() as tmp:
        state = consolidated_state(template, Path(tmp) / "any", chosen)
        reference = consolidated_state(template, Path(tmp) / "newest", list(newest.values()))
    assert state == reference
    if any(b.sequence > 1 for b in chosen):      # changed since the first export
        assert all(state[table] for table in ("cell_meetings", "cell_documents",
                                              "cell_dues_ledger", "in_transit"))
    held = {row[0]: row[4] for row in state["cells"]}
    assert {code: held[code] for code in newest} == {
        code: b.sequence for code, b in newest.items()}
