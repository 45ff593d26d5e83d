"""Importing any set of bundles in any order, any number of times, ends in the state
that importing only each cell's newest bundle gives (through the services, in-process),
once each cell's key is pinned by its confirmed first bundle."""

from __future__ import annotations

import shutil
import tempfile
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from partydesk.domain.organisation import Role
from partydesk.paths import resolve_paths
from partydesk.services.bundles.enrolment import enrol, read_enrolment
from partydesk.services.bundles.errors import OLDER, BundleError
from partydesk.services.bundles.export import export_bundle
from partydesk.services.bundles.importer import import_bundle
from partydesk.services.demo.register import DemoGenerator, fill_demo_register
from partydesk.services.setup.first_run import initialise, initialise_from_enrolment
from partydesk.services.setup.installation import Installation
from tests.bundles.craft import bundle_fingerprint
from tests.helpers import add_lives

pytestmark = pytest.mark.slow
CELL_CODES = ["CA", "CB", "CC"]
EXPORTS_PER_CELL = 4
CONSOLIDATED = ["cell_organisation", "cell_members", "cell_member_events"]


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
    held = {row[0]: row[4] for row in state["cells"]}
    assert {code: held[code] for code in newest} == {
        code: b.sequence for code, b in newest.items()}
