"""The measured half of bench_province, run in a process of its own so that its peak
memory is its own: prints one line of JSON."""

from __future__ import annotations

import json
import statistics
import sys
import time
from pathlib import Path


def _hwm() -> int:
    from benchmarks.bench_province import vm_hwm

    return vm_hwm()


def _progress(text: str) -> None:
    """A line on stderr, which the benchmark passes on (a long run's log)."""
    sys.stderr.write(f"   {time.strftime('%H:%M:%S')} {text}\n")
    sys.stderr.flush()


def export(folder: str, stick: str) -> dict:
    from benchmarks.province_world import opened
    from partydesk.services.rollup.export import export_rollup

    commune = opened(Path(folder))
    floor = _hwm()
    start = time.perf_counter()
    export_rollup(commune.db, commune.organisation, commune.paths.keys_dir, Path(stick))
    seconds = time.perf_counter() - start
    commune.release()
    return {"seconds": seconds, "peak": _hwm(), "floor": floor}


def _timed(fn, runs: int = 5) -> float:
    fn()
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        samples.append(time.perf_counter() - start)
    return statistics.median(samples)


def province_reimport(folder: str, *files: str) -> dict:
    """Only the import (a month later): time and peak memory."""
    from benchmarks.province_world import opened
    from partydesk.services.bundles.importer import import_bundle

    province = opened(Path(folder))
    import partydesk.services.rollup.apply  # noqa: F401  (imports before the floor)

    floor = _hwm()
    start = time.perf_counter()
    for n, path in enumerate(files, start=1):
        result = import_bundle(province.db, province.organisation, province.paths.keys_dir,
                               Path(path))
        assert not result.duplicate, path
        _progress(f"roll-up {n}/{len(files)} imported at {time.perf_counter() - start:.1f} s, "
                  f"peak {_hwm() / 2**20:.0f} MiB")
    seconds = time.perf_counter() - start
    province.release()
    return {"seconds": seconds, "peak": _hwm(), "floor": floor}


def province_import(folder: str, *files: str) -> dict:
    from benchmarks.province_world import opened
    from partydesk.services.bundles.importer import import_bundle
    from partydesk.services.rollup.views import register, statistics_by_commune

    province = opened(Path(folder))
    db, org = province.db, province.organisation
    import partydesk.services.rollup.apply  # noqa: F401  (imports before the floor)

    floor = _hwm()
    start = time.perf_counter()
    for n, path in enumerate(files, start=1):
        import_bundle(db, org, province.paths.keys_dir, Path(path))
        _progress(f"roll-up {n}/{len(files)} imported at {time.perf_counter() - start:.1f} s, "
                  f"peak {_hwm() / 2**20:.0f} MiB")
    seconds = time.perf_counter() - start
    peak = _hwm()
    from datetime import date

    as_of = date(date.today().year, 12, 31)     # counted ahead by each import
    start = time.perf_counter()
    statistics_by_commune(db, org, as_of)
    stats_first = time.perf_counter() - start
    stats = _timed(lambda: statistics_by_commune(db, org, as_of), runs=3)
    start = time.perf_counter()
    statistics_by_commune(db, org, as_of.replace(month=6, day=30))   # never asked: counted
    stats_new_day = time.perf_counter() - start
    stats_floor = _timed(lambda: db.execute(
        "SELECT substr(cell_code, 1, instr(cell_code, '/') - 1), status, sex, count(*) "
        "FROM cell_members GROUP BY 1, 2, 3").fetchall(), runs=3)
    search = _timed(lambda: register(db, org, search="nguyễn văn", per_page=50))
    search_floor = _timed(lambda: db.execute(
        "SELECT cell_code, id, full_name FROM cell_members ORDER BY sort_key, cell_code, "
        "id LIMIT 51").fetchall())
    province.release()
    size = (Path(folder) / "partydesk.sqlite3").stat().st_size
    return {"seconds": seconds, "peak": peak, "floor": floor, "statistics": stats, "bytes": size,
            "statistics_floor": stats_floor, "search": search, "search_floor": search_floor,
            "statistics_first": stats_first, "statistics_new_day": stats_new_day}


