"""One world per test session (building it runs the CLI a dozen times); tests that
change a register work on copies."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.bundles.world import build_world, cli, copy_dir, export, ok


@pytest.fixture(scope="session")
def world(tmp_path_factory):
    return build_world(tmp_path_factory.mktemp("world"))


@dataclass
class Extras:
    cb01_second: Path            # CB01's next bundle, good on the imported committee
    unknown_sender: Path         # addressed to DUHB by a cell DUHB never enrolled
    other_committee: Path        # from a cell of another committee, DUXB
    impostor: Path               # CB01's enrolment reused by another machine
    impostor_cell: Path


def new_cell(committee: Path, root: Path, code: str, stick: Path) -> tuple[Path, Path]:
    enrolment = stick / f"{code}-{committee.name}.json"
    ok(cli(committee, "enroll", "--name", f"Chi bộ {code}", "--code", code, "-o",
           str(enrolment)))
    cell = root / f"{code}-{committee.name}"
    ok(cli(cell, "init", "--enrollment", str(enrolment)))
    ok(cli(cell, "demo", "--members", "3", "--seed", "5"))
    return cell, export(cell, stick)


@pytest.fixture(scope="session")
def extras(world, tmp_path_factory) -> Extras:
    root = tmp_path_factory.mktemp("extras")
    stick = root / "stick"
    stick.mkdir()
    second = export(copy_dir(world.cells["CB01"], root / "CB01"), stick)
    twin = copy_dir(world.committee, root / "twin")          # same keys as DUHB
    _, unknown = new_cell(twin, root, "CB09", stick)
    other = root / "other"
    ok(cli(other, "init", "--role", "committee", "--name", "Đảng ủy xã B", "--code", "DUXB"))
    _, foreign = new_cell(other, root, "CB05", stick)
    impostor_cell = root / "impostor"
    ok(cli(impostor_cell, "init", "--enrollment", str(world.stick / "CB01.enrolment.json")))
    ok(cli(impostor_cell, "demo", "--members", "3"))
    return Extras(second, unknown, foreign, export(impostor_cell, root / "impostor-stick"),
                  impostor_cell)
