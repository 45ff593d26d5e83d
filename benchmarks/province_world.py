"""A simulated province for bench_province: communes with real keys and registers,
each holding its cells' newest bundles as received. A cell's bundle is a real signed,
sealed bag whose rows are copied from one of a few demo cells (250 members, two years
of meetings, dues and gradings) with fresh ids, so thousands of cells are built in
minutes instead of hours. Nothing here is timed against a limit."""

from __future__ import annotations

import io
import uuid
from datetime import UTC, date, datetime
from pathlib import Path

from partydesk import __version__
from partydesk.domain.bundles import STREAM_FORMAT_VERSION, bundle_stem
from partydesk.domain.organisation import Role
from partydesk.paths import resolve_paths
from partydesk.services.bundles.bag import BagHeader
from partydesk.services.bundles.crypto import sha256_hex
from partydesk.services.bundles.enrolment import accept_enrolment, enrol, read_enrolment
from partydesk.services.bundles.stream_write import cell_document, write_cell_file
from partydesk.services.demo.register import fill_demo_register
from partydesk.services.setup.first_run import initialise
from partydesk.services.setup.installation import Installation
from partydesk.services.setup.keys import fingerprint, generate_keys
from partydesk.storage.bundle_store import pin_cell_key, record_import
from partydesk.storage.partition_store import read_partition
from partydesk.storage.rollup_store import keep_received_bundle

AS_OF = date(2026, 11, 1)
ID_TABLES_SKIP = {"organisation"}


def opened(folder: Path, create: bool = False) -> Installation:
    installation = Installation.acquire(resolve_paths(folder), create=create)
    if installation.initialised:
        installation.open_register()
    return installation


def templates(root: Path, count: int, members: int) -> list[dict]:
    """``count`` demo cells' partitions (the slow part: about 10 s each here)."""
    found = []
    for index in range(count):
        cell = opened(root / f"template-{index}", create=True)
        initialise(cell, Role.CELL, f"Chi bộ mẫu {index}", f"T{index}")
        cell.open_register()
        fill_demo_register(cell.db, members, seed=index + 1, as_of=AS_OF)
        found.append(read_partition(cell.db))
        cell.release()
    return found


def cell_tables(template: dict, seed: str) -> dict:
    """The template's rows with every id replaced by a fresh one (the same one
    wherever it is referred to), so that no two cells share a member."""
    ids = set()
    for table, (columns, rows) in template.items():
        if table in ID_TABLES_SKIP or "id" not in columns:
            continue
        at = list(columns).index("id")
        ids.update(row[at] for row in rows if isinstance(row[at], str))
    fresh = {old: str(uuid.uuid5(uuid.NAMESPACE_OID, seed + old)) for old in ids}
    return {table: (columns, rows if table in ID_TABLES_SKIP else
                    [[fresh.get(v, v) if type(v) is str else v for v in row]
                     for row in rows])
            for table, (columns, rows) in template.items()}


def cell_bundle(code: str, commune: dict, tables: dict, sequence: int = 1) -> tuple:
    """A real bundle from cell ``code`` to ``commune`` and the cell's public key."""
    keys = generate_keys()
    created_at = datetime.now(UTC).isoformat(timespec="seconds")
    sender = {"id": str(uuid.uuid4()), "code": code, "name": f"Chi bộ {code}",
              "signing_public_key": keys.signing_public.hex(),
              "box_public_key": keys.box_public.hex()}
    recipient = {"id": commune["id"], "code": commune["code"]}
    header = BagHeader(code, commune["code"], sequence, STREAM_FORMAT_VERSION, created_at,
                       keys.signing_public)
    out = io.BytesIO()     # format 3, as the export writes it (services/bundles/stream_write)
    write_cell_file(out, bundle_stem(code, commune["code"], sequence),
                    datetime.fromisoformat(created_at).timetuple()[:6], header,
                    cell_document(sender, recipient, sequence, created_at, ""),
                    ((name, columns, rows) for name, (columns, rows) in tables.items()),
                    commune["box"], keys.signing_private, f"PartyDesk {__version__}")
    data = out.getvalue()
    return data, keys.signing_public, created_at


def trust(db, code: str, signing_public: bytes, box: str = "") -> str:
    """Pin a sender's key as a confirmed first contact would."""
    now = datetime.now(UTC).isoformat(timespec="seconds")
    printed = fingerprint(signing_public)
    pin_cell_key(db, code, signing_public.hex(), box, printed, now)
    return printed


def hold_cell(commune: Installation, code: str, data: bytes, signing_public: bytes,
              created_at: str, members: int) -> None:
    """The commune as after importing the cell's bundle: key pinned, bytes kept."""
    db = commune.db
    with db.atomic():
        enrol(db, commune.organisation, commune.paths.keys_dir, f"Chi bộ {code}", code,
              commune.paths.data_dir / f"enrolment-{code}.json")
        printed = trust(db, code, signing_public)
        record_import(db, code, 1, sha256_hex(data), created_at, created_at, members,
                      (members, 0, 0), printed)
        keep_received_bundle(db, code, 1, sha256_hex(data), created_at, printed, data)


def province_and_communes(root: Path, communes: int) -> tuple[Path, list[Path]]:
    province = opened(root / "province", create=True)
    initialise(province, Role.COMMITTEE, "Tỉnh ủy Mô Phỏng", "TUMP")
    province.open_register()
    folders = []
    for index in range(communes):
        code = f"DU{index:03d}"
        enrolment = root / f"{code}.json"
        enrol(province.db, province.organisation, province.paths.keys_dir,
              f"Đảng ủy xã {index}", code, enrolment, level="committee")
        commune = opened(root / code, create=True)
        initialise(commune, Role.COMMITTEE, f"Đảng ủy xã {index}", code)
        commune.open_register()
        accept_enrolment(commune.db, commune.organisation, read_enrolment(enrolment))
        trust(province.db, code, bytes.fromhex(commune.organisation.signing_public_key),
              commune.organisation.box_public_key)
        commune.release()
        folders.append(root / code)
    province.release()
    return root / "province", folders
