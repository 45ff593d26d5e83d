"""Import (committee): verify everything first, then replace the cell's partition with
the bundle's snapshot, pin the key at first contact, and log the bundle, all in one
transaction. A duplicate changes nothing; a dry run stops after verifying."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from partydesk.domain.bundles import MemberChanges
from partydesk.domain.organisation import Organisation
from partydesk.services.bundles.errors import BundleError
from partydesk.services.bundles.hooks import pause_point
from partydesk.services.bundles.verify import VerifiedBundle, verify_bundle
from partydesk.services.shared.jobs import Progress
from partydesk.storage.bundle_store import pin_cell_key, record_import
from partydesk.storage.errors import storage_errors
from partydesk.storage.partition_store import PARTITION_TABLES, replace_cell_partition

LOG = logging.getLogger("partydesk.bundles")


@dataclass(frozen=True)
class ImportResult:
    bundle: VerifiedBundle
    applied: bool                # False for a dry run or a duplicate

    @property
    def changes(self) -> MemberChanges:
        return self.bundle.changes

    @property
    def duplicate(self) -> bool:
        return self.bundle.duplicate


def import_bundle(db, organisation: Organisation, keys_dir: Path, path: Path,
                  dry_run: bool = False, progress: Progress | None = None,
                  before_apply=None) -> ImportResult:
    step = progress or (lambda done, total: None)
    total = len(PARTITION_TABLES) + 1
    bundle = verify_bundle(db, organisation, keys_dir, path)
    step(1, total)
    if dry_run or bundle.duplicate:
        return ImportResult(bundle, applied=False)
    if before_apply is not None:
        before_apply()            # e.g. a backup of the register before it changes
    apply_bundle(db, bundle, lambda table: step(
        list(PARTITION_TABLES).index(table) + 2, total))
    LOG.info("imported bundle %d from cell %s (%d active members)",
             bundle.header.sequence, bundle.header.sender, bundle.member_count)
    return ImportResult(bundle, applied=True)


@dataclass
class BatchResult:
    applied: list[VerifiedBundle] = field(default_factory=list)   # or to apply (dry run)
    duplicates: list[VerifiedBundle] = field(default_factory=list)
    superseded: list[tuple[Path, VerifiedBundle]] = field(default_factory=list)
    refused: list[tuple[Path, BundleError]] = field(default_factory=list)


def import_bundles(db, organisation: Organisation, keys_dir: Path, paths: list[Path],
                   dry_run: bool = False, progress: Progress | None = None,
                   before_apply=None) -> BatchResult:
    """Import every bundle on a stick: verify each (a refused one changes nothing and does
    not stop the others), keep the newest per cell, and apply those in ONE transaction."""
    step = progress or (lambda done, total: None)
    result, newest = BatchResult(), {}
    for done, path in enumerate(paths, start=1):
        try:
            bundle = verify_bundle(db, organisation, keys_dir, path)
        except BundleError as refusal:
            result.refused.append((path, refusal))
            continue
        finally:
            step(done, len(paths) + 1)
        held = newest.get(bundle.header.sender)
        if held is not None and held[1].header.sequence >= bundle.header.sequence:
            result.superseded.append((path, bundle))
            continue
        if held is not None:
            result.superseded.append(held)
        newest[bundle.header.sender] = (path, bundle)
    for _, bundle in newest.values():
        (result.duplicates if bundle.duplicate else result.applied).append(bundle)
    if result.applied and not dry_run:
        if before_apply is not None:
            before_apply()
        with storage_errors(), db.atomic():
            for bundle in result.applied:
                apply_bundle(db, bundle)
    step(len(paths) + 1, len(paths) + 1)
    return result


def apply_bundle(db, bundle: VerifiedBundle, after_table=None) -> None:
    """Write a verified bundle in one transaction (all of it, or nothing); inside a
    caller's transaction it becomes part of that one."""
    header, changes = bundle.header, bundle.changes
    now = datetime.now(UTC).isoformat(timespec="seconds")
    with storage_errors(), db.atomic():
        if bundle.first_contact:
            sender = bundle.payload.sender
            pin_cell_key(db, header.sender, header.signing_key.hex(),
                         sender.get("box_public_key", ""), bundle.fingerprint, now)
        replace_cell_partition(db, header.sender, bundle.payload.tables, after_table)
        pause_point("import-in-transaction")
        record_import(db, header.sender, header.sequence, bundle.sha256, header.created_at,
                      now, bundle.member_count,
                      (changes.added, changes.changed, changes.leaving))
