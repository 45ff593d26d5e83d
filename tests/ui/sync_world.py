"""A committee and its enrolled cells in temporary data folders, built through the
services (as tests/bundles/world.py does through the command line)."""

from __future__ import annotations

from pathlib import Path

from partydesk.domain.organisation import Role
from partydesk.paths import resolve_paths
from partydesk.services.bundles.enrolment import enrol
from partydesk.services.bundles.export import export_bundle
from partydesk.services.demo.register import fill_demo_register
from partydesk.services.setup.first_run import initialise, initialise_from_enrolment_file
from partydesk.services.setup.installation import Installation

CELLS = {"CB01": ("Chi bộ thôn Đồng Tâm", 30, 11), "CB02": ("Chi bộ bản Pá Vệt", 20, 12)}


def make_committee(folder: Path) -> Installation:
    committee = Installation.acquire(resolve_paths(folder), create=True)
    initialise(committee, Role.COMMITTEE, "Đảng ủy xã Hòa Bình", "DUHB")
    committee.open_register()
    return committee


def enrolment_file(committee: Installation, folder: Path, code: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    out = folder / f"{code}.enrolment.json"
    enrol(committee.db, committee.organisation, committee.paths.keys_dir, CELLS[code][0],
          code, out)
    return out


def make_cell(committee: Installation, root: Path, code: str) -> Installation:
    _, members, seed = CELLS[code]
    file = enrolment_file(committee, root, code)
    cell = Installation.acquire(resolve_paths(root / code), create=True)
    initialise_from_enrolment_file(cell, file, "2025-2030", "Nguyễn Văn Thắng")
    cell.open_register()
    fill_demo_register(cell.db, members, seed=seed)
    return cell


def export(cell: Installation, stick: Path) -> Path:
    stick.mkdir(parents=True, exist_ok=True)
    return export_bundle(cell.db, cell.organisation, cell.paths.keys_dir, stick).path
