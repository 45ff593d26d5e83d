"""A full-size province register for the read-only figures of bench_province
(statistics by commune, name search), built with bulk SQL instead of importing
roll-ups (which would take most of an hour here).

The rows are what the import writes (``replace_cell_partition``): every partition
table of three demo cells (250 members with two years of meetings, dues, gradings)
copied into the ``cell_*`` tables under ``COMMUNE/CELL`` codes, with fresh ids (the
first 8 hex digits of each uuid replaced by the cell's number, the same in every
table that refers to it). Members get fresh invented names (the demo generator,
seeded per cell) so that a name search meets a realistic spread of names, and
their sort key and search words are made by the import's own code. The communes
are enrolled, pinned and recorded as having sent one roll-up; ``rollup_cells``
lists their cells as the apply does. Nothing here is timed against a limit."""

from __future__ import annotations

import random
import uuid
from datetime import UTC, datetime
from pathlib import Path

from benchmarks.province_world import opened, templates, trust
from partydesk.domain.member import Sex
from partydesk.domain.organisation import Role
from partydesk.services.bundles.enrolment import enrol
from partydesk.services.demo.person_names import demo_name
from partydesk.services.setup.first_run import initialise
from partydesk.services.setup.keys import generate_keys
from partydesk.storage.bulk_load import deferred_indexes
from partydesk.storage.bundle_store import record_import
from partydesk.storage.partition_store import PARTITION_TABLES, _rekeyed

TEMPLATES = 3


def _fresh(column: str, number: str) -> str:
    """SQL for a column's value in the copy: ids get the cell's number."""
    if column == "id" or column.endswith("_id"):
        return (f"CASE WHEN typeof({column}) = 'text' AND length({column}) = 36 "
                f"THEN '{number}' || substr({column}, 9) ELSE {column} END")
    return column


def _load_templates(db, shapes: list[dict]) -> dict[str, list[str]]:
    """Each template's rows in ``temp.tpl_<table>`` with its index ``t``."""
    columns_of = {}
    for table in PARTITION_TABLES:
        if table in ("members", "organisation"):
            continue
        columns = list(shapes[0][table][0])
        columns_of[table] = columns
        db.execute(f"CREATE TEMP TABLE tpl_{table} (t INTEGER, {', '.join(columns)})")
        for t, shape in enumerate(shapes):
            cols, rows = shape[table]
            db.conn.executemany(
                f"INSERT INTO temp.tpl_{table} (t, {', '.join(cols)}) "
                f"VALUES (?, {', '.join('?' for _ in cols)})", ((t, *row) for row in rows))
    return columns_of


def _members(shape: dict, number: str, rng: random.Random) -> tuple[list[str], list]:
    columns, rows = shape["members"]
    columns = list(columns)
    at = {c: columns.index(c) for c in ("id", "full_name", "given_name", "sex", "ethnicity")
          if c in columns}
    fresh = []
    for row in rows:
        row = list(row)
        row[at["id"]] = number + row[at["id"]][8:]
        sex = Sex(row[at["sex"]]) if row[at["sex"]] in ("male", "female") else Sex.MALE
        row[at["full_name"]], given = demo_name(rng, sex, row[at.get("ethnicity", 0)] or "Kinh")
        if "given_name" in at:
            row[at["given_name"]] = given
        fresh.append(row)
    columns, rekeyed = _rekeyed(columns, fresh)
    return columns, list(rekeyed)


def _cell(db, code: str, n: int, t: int, shape: dict, columns_of: dict) -> int:
    number = f"{n:08x}"
    columns, rows = _members(shape, number, random.Random(n))
    db.conn.executemany(
        f"INSERT INTO cell_members (cell_code, {', '.join(columns)}) "
        f"VALUES (?, {', '.join('?' for _ in columns)})", ((code, *row) for row in rows))
    for table, cols in columns_of.items():
        db.execute(f"INSERT INTO {PARTITION_TABLES[table]} (cell_code, {', '.join(cols)}) "
                   f"SELECT ?, {', '.join(_fresh(c, number) for c in cols)} "
                   f"FROM temp.tpl_{table} WHERE t = ?", [code, t])
    org_cols, org_rows = shape["organisation"]
    db.conn.executemany(
        f"INSERT INTO cell_organisation (cell_code, {', '.join(org_cols)}) "
        f"VALUES (?, {', '.join('?' for _ in org_cols)})", ((code, *r) for r in org_rows))
    return len(rows)


def build_register(root: Path, communes: int, cells: int, members: int,
                   progress=print) -> Path:
    """The province's data folder, holding ``communes * cells * members`` members."""
    shapes = templates(root / "templates", TEMPLATES, members)
    province = opened(root / "province", create=True)
    initialise(province, Role.COMMITTEE, "Tỉnh ủy Mô Phỏng", "TUMP")
    province.open_register()
    db = province.db
    db.execute("PRAGMA cache_size = -262144")
    columns_of = _load_templates(db, shapes)
    now = datetime.now(UTC).isoformat(timespec="seconds")
    tables = list(PARTITION_TABLES.values())
    with db.atomic(), deferred_indexes(db, tables):
        for c in range(communes):
            code = f"DU{c:03d}"
            enrol(db, province.organisation, province.paths.keys_dir, f"Đảng ủy xã {c}",
                  code, root / f"{code}.json", level="committee")
            printed = trust(db, code, generate_keys().signing_public)
            held = 0
            for k in range(cells):
                n = c * cells + k
                cell = f"CB{k:03d}"
                count = _cell(db, f"{code}/{cell}", n, n % TEMPLATES, shapes[n % TEMPLATES],
                              columns_of)
                held += count
                db.execute(
                    "INSERT INTO rollup_cells (commune_code, cell_code, name, status, "
                    "signing_public_key, fingerprint, sequence, sha256, created_at, "
                    "member_count, rollup_sequence) VALUES (?, ?, ?, 'active', ?, ?, 1, ?, "
                    "?, ?, 1)", [code, cell, f"Chi bộ {cell} xã {c}", "00" * 32, printed,
                                 uuid.uuid4().hex * 2, now, count])
            record_import(db, code, 1, uuid.uuid4().hex * 2, now, now, held, (held, 0, 0),
                          printed)
            progress(f"   commune {c + 1}/{communes}: {held:,} members", flush=True)
    db.execute("ANALYZE")
    province.release()
    return root / "province"
