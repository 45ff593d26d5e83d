"""A province at scale (issue 15): communes' roll-ups imported, memory read from the
process, the province's views; and a committee's import of 200 cell bundles.

Size: ``--province CxNxM`` (communes x cells each x members each); default 4x25x250
(25,000 members), ``--quick`` 2x5x250. The full province of the issue is 40x50x250
(500,000 members); building it takes hours on a shared 2-core machine, so the figures
in docs/benchmarks.md come from smaller provinces and say how they extrapolate.

Every import and export runs in a process of its own, which reports its peak
resident memory (VmHWM from /proc/self/status) beside the same process's memory
before the work began (the floor: Python, PartyDesk and the open register). Run one
module alone: ``python -m benchmarks.bench_province 4x25x250``.
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
from benchmarks.province_world import (
    cell_bundle,
    cell_tables,
    hold_cell,
    opened,
    province_and_communes,
    templates,
    trust,
)

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
                           *args], capture_output=True, text=True, cwd=src, check=False,
                          env={"PYTHONPATH": str(src / "src"), "PATH": "/usr/bin:/bin",
                               "PARTYDESK_PASSPHRASE": passphrase()})
    if done.returncode:
        raise RuntimeError(done.stderr[-2000:])
    return json.loads(done.stdout.splitlines()[-1])


def build(root: Path, communes: int, cells: int, members: int) -> tuple[Path, list[Path]]:
    shapes = templates(root / "templates", TEMPLATES, members)
    province, commune_dirs = province_and_communes(root, communes)
    with Floor(province / "partydesk.sqlite3", root / "floor.sqlite3") as floor:
        for c, folder in enumerate(commune_dirs):
            commune = opened(folder)
            box = bytes.fromhex(commune.organisation.box_public_key)
            who = {"id": commune.organisation.id, "code": commune.organisation.code,
                   "box": box}
            for n in range(cells):
                code = f"CB{n:03d}"
                tables = cell_tables(shapes[(c * cells + n) % TEMPLATES], f"{c}/{n}/")
                data, key, created = cell_bundle(code, who, tables)
                hold_cell(commune, code, data, key, created, members)
                floor.insert(f"{who['code']}/{code}", tables)
            commune.release()
    (root / "floor.seconds").write_text(str(floor.seconds))
    return province, commune_dirs


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
    report.add(Figure("statistics by commune and cell", result["statistics"], "s",
                      "one SQL GROUP BY commune", result["statistics_floor"],
                      max_value=2.0))
    report.add(Figure("first page of a name search (50 rows)", result["search"] * 1000,
                      "ms", "the first 50 rows in name order", result["search_floor"] * 1000,
                      max_value=5.0))


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
        tables = cell_tables(shapes[n % TEMPLATES], f"b/{n}/")
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
    with tempfile.TemporaryDirectory() as tmp:
        bench_cells_batch(report, Path(tmp), 20 if args.quick else 200, members)


if __name__ == "__main__":
    if sys.argv[1:2] == ["--child"]:
        from benchmarks.province_child import main

        main(sys.argv[2:])
    else:
        from benchmarks.harness import Report

        class Args:
            quick = False
            province = sys.argv[1] if len(sys.argv) > 1 else None

        run(Report(), Args())
