"""Import (committee): verify everything first, then replace the cell's partition with
the bundle's snapshot, pin the key at first contact, log the bundle and count the
year's statistics for the cells written (``reports.statistics.count_ahead``), all in
one transaction. A duplicate changes nothing; a dry run stops after verifying.

First contact is confirmed: a cell's first bundle is held (verified, never applied)
until the operator confirms the fingerprint of the key that signed it, compared with
the one the cell reads out over the phone (``confirmed``: fingerprints as typed)."""

from __future__ import annotations

import gc
import logging
from collections.abc import Iterable
from contextlib import contextmanager, nullcontext
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime
from pathlib import Path

from partydesk.domain.bundles import MemberChanges, SequenceDecision, normalise_fingerprint
from partydesk.domain.organisation import Organisation
from partydesk.services.bundles.errors import (
    FINGERPRINT_MISMATCH,
    AwaitingConfirmation,
    BundleError,
    NeedsFirstBundle,
)
from partydesk.services.bundles.hooks import pause_point
from partydesk.services.bundles.verify import VerifiedBundle, check_envelope, verify_bundle
from partydesk.services.reports.statistics import count_ahead
from partydesk.services.setup.keys import fingerprint
from partydesk.services.shared.jobs import Progress
from partydesk.storage.bundle_store import (
    change_cell_key,
    page_cache,
    pin_cell_key,
    record_import,
)
from partydesk.storage.duplicate_store import load_duplicate, refresh_cell
from partydesk.storage.errors import storage_errors
from partydesk.storage.partition_store import PARTITION_TABLES, replace_cell_partition
from partydesk.storage.rollup_store import keep_received_bundle

LOG = logging.getLogger("partydesk.bundles")
BATCH_CACHE_MIB = 128       # SQLite's page cache during a batch's one transaction


@dataclass(frozen=True)
class ImportResult:
    bundle: VerifiedBundle
    applied: bool                # False for a dry run or a duplicate
    new_duplicates: list = field(default_factory=list)   # members now seen in two cells

    @property
    def changes(self) -> MemberChanges:
        return self.bundle.changes

    @property
    def duplicate(self) -> bool:
        return self.bundle.duplicate


def _normalised(confirmed: Iterable[str]) -> dict[str, str]:
    return {normalise_fingerprint(text): text for text in confirmed}


def _is_confirmed(bundle: VerifiedBundle, confirmed: dict[str, str]) -> bool:
    return normalise_fingerprint(bundle.fingerprint) in confirmed


def import_bundle(db, organisation: Organisation, keys_dir: Path, path: Path,
                  dry_run: bool = False, progress: Progress | None = None,
                  confirmed: Iterable[str] = (), confirm_removals: bool = False,
                  before_apply=None) -> ImportResult:
    """Import one bundle. A cell's first bundle raises :class:`AwaitingConfirmation`
    unless its fingerprint is among ``confirmed``; a confirmed fingerprint that is not
    the bundle's refuses it. A snapshot dropping many members is refused unless
    ``confirm_removals``. ``before_apply`` runs just before the register changes (the
    automatic backup)."""
    step = progress or (lambda done, total: None)
    total = len(PARTITION_TABLES) + 1
    wanted = _normalised(confirmed)
    bundle = verify_bundle(db, organisation, keys_dir, path)
    step(1, total)
    if wanted and not _is_confirmed(bundle, wanted):
        raise BundleError(FINGERPRINT_MISMATCH, confirmed=", ".join(wanted.values()),
                          sender=bundle.header.sender)
    if dry_run or bundle.duplicate:
        return ImportResult(bundle, applied=False)
    if bundle.removals_need_confirmation and not confirm_removals:
        raise bundle.removal_refusal()
    if bundle.first_contact and not wanted:
        raise AwaitingConfirmation(bundle.header.sender, bundle.fingerprint)
    if before_apply is not None:
        before_apply()            # e.g. a backup of the register before it changes
    flagged = apply_bundle(db, bundle, lambda table: step(
        list(PARTITION_TABLES).index(table) + 2, total),
        before_commit=lambda: count_ahead(db, organisation, date.today()))
    LOG.info("imported bundle %d from cell %s (%d active members)",
             bundle.header.sequence, bundle.header.sender, bundle.member_count)
    return ImportResult(bundle, applied=True, new_duplicates=flagged)


