"""Downward bundles and restore at committee scale.

1. A committee writes downward bundles for 200 cells: at most 30 s; beside it, the floor
   of writing the same bytes to the same folder (fsync'd, one file per cell). The
   committee holds what 200 cells' bundles bring (each cell's register copy: a 40-member
   demo register with its events, meetings, documents and dues), and each bundle carries
   a receipt, two decisions, a notice with a 200 kB PDF, the committee's dues setting
   and admission target, and — for every tenth cell — a transferred member's dossier.
   Then the committee's desk across those 200 cells (no budget set in the issue; 2 s is
   ours), beside the floor of counting the cells' members in one query.
2. A wiped 2,000-member cell with two years of meetings and dues is restored from its
   committee's restore bundle (verify, decrypt, write every table, one transaction):
   at most 5 s; beside it, the floor of inserting the same rows with raw executemany.

``--quick`` uses 20 cells.
"""

from __future__ import annotations

import os
import tempfile
import time
from datetime import date
from pathlib import Path

from benchmarks.bench_bundles import AS_OF, bundle_fingerprint, opened
from benchmarks.harness import Figure, median_seconds
from partydesk.domain.dues import Month
from partydesk.domain.organisation import Role
from partydesk.services.bundles.downward_export import export_downward
from partydesk.services.bundles.downward_import import import_downward
from partydesk.services.bundles.enrolment import enrol, read_enrolment
from partydesk.services.bundles.export import export_bundle
from partydesk.services.bundles.importer import import_bundle
from partydesk.services.bundles.restore import export_restore
from partydesk.services.committee.cell_settings import set_cells_dues_setting, set_cells_target
from partydesk.services.committee.desk import committee_desk
from partydesk.services.demo.register import fill_demo_register
from partydesk.services.setup.first_run import initialise, initialise_from_enrolment
from partydesk.services.transfers.committee import transit
from partydesk.storage.bundle_store import enrol_cell, pin_cell_key
from partydesk.storage.downward_store import insert_decision, insert_notices
from partydesk.storage.partition_store import (
    partition_is_empty,
    read_partition,
    replace_cell_partition,
)
from partydesk.storage.transfer_store import record_forward


def cell_register(root: Path, members: int) -> dict:
    """The tables a cell's bundle brings (a demo register), read once and held for
    every cell (the committee's copies are keyed by cell code)."""
    cell = opened(root / "one-cell", create=True)
    initialise(cell, Role.CELL, "Chi bộ mẫu", "CBM")
    cell.open_register()
    fill_demo_register(cell.db, members, seed=3, as_of=AS_OF)
    partition = read_partition(cell.db)
    cell.release()
    return {table: (columns, list(rows)) for table, (columns, rows) in partition.items()}


def bench_downward(report, root: Path, cells: int) -> None:
    partition = cell_register(root, 40)
    committee = opened(root / "committee", create=True)
    initialise(committee, Role.COMMITTEE, "Đảng ủy xã Hòa Bình", "DUHB")
    committee.open_register()
    db, now = committee.db, "2026-01-01T00:00:00+00:00"
    pdf = b"%PDF-1.4\n" + os.urandom(200_000)
    from nacl.public import PrivateKey

    with db.atomic():
        for index in range(cells):
            code = f"CB{index:03d}"
            enrol_cell(db, code, f"Chi bộ {code}", "0" * 64, now)
            pin_cell_key(db, code, os.urandom(32).hex(),
                         bytes(PrivateKey.generate().public_key).hex(), "fp", now)
            db.execute("UPDATE cells SET last_sequence = 7, last_bundle_sha256 = ?, "
                       "last_bundle_created_at = ? WHERE code = ?", ["a" * 64, now, code])
            replace_cell_partition(db, code, partition)
            for kind in ("conversion", "badge"):
                insert_decision(db, {"id": f"{code}-{kind}", "cell_code": code,
                                     "member_id": f"m-{index}", "kind": kind,
                                     "number": "12-QĐ/ĐU", "decided_on": "2026-01-05",
                                     "details": {}, "created_at": now})
            insert_notices(db, [{"id": f"{code}-n", "cell_code": code, "title": "Hướng dẫn",
                                 "text": "Đọc kỹ", "attachment_name": "hd.pdf",
                                 "attachment": pdf, "created_at": now}])
    carried = settings_and_dossiers(committee, cells)
    stick = root / "stick"
    stick.mkdir()
    start = time.perf_counter()
    written = export_downward(db, committee.organisation, committee.paths.keys_dir, stick)
    elapsed = time.perf_counter() - start
    bench_desk(report, committee, cells)
    committee.release()
    assert len(written) == cells and carried
    floor_dir = root / "floor"
    floor_dir.mkdir()
    contents = [w.path.read_bytes() for w in written]
    start = time.perf_counter()
    for index, data in enumerate(contents):
        fd = os.open(floor_dir / f"{index}.zip", os.O_WRONLY | os.O_CREAT, 0o644)
        os.write(fd, data)
        os.fsync(fd)
        os.close(fd)
    floor = time.perf_counter() - start
    report.add(Figure(f"a committee writes downward bundles for {cells} cells", elapsed, "s",
                      "writing the same bytes, fsync'd", floor,
                      max_value=30.0 * cells / 200))


