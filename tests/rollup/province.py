"""A province, three communes and three cells each, in separate data folders, driven
through the command line (as people would), for the roll-up tests."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from tests.bundles.world import cell_fingerprint, cli, copy_dir, execute, export, ok

COMMUNES = {"DUX1": "Đảng ủy xã Phước Hà", "DUX2": "Đảng ủy xã Nhơn Sơn",
            "DUX3": "Đảng ủy xã Lâm Sơn"}
CELLS = ("CB01", "CB02", "CB03")       # the same codes in every commune, on purpose


@dataclass
class Province:
    root: Path
    province: Path                    # enrolled the communes, imported nothing
    communes: dict[str, Path] = field(default_factory=dict)
    cells: dict[tuple[str, str], Path] = field(default_factory=dict)
    first: dict[str, Path] = field(default_factory=dict)     # each commune's roll-up 1
    second: dict[str, Path] = field(default_factory=dict)    # roll-up 2 (a cell changed)
    pinned: Path | None = None        # the province after confirming every roll-up 1


def export_up(commune: Path, stick: Path) -> Path:
    stick.mkdir(parents=True, exist_ok=True)
    return Path(ok(cli(commune, "bundle", "export", "--up", "--to", str(stick)))
                .splitlines()[0])


def build_province(root: Path) -> Province:
    world = Province(root, root / "province")
    stick = root / "stick"
    stick.mkdir()
    ok(cli(world.province, "init", "--role", "committee", "--name", "Tỉnh ủy Ninh Thuận",
           "--code", "TUNT"))
    for n, (code, name) in enumerate(COMMUNES.items()):
        enrolment = stick / f"{code}.json"
        ok(cli(world.province, "enroll", "--name", name, "--code", code, "--level",
               "committee", "-o", str(enrolment)))
        commune = world.communes[code] = root / code
        ok(cli(commune, "init", "--role", "committee", "--enrollment", str(enrolment)))
        for m, cell_code in enumerate(CELLS):
            cell_enrolment = stick / f"{code}-{cell_code}.json"
            ok(cli(commune, "enroll", "--name", f"Chi bộ thôn {m + 1} {name[12:]}",
                   "--code", cell_code, "-o", str(cell_enrolment)))
            cell = world.cells[code, cell_code] = root / f"{code}-{cell_code}"
            ok(cli(cell, "init", "--enrollment", str(cell_enrolment)))
            ok(cli(cell, "demo", "--members", str(4 + m), "--seed", str(10 * n + m),
                   "--meetings-months", "2"))
            bundle = export(cell, stick / code)
            ok(cli(commune, "bundle", "import", str(bundle), "--confirm-fingerprint",
                   cell_fingerprint(cell)))
        world.first[code] = export_up(commune, stick / "up1")
    world.pinned = copy_dir(world.province, root / "province-pinned")
    for code, commune in world.communes.items():
        ok(cli(world.pinned, "bundle", "import", str(world.first[code]),
               "--confirm-fingerprint", cell_fingerprint(commune)))
        cell = world.cells[code, "CB02"]        # one cell's register changes
        execute(cell, "UPDATE members SET full_name = 'Hà Thị Mới' WHERE id = "
                "(SELECT min(id) FROM members)")
        ok(cli(commune, "bundle", "import", str(export(cell, stick / code))))
        world.second[code] = export_up(commune, stick / "up2")
    return world
