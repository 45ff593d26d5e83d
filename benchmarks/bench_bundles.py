"""Bundles at committee scale.

1. A committee imports 200 cell bundles of 250 members each (50,000 members with
   their events) as ``bundle import FILE...`` does: every bundle verified, then all
   applied in one transaction; against the floor of inserting the same rows with raw
   ``executemany`` into an identical schema in one transaction (limit 3x). The same
   bundles imported one file at a time (one fsync'd commit each) are reported beside
   it without a limit. Meetings and resolutions are not in the partition yet ("2 years
   of meetings" will add rows to both sides alike).
2. A 2,000-member cell exports its bundle in at most one second; the committee's
   import of its next bundle (every row replaced) stays within 1 GiB.

``--quick`` uses 20 cells.
"""

from __future__ import annotations

import shutil
import statistics
import tempfile
import time
from datetime import date
from pathlib import Path

from benchmarks.harness import Figure, passphrase
from partydesk.domain.organisation import Role
from partydesk.paths import resolve_paths
from partydesk.services.bundles.enrolment import enrol, read_enrolment
from partydesk.services.bundles.export import export_bundle
from partydesk.services.bundles.importer import import_bundle, import_bundles
from partydesk.services.bundles.stream_bag import file_header
from partydesk.services.demo.register import fill_demo_register
from partydesk.services.setup.first_run import initialise, initialise_from_enrolment
from partydesk.services.setup.installation import Installation
from partydesk.services.setup.keys import fingerprint
from partydesk.storage.database import open_database
from partydesk.storage.partition_store import (
    PARTITION_TABLES,
    read_partition,
)

AS_OF = date(2026, 1, 1)


def bundle_fingerprint(path: Path) -> str:
    return fingerprint(file_header(path).signing_key)


def opened(folder: Path, create: bool = False) -> Installation:
    installation = Installation.acquire(resolve_paths(folder), create=create)
    if installation.initialised:
        installation.open_register()
    return installation


def make_cells(root: Path, committee: Installation, count: int, members: int):
    """``count`` enrolled cells with demo data, each exporting one bundle."""
    stick = root / "stick"
    stick.mkdir()
    bundles, partitions = [], []
    for index in range(count):
        code = f"CB{index:03d}"
        enrolment_file = stick / f"{code}.json"
        enrol(committee.db, committee.organisation, committee.paths.keys_dir,
              f"Chi bộ {code}", code, enrolment_file)
        cell = opened(root / code, create=True)
        initialise_from_enrolment(cell, read_enrolment(enrolment_file))
        cell.open_register()
        fill_demo_register(cell.db, members, seed=index + 1, as_of=AS_OF)
        bundles.append(export_bundle(cell.db, cell.organisation, cell.paths.keys_dir,
                                     stick).path)
        partitions.append((code, read_partition(cell.db)))
        cell.release()
    return bundles, partitions


def executemany_floor(path: Path, partitions) -> float:
    """Insert the same rows with raw executemany, one transaction, identical schema."""
    db = open_database(path, passphrase=passphrase())    # the same storage: encrypted
    try:
        conn = db.conn
        start = time.perf_counter()
        conn.execute("BEGIN")
        for code, tables in partitions:
            for table, (columns, rows) in tables.items():
                target = PARTITION_TABLES[table]
                sql = (f"INSERT INTO {target} (cell_code, {', '.join(columns)}) "
                       f"VALUES (?, {', '.join('?' for _ in columns)})")
                conn.executemany(sql, [(code, *row) for row in rows])
        conn.execute("COMMIT")
        return time.perf_counter() - start
    finally:
        db.close()


