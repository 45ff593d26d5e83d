"""bench_province, a month later: one cell in ten of every commune sends a new bundle
(one member renamed), every commune sends its next roll-up, and the province imports
them all. The nested bundles it already holds are not written again, so the figure
is what the changed cells cost; the floor is raw executemany of those cells' rows."""

from __future__ import annotations

import random
import time
from pathlib import Path

from benchmarks.harness import Figure


def month_later(report, root: Path, province: Path, commune_dirs: list[Path], cells: int,
                members: int, later: dict) -> None:
    """``later``: the templates and the cells that change (bench_province.build)."""
    from benchmarks.bench_province import MIB, Floor, changed_per_commune, child
    from benchmarks.province_world import (
        cell_bundle,
        cell_tables,
        hold_next_bundle,
        opened,
        renamed_one,
    )

    with Floor(root / "empty.sqlite3", root / "floor-month.sqlite3") as floor:
        for c, folder in enumerate(commune_dirs):
            commune = opened(folder)
            who = {"id": commune.organisation.id, "code": commune.organisation.code,
                   "box": bytes.fromhex(commune.organisation.box_public_key)}
            for code, keys, shape, seed, number in later["cells"].get(c, []):
                tables = renamed_one(cell_tables(later["shapes"][shape], seed, number))
                data, _, created = cell_bundle(code, who, tables, 2, keys)
                hold_next_bundle(commune, code, data, 2, created, members)
                floor.insert(f"{who['code']}/{code}", tables)
            commune.release()
    (root / "floor-month.sqlite3").unlink()
    stick = root / "up-month"
    stick.mkdir()
    for folder in commune_dirs:
        child("export", str(folder), str(stick))
    files = sorted(str(p) for p in stick.glob("*.zip"))
    random.Random(2).shuffle(files)
    print(f"   {time.strftime('%H:%M:%S')} a month later: importing {len(files)} roll-ups",
          flush=True)
    result = child("reimport", str(province), *files)
    changed = changed_per_commune(cells)
    report.add(Figure(f"a month later, every roll-up again ({changed} of {cells} cells "
                      "changed in each)", result["seconds"], "s",
                      "raw executemany of the changed cells' rows", floor.seconds))
    report.add(Figure("  peak memory of the importing process", result["peak"] / MIB,
                      "MiB", "the same process before importing", result["floor"] / MIB,
                      max_value=1024))