def settings_and_dossiers(committee, cells: int) -> int:
    """The committee's dues setting and target for every cell, and a member in transit
    forwarded to every tenth cell. Returns the dossiers forwarded."""
    db, organisation = committee.db, committee.organisation
    set_cells_dues_setting(db, organisation, "dues.other_monthly", 6000, Month(2026, 2), [],
                           every=True)
    set_cells_target(db, organisation, 2026, 3, [], every=True)
    moving = [t for t in transit(db, organisation)]
    forwarded = 0
    for index in range(0, cells, 10):
        member = moving[index % len(moving)]
        record_forward(db, member["member_id"], member["from_cell"], f"CB{index:03d}",
                       "2026-01-02T00:00:00+00:00")
        forwarded += 1
    return forwarded


def bench_desk(report, committee, cells: int) -> None:
    db, organisation = committee.db, committee.organisation
    today = date(2026, 2, 10)
    desk = committee_desk(db, organisation, today)
    assert len(desk["cells"]) == cells
    elapsed = median_seconds(lambda: committee_desk(db, organisation, today), runs=3)
    floor = median_seconds(lambda: db.execute(
        "SELECT cell_code, status, count(*) FROM cell_members GROUP BY 1, 2").fetchall(),
        runs=3)
    members = db.execute("SELECT count(*) FROM cell_members").fetchone()[0]
    report.add(Figure(f"the committee's desk across {cells} cells ({members:,} members held)",
                      elapsed, "s", "counting their members in one query", floor,
                      max_value=2.0))


def bench_restore(report, root: Path, members: int) -> None:
    committee = opened(root / "committee-r", create=True)
    initialise(committee, Role.COMMITTEE, "Đảng ủy xã Hòa Bình", "DUHB")
    committee.open_register()
    enrol(committee.db, committee.organisation, committee.paths.keys_dir, "Chi bộ lớn",
          "CBL", root / "cbl.json")
    cell = opened(root / "old-cell", create=True)
    initialise_from_enrolment(cell, read_enrolment(root / "cbl.json"))
    cell.open_register()
    fill_demo_register(cell.db, members, seed=5, as_of=AS_OF)
    partition = read_partition(cell.db)
    stick = root / "stick-r"
    stick.mkdir()
    bundle = export_bundle(cell.db, cell.organisation, cell.paths.keys_dir, stick).path
    cell.release()
    import_bundle(committee.db, committee.organisation, committee.paths.keys_dir, bundle,
                  confirmed=[bundle_fingerprint(bundle)])
    enrol(committee.db, committee.organisation, committee.paths.keys_dir, None, "CBL",
          root / "renewed.json", renew=True)
    restore = export_restore(committee.db, committee.organisation,
                             committee.paths.keys_dir, stick, "CBL")
    committee.release()
    fresh = opened(root / "new-cell", create=True)
    initialise_from_enrolment(fresh, read_enrolment(root / "renewed.json"))
    fresh.open_register()
    start, cpu = time.perf_counter(), time.process_time()
    import_downward(fresh.db, fresh.organisation, fresh.paths.keys_dir, restore,
                    date(2026, 1, 2))
    elapsed, cpu = time.perf_counter() - start, time.process_time() - cpu
    assert not partition_is_empty(fresh.db)
    fresh.release()
    floor, floor_cpu = _executemany_floor(root / "floor-cell", partition)
    rows = sum(len(rows) for _, rows in partition.values())
    name = f"restoring a {members:,}-member cell ({rows:,} rows: meetings, dues…)"
    floor_name = "raw executemany of the same rows into bare tables"
    report.add(Figure(name, elapsed, "s", floor_name, floor, max_value=5.0))
    report.add(Figure(f"{name}, CPU time", cpu, "s", f"{floor_name}, CPU time", floor_cpu))


def _executemany_floor(folder: Path, partition) -> tuple[float, float]:
    """The same rows inserted with raw executemany into bare tables of the same columns
    (no index, constraint or trigger), one transaction, WAL and synchronous=FULL like
    the register: the cost of moving the rows into SQLite at all."""
    import sqlite3

    folder.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(folder / "floor.sqlite3", isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    for table, (columns, _rows) in partition.items():
        conn.execute(f"CREATE TABLE {table} ({', '.join(columns)})")
    start, cpu = time.perf_counter(), time.process_time()
    conn.execute("BEGIN")
    for table, (columns, rows) in partition.items():
        conn.executemany(f"INSERT INTO {table} VALUES ({', '.join('?' for _ in columns)})",
                         rows)
    conn.execute("COMMIT")
    elapsed, cpu = time.perf_counter() - start, time.process_time() - cpu
    conn.close()
    return elapsed, cpu


def run(report, args) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        bench_downward(report, Path(tmp), 20 if args.quick else 200)
    with tempfile.TemporaryDirectory() as tmp:
        bench_restore(report, Path(tmp), 2000)