def bench_import(report, root: Path, cells: int, members: int) -> None:
    committee = opened(root / "committee", create=True)
    initialise(committee, Role.COMMITTEE, "Đảng ủy xã Hòa Bình", "DUHB")
    committee.open_register()
    bundles, partitions = make_cells(root, committee, cells, members)
    committee.release()
    shutil.copytree(root / "committee", root / "committee-2",
                    ignore=shutil.ignore_patterns("partydesk.lock"))
    events = sum(len(t["member_events"][1]) for _, t in partitions)
    floor = executemany_floor(root / "floor.sqlite3", partitions)
    what = f"{cells} bundles x {members} members ({cells * members:,} members, {events:,} events)"

    committee = opened(root / "committee")
    start = time.perf_counter()
    confirmed = [bundle_fingerprint(bundle) for bundle in bundles]  # as the operator would
    batch = import_bundles(committee.db, committee.organisation, committee.paths.keys_dir,
                           bundles, confirmed=confirmed)
    elapsed = time.perf_counter() - start
    committee.release()
    assert len(batch.applied) == cells and not batch.refused
    report.add(Figure(f"committee imports {what}, one transaction", elapsed, "s",
                      "raw executemany of the same rows", floor, max_ratio=3.0))

    committee = opened(root / "committee-2")
    start = time.perf_counter()
    for bundle in bundles:
        import_bundle(committee.db, committee.organisation, committee.paths.keys_dir, bundle,
                      confirmed=[bundle_fingerprint(bundle)])
    elapsed = time.perf_counter() - start
    committee.release()
    report.add(Figure("the same, one file and one commit at a time (no limit)", elapsed,
                      "s", "raw executemany of the same rows", floor))


def bench_export(report, root: Path, members: int, runs: int) -> None:
    committee = opened(root / "committee-x", create=True)
    initialise(committee, Role.COMMITTEE, "Đảng ủy xã Hòa Bình", "DUHB")
    committee.open_register()
    enrol(committee.db, committee.organisation, committee.paths.keys_dir, "Chi bộ lớn",
          "CBL", root / "cbl.json")
    committee.release()
    cell = opened(root / "big-cell", create=True)
    initialise_from_enrolment(cell, read_enrolment(root / "cbl.json"))
    cell.open_register()
    fill_demo_register(cell.db, members, seed=5, as_of=AS_OF)
    times, cpu = [], []
    for run in range(runs + 1):
        target = root / f"stick-{run}"
        target.mkdir()
        start, start_cpu = time.perf_counter(), time.process_time()
        export_bundle(cell.db, cell.organisation, cell.paths.keys_dir, target)
        if run:                         # the first run warms imports and caches
            times.append(time.perf_counter() - start)
            cpu.append(time.process_time() - start_cpu)
    cell.release()
    bench_reimport_memory(report, root, members)
    report.add(Figure(f"a {members:,}-member cell exports its bundle (median)",
                      statistics.median(times), "s", max_value=1.0))
    # on a shared machine wall time is mostly waiting; CPU time compares like with like
    report.add(Figure(f"a {members:,}-member cell exports its bundle, CPU time (median)",
                      statistics.median(cpu), "s", max_value=1.0))


def bench_reimport_memory(report, root: Path, members: int) -> None:
    """The committee holds the cell's first bundle and imports its next one (the
    monthly case: every row replaced), in a process of its own that reads its peak."""
    from benchmarks.bench_province import MIB, child

    first, again = (next((root / f"stick-{run}").glob("*.zip")) for run in (0, 1))
    committee = opened(root / "committee-x")
    import_bundle(committee.db, committee.organisation, committee.paths.keys_dir, first,
                  confirmed=[bundle_fingerprint(first)])
    committee.release()
    found = child("cells-single", str(root / "committee-x"), str(again))
    report.add(Figure(f"a committee imports the {members:,}-member cell's next bundle: "
                      "peak memory", found["peak"] / MIB, "MiB",
                      "the same process before importing", found["floor"] / MIB,
                      max_value=1024))


def run(report, args) -> None:
    cells = 20 if args.quick else 200
    with tempfile.TemporaryDirectory() as tmp:
        bench_import(report, Path(tmp), cells, 250)
    with tempfile.TemporaryDirectory() as tmp:
        bench_export(report, Path(tmp), 2000, 3 if args.quick else 5)