@dataclass
class BatchResult:
    applied: list[VerifiedBundle] = field(default_factory=list)   # or to apply (dry run)
    duplicates: list[VerifiedBundle] = field(default_factory=list)
    superseded: list[tuple[Path, VerifiedBundle]] = field(default_factory=list)
    refused: list[tuple[Path, BundleError]] = field(default_factory=list)
    held: list[tuple[Path, VerifiedBundle]] = field(default_factory=list)  # unconfirmed
    new_duplicates: list[dict] = field(default_factory=list)   # members now in two cells


def import_bundles(db, organisation: Organisation, keys_dir: Path, paths: list[Path],
                   dry_run: bool = False, progress: Progress | None = None,
                   confirmed: Iterable[str] = (), confirm_removals: bool = False,
                   before_apply=None) -> BatchResult:
    """Import every bundle on a stick: verify each (a refused one changes nothing and does
    not stop the others), keep the newest per cell, and apply those in ONE transaction.
    A cell's first bundle is held unless its fingerprint is in ``confirmed``; a
    confirmed fingerprint matching no first bundle refuses the whole import."""
    with _collector_paused():
        return _import_bundles(db, organisation, keys_dir, paths, dry_run, progress,
                               confirmed, confirm_removals, before_apply)


@contextmanager
def _collector_paused():
    """Rows are tuples and lists of scalars (no cycles): reference counting frees them.
    The cyclic collector, left on, rescans every row held so far each time a few
    hundred objects are made, which made a batch slower than single imports."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


@dataclass(frozen=True)
class Skipped:
    """A file left out because a newer bundle of the same sender is among the files."""
    header: object


def _lean(bundle):
    """What a batch keeps of a bundle once it is applied (or, in a dry run, verified):
    everything but its rows and bytes, so a batch holds one bundle's rows at a time."""
    if not isinstance(bundle, VerifiedBundle):
        return bundle
    return replace(bundle, payload=replace(bundle.payload, tables={}), data=b"")


def _import_bundles(db, organisation: Organisation, keys_dir: Path, paths: list[Path],
                    dry_run: bool, progress: Progress | None, confirmed: Iterable[str],
                    confirm_removals: bool, before_apply) -> BatchResult:
    """First every file's envelope (file, bag, sender, signature, sequence: cheap),
    to pick each sender's newest and check the confirmed fingerprints; then, inside the
    one transaction, each chosen bundle is verified whole and applied at once (a
    refused one falls back to the sender's next newest file). Nothing is held but the
    bundle being applied."""
    step = progress or (lambda done, total: None)
    wanted = _normalised(confirmed)
    result, options = BatchResult(), {}
    for done, path in enumerate(paths, start=1):
        try:
            envelope = check_envelope(db, organisation, path)
        except BundleError as refusal:
            result.refused.append((path, refusal))
            continue
        finally:
            step(done, len(paths) + 1)
        if envelope.container is not None:     # format 3: read again when chosen
            envelope.container.close()
        options.setdefault(envelope.header.sender, []).append(
            (envelope.header.sequence, path, envelope.header,
             fingerprint(envelope.header.signing_key), envelope.decision))
    for found in options.values():
        found.sort(key=lambda option: option[0], reverse=True)
    matched = {normalise_fingerprint(found[0][3]) for found in options.values()}
    unmatched = [text for key, text in wanted.items() if key not in matched]
    if unmatched:
        raise BundleError(FINGERPRINT_MISMATCH, confirmed=", ".join(unmatched),
                          sender=", ".join(sorted(options)) or "?")
    changing = any(found[0][4] is not SequenceDecision.DUPLICATE
                   for found in options.values())
    if changing and not dry_run and before_apply is not None:
        before_apply()
    with (storage_errors(), page_cache(db, BATCH_CACHE_MIB),
          nullcontext() if dry_run else db.atomic()):
        for found in options.values():
            _apply_newest(db, organisation, keys_dir, found, result, wanted, dry_run,
                          confirm_removals)
        if not dry_run:
            _after_first_contact(db, organisation, keys_dir, result, confirm_removals)
            if result.applied:
                count_ahead(db, organisation, date.today())
    order = {path: at for at, path in reversed(list(enumerate(paths)))}
    result.refused.sort(key=lambda item: order.get(item[0], len(paths)))   # as given
    step(len(paths) + 1, len(paths) + 1)
    return result


