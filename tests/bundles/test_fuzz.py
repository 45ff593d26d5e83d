"""A thousand fuzzed bundles, every one refused with its own one-line reason and the
committee's whole register unchanged: damaged bytes (with and without a recomputed
integrity trailer, so that the ZIP and bag readers see them), re-signed bags with
wrong headers, and payloads signed by the cell's own key holding invalid values."""

from __future__ import annotations

import copy
import random
from pathlib import Path

import pytest

from partydesk.services.bundles.container import TRAILER_LENGTH, TRAILER_PREFIX
from partydesk.services.bundles.crypto import sha256_hex
from tests.bundles import craft
from tests.bundles.world import EN, cli, copy_dir, dump

pytestmark = pytest.mark.slow
COUNT = 1_000
BATCH = 250
# values no column of the schema accepts (strings only where the column is not a key)
ANY_COLUMN = [float("nan"), float("inf"), 1.5, 2**70, -(2**70), True, [1], {"a": 1}]
TEXT_ONLY = ["x\0y", "a\x1bb", "e\u0301", "Z" * 200_001]


def mutated_bytes(data: bytes, rng: random.Random, fix_trailer: bool) -> bytes:
    body = bytearray(data[:-TRAILER_LENGTH] if fix_trailer else data)
    for _ in range(rng.randint(1, 8)):
        at = rng.randrange(len(body))
        action = rng.random()
        if action < 0.6:
            body[at] ^= 1 << rng.randrange(8)
        elif action < 0.8:
            del body[at:at + rng.randint(1, 64)]
        else:
            body[at:at] = rng.randbytes(rng.randint(1, 64))
    if rng.random() < 0.1:
        body = body[:rng.randrange(len(body))]
    if fix_trailer:
        return bytes(body) + TRAILER_PREFIX + sha256_hex(bytes(body)).encode()
    return bytes(body)


def hostile_document(document: dict, rng: random.Random) -> dict:
    hostile = copy.deepcopy(document)
    tables = [name for name, t in hostile["tables"].items() if t["rows"]]
    for _ in range(rng.randint(1, 3)):
        held = hostile["tables"][rng.choice(tables)]
        row = rng.choice(held["rows"])
        column = rng.randrange(len(held["columns"]))
        pool = ANY_COLUMN + ([] if held["columns"][column] == "sort_key" else TEXT_ONLY)
        row[column] = rng.choice(pool)
    return hostile


def fuzzed(world, extras, committee: Path, folder: Path, count: int = COUNT) -> list[Path]:
    rng = random.Random(17)
    original = extras.cb01_second.read_bytes()
    document = craft.open_document(extras.cb01_second, committee)
    cell_private, cell_public = craft.cell_key(world.cells["CB01"])
    paths = []
    for index in range(count):
        path = folder / f"fuzz-{index:04d}.pdbundle.zip"
        kind = index % 4
        if kind in (0, 1):
            path.write_bytes(mutated_bytes(original, rng, fix_trailer=kind == 1))
        elif kind == 2:
            craft.insider(extras.cb01_second, committee, world.cells["CB01"], path,
                          hostile_document(document, rng))
        else:
            change = rng.choice([{"sequence": rng.choice([0, 3, 99, 2**40])},
                                 {"created_at": "2020-01-01T00:00:00+00:00"},
                                 {"format_version": rng.choice([0, 2, 7])}])
            craft.rebagged(extras.cb01_second, path, cell_private, cell_public, **change)
        paths.append(path)
    return paths


def test_a_thousand_fuzzed_bundles_are_each_refused_and_change_nothing(world, extras,
                                                                       tmp_path):
    committee = copy_dir(world.imported, tmp_path / "committee")
    stick = tmp_path / "stick"
    stick.mkdir()
    paths = fuzzed(world, extras, committee, stick)
    before = dump(committee)
    for start in range(0, COUNT, BATCH):
        batch = [str(p) for p in paths[start:start + BATCH]]
        result = cli(committee, "bundle", "import", *batch, lang=EN)
        assert result.returncode == 1, result.stdout
        lines = result.stderr.strip().splitlines()
        assert len(lines) == len(batch), result.stderr[-2000:]
        for path, line in zip(batch, lines, strict=True):
            assert line.startswith(f"error: {path}: "), line
            assert "unexpected" not in line, line
        assert "Imported." not in result.stdout
    assert dump(committee) == before


def test_fuzzed_bundles_one_at_a_time_exit_1_with_one_line(world, extras, tmp_path):
    committee = copy_dir(world.imported, tmp_path / "committee")
    paths = fuzzed(world, extras, committee, tmp_path, count=12)
    before = dump(committee)
    for path in paths:
        result = cli(committee, "bundle", "import", str(path), lang=EN)
        lines = result.stderr.strip().splitlines()
        assert result.returncode == 1 and len(lines) == 1, (path, result.stderr)
        assert lines[0].startswith("error: ") and "unexpected" not in lines[0]
    assert dump(committee) == before


def test_hostile_payloads_in_process_raise_only_refusals(world, extras, tmp_path):
    """The same value fuzzing through the services: a refusal (BundleError) or nothing,
    never another exception."""
    from partydesk.paths import resolve_paths
    from partydesk.services.bundles.errors import BundleError
    from partydesk.services.bundles.verify import verify_bundle
    from partydesk.services.setup.installation import Installation

    committee = copy_dir(world.imported, tmp_path / "committee")
    document = craft.open_document(extras.cb01_second, committee)
    rng = random.Random(23)
    with Installation.acquire(resolve_paths(committee)) as installation:
        installation.open_register()
        for index in range(150):
            path = craft.insider(extras.cb01_second, committee, world.cells["CB01"],
                                 tmp_path / f"h{index}.zip", hostile_document(document, rng))
            with pytest.raises(BundleError):
                verify_bundle(installation.db, installation.organisation,
                              installation.paths.keys_dir, path)
