"""A committee and its cells in separate data folders, driven through the CLI, plus
helpers to dump a register and to craft hostile bundles."""

from __future__ import annotations

import shutil
from dataclasses import dataclass, field
from pathlib import Path

from tests.helpers import connect_register, run_cli

CELLS = {"CB01": ("Chi bộ thôn Đồng Tâm", 40, 11), "CB02": ("Chi bộ bản Pá Vệt", 60, 12),
         "CB03": ("Chi bộ thôn Hồng Phong", 80, 13)}
EN = {"PARTYDESK_LANG": "en"}


def cli(data_dir: Path, *args: str, lang: dict | None = None):
    return run_cli("--data-dir", str(data_dir), *args, env=lang)


def ok(result) -> str:
    assert result.returncode == 0, (result.stdout, result.stderr)
    return result.stdout


def refused(result, *words: str) -> str:
    assert result.returncode == 1, (result.stdout, result.stderr)
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: "), result.stderr
    for word in words:
        assert word in lines[0], lines[0]
    return lines[0]


def dump(data_dir: Path) -> dict[str, list]:
    """Every row of every table of a register (rows sorted, so order does not matter)."""
    conn = connect_register(data_dir / "partydesk.sqlite3")
    try:
        tables = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
        return {t: sorted(conn.execute(f'SELECT * FROM "{t}"').fetchall(), key=repr)
                for t in tables}
    finally:
        conn.close()


def query(data_dir: Path, sql: str, params=()) -> list[tuple]:
    conn = connect_register(data_dir / "partydesk.sqlite3")
    try:
        return conn.execute(sql, params).fetchall()
    finally:
        conn.close()


def execute(data_dir: Path, sql: str, params=()) -> None:
    conn = connect_register(data_dir / "partydesk.sqlite3")
    try:
        with conn:
            conn.execute(sql, params)
    finally:
        conn.close()


@dataclass
class World:
    root: Path
    committee: Path
    stick: Path
    cells: dict[str, Path] = field(default_factory=dict)
    bundles: dict[str, list[Path]] = field(default_factory=dict)

    imported: Path | None = None         # the committee after importing every bundle


def cell_fingerprint(cell_dir: Path) -> str:
    """What ``partydesk fingerprint`` prints on the cell (read out over the phone)."""
    return ok(cli(cell_dir, "fingerprint")).strip()


def confirmed_import(committee: Path, bundle: Path, cell_dir: Path, *extra: str,
                     lang: dict | None = None) -> str:
    """Import a cell's first bundle the way an operator does: confirm the fingerprint
    the cell reads out."""
    return ok(cli(committee, "bundle", "import", str(bundle), "--confirm-fingerprint",
                  cell_fingerprint(cell_dir), *extra, lang=lang))


def export(cell_dir: Path, stick: Path, *extra: str) -> Path:
    stick.mkdir(parents=True, exist_ok=True)
    out = ok(cli(cell_dir, "bundle", "export", "--to", str(stick), *extra))
    return Path(out.splitlines()[0])


def copy_dir(source: Path, target: Path) -> Path:
    shutil.copytree(source, target, ignore=shutil.ignore_patterns("partydesk.lock"))
    return target


def build_world(root: Path) -> World:
    world = World(root, root / "committee", root / "stick")
    world.stick.mkdir(parents=True)
    ok(cli(world.committee, "init", "--role", "committee", "--name", "Đảng ủy xã Hòa Bình",
           "--code", "DUHB"))
    for code, (name, members, seed) in CELLS.items():
        enrolment = world.stick / f"{code}.enrolment.json"
        ok(cli(world.committee, "enroll", "--name", name, "--code", code, "-o", str(enrolment)))
        world.cells[code] = root / code
        ok(cli(world.cells[code], "init", "--enrollment", str(enrolment)))
        ok(cli(world.cells[code], "demo", "--members", str(members), "--seed", str(seed)))
        world.bundles[code] = [export(world.cells[code], world.stick)]
    world.imported = copy_dir(world.committee, root / "committee-imported")
    for code, paths in world.bundles.items():
        confirmed_import(world.imported, paths[0], world.cells[code])
    return world