def _apply_newest(db, organisation: Organisation, keys_dir: Path, found: list,
                  result: BatchResult, wanted: dict[str, str], dry_run: bool,
                  confirm_removals: bool) -> None:
    """The newest of one sender's files that verifies: sorted out and applied."""
    chosen = False
    for _, path, header, _, _ in found:
        if chosen:
            result.superseded.append((path, Skipped(header)))
            continue
        try:
            bundle = verify_bundle(db, organisation, keys_dir, path)
        except BundleError as refusal:
            result.refused.append((path, refusal))
            continue
        chosen = True
        if bundle.duplicate:
            result.duplicates.append(_lean(bundle))
        elif bundle.removals_need_confirmation and not (confirm_removals or dry_run):
            result.refused.append((path, bundle.removal_refusal()))
        elif bundle.first_contact and not dry_run and not _is_confirmed(bundle, wanted):
            result.held.append((path, _lean(bundle)))
        else:
            if not dry_run:
                result.new_duplicates += apply_bundle(db, bundle)
            result.applied.append(_lean(bundle))


def _after_first_contact(db, organisation: Organisation, keys_dir: Path,
                         result: BatchResult, confirm_removals: bool) -> None:
    """A cell's later bundles on the same stick as its first one: once the first has
    pinned the key (in this transaction), verify and apply them, oldest first."""
    pinned = {b.header.sender for b in result.applied if b.first_contact}
    waiting = sorted(((path, refusal) for path, refusal in result.refused
                      if isinstance(refusal, NeedsFirstBundle) and refusal.sender in pinned),
                     key=lambda item: item[1].sequence)
    for path, refusal in waiting:
        result.refused.remove((path, refusal))
        try:
            bundle = verify_bundle(db, organisation, keys_dir, path)
            if bundle.removals_need_confirmation and not confirm_removals:
                raise bundle.removal_refusal()
        except BundleError as again:
            result.refused.append((path, again))
            continue
        result.new_duplicates += apply_bundle(db, bundle)
        result.applied.append(_lean(bundle))


def apply_bundle(db, bundle: VerifiedBundle, after_table=None,
                 before_commit=None) -> list[dict]:
    """Write a verified bundle in one transaction (all of it, or nothing); inside a
    caller's transaction it becomes part of that one. ``before_commit()`` runs in the
    transaction after the writes (not around it: a savepoint around a snapshot's
    writes would journal every page they change, in memory). Returns the members
    flagged, by this bundle, as appearing in two cells (``storage/duplicate_store.py``)."""
    if not isinstance(bundle, VerifiedBundle):      # a commune's roll-up (province)
        from partydesk.services.rollup.apply import apply_rollup

        apply_rollup(db, bundle, after_table, before_commit)
        return []
    header, changes = bundle.header, bundle.changes
    now = datetime.now(UTC).isoformat(timespec="seconds")
    with storage_errors(), db.atomic(savepoint=False):  # a batch's errors fail it whole
        sender = bundle.payload.sender
        if bundle.first_contact:
            pin_cell_key(db, header.sender, header.signing_key.hex(),
                         sender.get("box_public_key", ""), bundle.fingerprint, now)
        elif bundle.key_changed:
            change_cell_key(db, header.sender, header.signing_key.hex(),
                            sender.get("box_public_key", ""), bundle.fingerprint, now)
        replace_cell_partition(db, header.sender, bundle.payload.tables, after_table)
        pause_point("import-in-transaction")
        record_import(db, header.sender, header.sequence, bundle.sha256, header.created_at,
                      now, bundle.member_count,
                      (changes.added, changes.changed, changes.leaving), bundle.fingerprint)
        kept = bundle.kept_bytes()
        if kept:                 # kept byte for byte: a commune's roll-up carries it up
            keep_received_bundle(db, header.sender, header.sequence, bundle.sha256,
                                 header.created_at, bundle.fingerprint, kept)
        del kept
        added = refresh_cell(db, header.sender, now)
        if before_commit is not None:
            before_commit()
        return [load_duplicate(db, row["id"]) for row in added]
