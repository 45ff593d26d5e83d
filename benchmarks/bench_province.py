"""A province at scale (issue 15): communes' roll-ups imported, memory read from the
process, the province's views; and a committee's import of 200 cell bundles.

Size: ``--province CxNxM`` (communes x cells each x members each); default 4x25x250
(25,000 members), ``--quick`` 2x5x250. The full province of the issue is 40x50x250
(500,000 members); building it takes hours on a shared 2-core machine, so the figures
in docs/benchmarks.md come from smaller provinces and say how they extrapolate.

Every import and export runs in a process of its own, which reports its peak
resident memory (VmHWM from /proc/self/status) beside the same process's memory
before the work began (the floor: Python, PartyDesk and the open register). Run one
module alone: ``python -m benchmarks.bench_province 4x25x250 [--no-batch]`` (without
the committee's batch of 200 cells).
"""

from __future__ import annotations

import json
import random
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.harness import Figure, passphrase
from benchmarks.province_month import month_later
from benchmarks.province_world import (
    cell_bundle,
    cell_tables,
    hold_cell,
    opened,
    province_and_communes,
    templates,
    trust,
)
from partydesk.services.setup.keys import generate_keys

TEMPLATES = 3
MIB = 1024 * 1024


def vm_hwm() -> int:
    """Peak resident memory of this process so far, in bytes."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) * 1024
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024


def child(*args: str) -> dict:
    src = Path(__file__).resolve().parents[1]
    done = subprocess.run([sys.executable, "-m", "benchmarks.bench_province", "--child",
                           *args], stdout=subprocess.PIPE, text=True, cwd=src, check=False,
                          env={"PYTHONPATH": str(src / "src"), "PATH": "/usr/bin:/bin",
                               "PARTYDESK_PASSPHRASE": passphrase()})
    if done.returncode:       # its stderr (progress, traceback) went to ours
        raise RuntimeError(f"{args[0]} failed with exit code {done.returncode}")
    return json.loads(done.stdout.splitlines()[-1])


def build(root: Path, communes: int, cells: int, members: int) -> tuple[Path, list[Path]]:
    """The province and its communes; the keys, templates and seeds of the cells that
    send a new bundle a month later are kept in ``LATER`` (province_month)."""
    shapes = templates(root / "templates", TEMPLATES, members)
    province, commune_dirs = province_and_communes(root, communes)
    shutil.copy(province / "partydesk.sqlite3", root / "empty.sqlite3")
    LATER.update(shapes=shapes, cells={})
    with Floor(province / "partydesk.sqlite3", root / "floor.sqlite3") as floor:
        for c, folder in enumerate(commune_dirs):
            commune = opened(folder)
            box = bytes.fromhex(commune.organisation.box_public_key)
            who = {"id": commune.organisation.id, "code": commune.organisation.code,
                   "box": box}
            for n in range(cells):
                code, keys = f"CB{n:03d}", generate_keys()
                shape, seed = (c * cells + n) % TEMPLATES, f"{c}/{n}/"
                tables = cell_tables(shapes[shape], seed, c * cells + n)
                data, key, created = cell_bundle(code, who, tables, keys=keys)
                hold_cell(commune, code, data, key, created, members)
                floor.insert(f"{who['code']}/{code}", tables)
                if n < changed_per_commune(cells):
                    LATER["cells"].setdefault(c, []).append(
                        (code, keys, shape, seed, c * cells + n))
            commune.release()
            print(f"   {time.strftime('%H:%M:%S')} commune {c + 1}/{communes} built",
                  flush=True)
    (root / "floor.seconds").write_text(str(floor.seconds))
    (root / "floor.sqlite3").unlink()      # as large as the province's register
    return province, commune_dirs


LATER: dict = {}


def changed_per_commune(cells: int) -> int:
    """How many of a commune's cells send a new bundle a month later: one in ten."""
    return max(1, cells // 10)


class Floor:
    """Raw executemany of every cell's rows into a copy of the empty register, in ONE
    transaction, as they are made (never all in memory); only the inserts and the
    commit are timed."""

    def __init__(self, empty: Path, path: Path):
        from partydesk.storage.cipher import connect

        shutil.copy(empty, path)
        self.conn = connect(path, passphrase())     # encrypted, like the register
        self.seconds = 0.0

    def __enter__(self) -> Floor:
        self.conn.execute("BEGIN")
        return self

    def insert(self, code: str, tables: dict) -> None:
        from partydesk.storage.partition_store import PARTITION_TABLES

        start = time.perf_counter()
        for table, (columns, rows) in tables.items():
            self.conn.executemany(
                f"INSERT INTO {PARTITION_TABLES[table]} (cell_code, {', '.join(columns)}) "
                f"VALUES (?, {', '.join('?' for _ in columns)})",
                [(code, *row) for row in rows])
        self.seconds += time.perf_counter() - start

    def __exit__(self, *exc) -> None:
        start = time.perf_counter()
        self.conn.execute("COMMIT")
        self.seconds += time.perf_counter() - start
        self.conn.close()


def bench_province(report, root: Path, communes: int, cells: int, members: int) -> None:
    start = time.perf_counter()
    province, commune_dirs = build(root, communes, cells, members)
    built = time.perf_counter() - start
    size = f"{communes} communes x {cells} cells x {members} members " \
           f"({communes * cells * members:,} members)"
    print(f"   built {size} in {built:.0f} s", flush=True)
    stick = root / "up"
    stick.mkdir()
    exports = [child("export", str(folder), str(stick)) for folder in commune_dirs]
    report.add(Figure(f"a commune of {cells} cells exports its roll-up (slowest)",
                      max(e["seconds"] for e in exports), "s"))
    report.add(Figure("  its peak memory (largest)", max(e["peak"] for e in exports) / MIB,
                      "MiB", "the same process before exporting",
                      max(e["floor"] for e in exports) / MIB, max_value=1024))
    files = sorted(str(p) for p in stick.glob("*.zip"))
    random.Random(1).shuffle(files)
    result = child("import", str(province), *files)
    floor = float((root / "floor.seconds").read_text())
    report.add(Figure(f"province imports every roll-up, {size}, one transaction each",
                      result["seconds"], "s", "raw executemany of the same rows", floor))
    report.add(Figure("  peak memory of the importing process", result["peak"] / MIB,
                      "MiB", "the same process before importing", result["floor"] / MIB,
                      max_value=1024))
    print(f"   the province's register: {result['bytes'] / MIB:,.0f} MiB", flush=True)
    group_by = ("one SQL GROUP BY commune", result["statistics_floor"])
    report.add(Figure("statistics by commune and cell, first question after the imports",
                      result["statistics_first"], "s", *group_by, max_value=2.0))
    report.add(Figure("  asked again", result["statistics"], "s", *group_by, max_value=2.0))
    report.add(Figure("  a day never asked before (every cell counted)",
                      result["statistics_new_day"], "s", *group_by))
    report.add(Figure("first page of a name search (50 rows)", result["search"] * 1000,
                      "ms", "the first 50 rows in name order", result["search_floor"] * 1000,
                      max_value=5.0))
    month_later(report, root, province, commune_dirs, cells, members, LATER)


def bench_views(report, root: Path, communes: int, cells: int, members: int) -> None:
    """Statistics and name search on a full-size province register built with bulk
    SQL (benchmarks/province_register.py): the rows the import writes, in minutes."""
    from benchmarks.province_register import build_register

    start = time.perf_counter()
    folder = build_register(root, communes, cells, members)
    print(f"   built the register in {time.perf_counter() - start:.0f} s", flush=True)
    found = child("views", str(folder))
    size = f"{found['members']:,} member rows, {communes} communes x {cells} cells"
    floor = ("one SQL GROUP BY commune", found["floor"])
    report.add(Figure(f"statistics by commune and cell ({size}), counted", found["counted"],
                      "s", *floor))
    report.add(Figure("  the same asked again (counts kept until a partition is written)",
                      found["kept"], "s", *floor, max_value=2.0))
    report.add(Figure(f"  after a commune's roll-up ({found['cells_written']} cells to count "
                      "again)", found["after_rollup"], "s", *floor, max_value=2.0))
    report.add(Figure("  grading by commune and cell (counts kept)", found["grading"], "s",
                      *floor))
    name_floor = ("the first 50 rows in name order", found["search_floor"] * 1000)
    for key, what, limit in (("search", "first page of a name search, \"nguyễn văn\"", 5.0),
                             ("search_next", "  its next page (--after)", None),
                             ("search_commune", "  the same in one commune", None),
                             ("search_rare", "  a rare name, \"h'zen\"", None)):
        report.add(Figure(what, found[key] * 1000, "ms", *name_floor, max_value=limit))


def bench_cells_batch(report, root: Path, cells: int, members: int) -> None:
    """A committee imports ``cells`` bundles: one transaction, one at a time, floor."""
    shapes = templates(root / "templates", TEMPLATES, members)
    _, (commune_dir,) = province_and_communes(root, 1)
    commune = opened(commune_dir)
    who = {"id": commune.organisation.id, "code": commune.organisation.code,
           "box": bytes.fromhex(commune.organisation.box_public_key)}
    stick = root / "cells"
    stick.mkdir()
    floor = Floor(commune_dir / "partydesk.sqlite3", root / "floor.sqlite3").__enter__()
    for n in range(cells):
        code = f"CB{n:03d}"
        tables = cell_tables(shapes[n % TEMPLATES], f"b/{n}/", n)
        data, key, _ = cell_bundle(code, who, tables)
        (stick / f"{code}.pdbundle.zip").write_bytes(data)
        from partydesk.services.bundles.enrolment import enrol

        enrol(commune.db, commune.organisation, commune.paths.keys_dir, f"Chi bộ {code}",
              code, root / f"e-{code}.json")
        with commune.db.atomic():
            trust(commune.db, code, key)
        floor.insert(code, tables)
    floor.__exit__()
    commune.release()
    copy = root / "commune-2"
    shutil.copytree(commune_dir, copy, ignore=shutil.ignore_patterns("partydesk.lock"))
    files = sorted(str(p) for p in stick.glob("*.zip"))
    batch = child("cells-batch", str(commune_dir), *files)
    single = child("cells-single", str(copy), *files)
    what = f"{cells} cell bundles x {members} members"
    report.add(Figure(f"committee imports {what}, one transaction", batch["seconds"], "s",
                      "raw executemany of the same rows", floor.seconds, max_ratio=2.0))
    report.add(Figure("  the same, one file and one commit at a time", single["seconds"],
                      "s", "raw executemany of the same rows", floor.seconds))
    report.add(Figure("  peak memory, one transaction", batch["peak"] / MIB, "MiB",
                      "the same process before importing", batch["floor"] / MIB))


def scale(args) -> tuple[int, int, int]:
    given = getattr(args, "province", None)
    if given:
        communes, cells, members = (int(x) for x in given.lower().split("x"))
        return communes, cells, members
    return (2, 5, 250) if args.quick else (4, 25, 250)


def run(report, args) -> None:
    communes, cells, members = scale(args)
    with tempfile.TemporaryDirectory() as tmp:
        bench_views(report, Path(tmp), *((2, 5, 250) if args.quick else (40, 50, 250)))
    with tempfile.TemporaryDirectory() as tmp:
        bench_province(report, Path(tmp), communes, cells, members)
    if getattr(args, "batch", True):
        with tempfile.TemporaryDirectory() as tmp:
            bench_cells_batch(report, Path(tmp), 20 if args.quick else 200, members)


if __name__ == "__main__":
    if sys.argv[1:2] == ["--child"]:
        from benchmarks.province_child import main

        main(sys.argv[2:])
    else:
        from benchmarks.harness import Report, passphrase

        passphrase()

        class Args:
            quick = False
            province = sys.argv[1] if len(sys.argv) > 1 else None
            batch = "--no-batch" not in sys.argv     # the province only (a long run)

        run(Report(), Args())