def views(folder: str) -> dict:
    """The read-only figures on a province built by province_register."""
    from datetime import date

    from benchmarks.province_world import opened
    from partydesk.services.rollup.views import (
        grading_by_commune,
        register,
        statistics_by_commune,
    )

    province = opened(Path(folder))
    db, org = province.db, province.organisation
    as_of = date(2026, 12, 31)
    db.execute("DELETE FROM statistics_counts_kept")
    start = time.perf_counter()
    statistics_by_commune(db, org, as_of)
    counted = time.perf_counter() - start
    kept = _timed(lambda: statistics_by_commune(db, org, as_of), runs=3)
    grading = _timed(lambda: grading_by_commune(db, org, 2026), runs=3)
    commune = db.execute("SELECT code FROM cells WHERE level = 'committee' ORDER BY code "
                         "LIMIT 1").fetchone()[0]
    written = [r[0] for r in db.execute("SELECT DISTINCT cell_code FROM cell_organisation "
                                        "WHERE cell_code LIKE ?", [commune + "/%"])]

    def one_commune_written():
        from partydesk.storage.statistics_kept import forget_cell

        with db.atomic():                    # what importing its roll-up marks
            for code in written:
                forget_cell(db, code)
        start = time.perf_counter()
        statistics_by_commune(db, org, as_of)
        return time.perf_counter() - start

    after_rollup = statistics.median(one_commune_written() for _ in range(3))
    floor = _timed(lambda: db.execute(
        "SELECT substr(cell_code, 1, instr(cell_code, '/') - 1), status, sex, count(*) "
        "FROM cell_members GROUP BY 1, 2, 3").fetchall(), runs=3)
    first = register(db, org, search="nguyễn văn", per_page=50)
    found = {"search": _timed(lambda: register(db, org, search="nguyễn văn", per_page=50)),
             "search_next": _timed(lambda: register(db, org, search="nguyễn văn",
                                                    per_page=50, after=first["next"])),
             "search_commune": _timed(lambda: register(db, org, search="nguyễn văn",
                                                       commune="DU007", per_page=50)),
             "search_rare": _timed(lambda: register(db, org, search="h'zen", per_page=50)),
             "search_floor": _timed(lambda: db.execute(
                 "SELECT cell_code, id, full_name FROM cell_members ORDER BY sort_key, "
                 "cell_code, id LIMIT 51").fetchall())}
    members = db.execute("SELECT count(*) FROM cell_members").fetchone()[0]
    province.release()
    return {"counted": counted, "kept": kept, "grading": grading, "floor": floor,
            "after_rollup": after_rollup, "cells_written": len(written),
            "members": members, **found}


def cells(folder: str, batch: bool, *files: str) -> dict:
    from benchmarks.province_world import opened
    from partydesk.services.bundles.importer import import_bundle, import_bundles

    committee = opened(Path(folder))
    args = (committee.db, committee.organisation, committee.paths.keys_dir)
    floor = _hwm()
    start = time.perf_counter()
    if batch:
        result = import_bundles(*args, [Path(f) for f in files])
        assert len(result.applied) == len(files), result.refused[:1]
    else:
        for path in files:
            import_bundle(*args, Path(path))
    seconds = time.perf_counter() - start
    committee.release()
    return {"seconds": seconds, "peak": _hwm(), "floor": floor}


def main(argv: list[str]) -> None:
    kind, *rest = argv
    if kind == "export":
        result = export(*rest)
    elif kind == "import":
        result = province_import(*rest)
    elif kind == "reimport":
        result = province_reimport(*rest)
    elif kind == "views":
        result = views(*rest)
    else:
        result = cells(rest[0], kind == "cells-batch", *rest[1:])
    sys.stdout.write(json.dumps(result) + "\n")
