"""``enroll`` (committee), ``fingerprint`` and ``bundle export|verify|import``.

``bundle import`` of a cell's first bundle exits 3 ("waiting for confirmation") after
printing the fingerprint, changing nothing, unless ``--confirm-fingerprint FP`` names
that fingerprint (spaces, dashes and case ignored)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from partydesk.domain.messages import QT_TRANSLATE_NOOP, message
from partydesk.i18n import render
from partydesk.paths import resolve_paths
from partydesk.services.setup.installation import Installation
from partydesk.services.setup.keys import fingerprint

from .output import fail, say

WAITING_FOR_CONFIRMATION = 3     # exit status: a first bundle held, nothing changed


def register(commands: argparse._SubParsersAction) -> None:
    enroll = commands.add_parser("enroll", help="committee: write an enrolment file for a cell")
    enroll.add_argument("--name", help='the cell\'s name, e.g. "Chi bộ thôn A" (required '
                        'unless --renew)')
    enroll.add_argument("--code", required=True, help="the cell's code, e.g. CB01")
    enroll.add_argument("--renew", action="store_true",
                        help="the cell lost its key: revoke it and write a new enrolment "
                             "file for the same code")
    enroll.add_argument("--level", choices=["cell", "committee"], default="cell",
                        help="committee: enrol a lower committee (a commune, on the "
                             "province) that will send roll-ups (default: cell)")
    enroll.add_argument("-o", "--output", required=True, type=Path, metavar="FILE")
    enroll.set_defaults(handler=run_enroll)

    accept = commands.add_parser(
        "accept-enrollment", help="an installation set up on its own: take its higher "
        "committee's enrolment file (a cell's, or a commune's from its province)")
    accept.add_argument("file", type=Path, metavar="FILE")
    accept.set_defaults(handler=run_accept_enrolment)

    key = commands.add_parser("key", help="change this installation's signing key (a cell, "
                              "a commune or a province)")
    key_actions = key.add_subparsers(dest="action", metavar="ACTION", required=True)
    change = key_actions.add_parser("change", help="make a new signing key, certified by "
                                    "the old one; every later bundle, up or down, carries "
                                    "the certificate")
    change.set_defaults(handler=run_key_change)

    own = commands.add_parser("fingerprint", help="print this installation's signing-key "
                              "fingerprint (to read out over the phone)")
    own.set_defaults(handler=run_fingerprint)

    bundle = commands.add_parser("bundle", help="signed, encrypted bundles on a USB stick")
    actions = bundle.add_subparsers(dest="action", metavar="ACTION", required=True)
    export = actions.add_parser(
        "export", help="cell: write a bundle for the committee; committee: one bundle per "
        "cell (on a province: per commune) with something to send")
    export.add_argument("--to", required=True, type=Path, metavar="DIR")
    export.add_argument("--cover", type=Path, metavar="FILE.pdf",
                        help="cell: also print a cover sheet to this PDF")
    export.add_argument("--restore", action="store_true",
                        help="committee: a restore bundle for the one cell named (after "
                        "enroll --renew)")
    export.add_argument("--up", action="store_true",
                        help="commune committee: the roll-up to the province (its own "
                             "decisions, notices and targets, and each cell's newest bundle "
                             "as received)")
    export.add_argument("--cell", action="append", metavar="CODE", dest="cells",
                        help="committee: only this cell (repeatable); a cell named gets a "
                        "bundle even with nothing new")
    export.set_defaults(handler=run_export)
    verify = actions.add_parser("verify", help="committee: check a bundle, change nothing")
    verify.add_argument("file", type=Path)
    verify.set_defaults(handler=run_verify)
    imp = actions.add_parser("import", help="committee: import cells' bundles (several files: "
                             "the newest per cell, all in one transaction); cell: import "
                             "the committee's bundle; commune: also the province's bundle")
    imp.add_argument("files", type=Path, nargs="+", metavar="FILE")
    imp.add_argument("--dry-run", action="store_true", help="show the changes only")
    imp.add_argument("--confirm-fingerprint", action="append", default=[], metavar="FP",
                     help="a cell's first bundle: the key fingerprint its secretary read "
                          "out; the bundle is applied only if it matches (repeatable)")
    imp.add_argument("--confirm-removals", action="store_true",
                     help="apply a bundle even though it removes many of the cell's "
                          "members (more than 20%% of them, or all)")
    imp.set_defaults(handler=run_import)


@contextmanager
def opened(args: argparse.Namespace) -> Iterator[Installation]:
    with Installation.acquire(resolve_paths(args.data_dir)) as installation:
        installation.open_register()
        yield installation


def backup_before(inst: Installation, what: str):
    """A callable making the automatic backup before ``what`` changes the register."""
    def make() -> None:
        from partydesk.services.backups.local import before

        before(inst.db, inst.paths.backups_dir, what)
    return make


def run_enroll(args: argparse.Namespace) -> int:
    from partydesk.services.bundles.enrolment import enrol

    if not (args.name or args.renew):
        args.parser_error("--name is required to enrol a new cell")
    with opened(args) as inst:
        enrolment = enrol(inst.db, inst.organisation, inst.paths.keys_dir, args.name,
                          args.code, args.output, renew=args.renew, level=args.level)
        key = bytes.fromhex(inst.organisation.signing_public_key)
    if args.renew:
        say(message(QT_TRANSLATE_NOOP(
            "Cli", "The key on record for {code} is revoked: bundles signed by it are "
            "refused from now on. Its members and the history of its bundles are kept."),
            code=enrolment.cell_code))
    say(message(QT_TRANSLATE_NOOP(
        "Cli", "Wrote the enrolment file for {name} ({code}) to {file}. It holds a one-time "
        "secret: give it to the cell's secretary by hand."),
        name=enrolment.cell_name, code=enrolment.cell_code, file=str(args.output)))
    say(message(QT_TRANSLATE_NOOP("Cli", "Committee signing key fingerprint: {fingerprint}"),
                fingerprint=fingerprint(key)))
    return 0


def run_accept_enrolment(args: argparse.Namespace) -> int:
    from partydesk.services.bundles.enrolment import accept_enrolment, read_enrolment

    enrolment = read_enrolment(args.file)
    with opened(args) as inst:
        accept_enrolment(inst.db, inst.organisation, enrolment)
    say(message(QT_TRANSLATE_NOOP(
        "Cli", "Enrolled with {committee} ({code}); its key fingerprint: {fingerprint}"),
        committee=enrolment.committee_name, code=enrolment.committee_code,
        fingerprint=fingerprint(bytes.fromhex(enrolment.committee_signing_key))))
    return 0


def run_key_change(args: argparse.Namespace) -> int:
    from partydesk.services.bundles.key_change import change_signing_key

    with opened(args) as inst:
        change = change_signing_key(inst.db, inst.organisation, inst.paths.keys_dir)
        is_committee = inst.organisation.is_committee
    say(message(QT_TRANSLATE_NOOP(
        "Cli", "New signing key fingerprint: {new} (was {old}). The next bundle announces "
        "it to the committee, signed by the old key."),
        new=change.new_fingerprint, old=change.old_fingerprint)
        if not is_committee else message(QT_TRANSLATE_NOOP(
            "Cli", "New signing key fingerprint: {new} (was {old}). Every later bundle "
            "carries the old key's certificate of it: the cells follow it at their next "
            "downward bundle, and the province at the next roll-up."),
            new=change.new_fingerprint, old=change.old_fingerprint))
    return 0


def run_fingerprint(args: argparse.Namespace) -> int:
    with opened(args) as inst:
        key = bytes.fromhex(inst.organisation.signing_public_key)
    print(fingerprint(key))
    return 0


def run_export(args: argparse.Namespace) -> int:
    from partydesk.services.bundles.cover import write_cover_sheet
    from partydesk.services.bundles.export import export_bundle

    with opened(args) as inst:
        if args.up:
            return run_export_up(args, inst)
        if inst.organisation.is_committee:
            return run_export_downward(args, inst)
        result = export_bundle(inst.db, inst.organisation, inst.paths.keys_dir, args.to)
    print(result.path)
    if args.cover:
        write_cover_sheet(result, args.cover)
    if result.secret_erased:
        say(message(QT_TRANSLATE_NOOP(
            "Cli", "The one-time enrolment secret has been sent and is now erased from "
            "this computer. Delete the enrolment file from the USB stick.")))
    return 0


def run_export_up(args: argparse.Namespace, inst: Installation) -> int:
    from partydesk.services.rollup.export import export_rollup

    result = export_rollup(inst.db, inst.organisation, inst.paths.keys_dir, args.to)
    print(result.path)
    say(message(QT_TRANSLATE_NOOP(
        "Cli", "Roll-up number {sequence} to {recipient}: {carried} cells' bundles, "
        "{members} active members. Signing key fingerprint: {fingerprint}"),
        sequence=result.sequence, recipient=result.recipient_code,
        carried=len(result.cells_carried), members=result.member_count,
        fingerprint=result.fingerprint))
    if result.cells_without_bundle:
        say(message(QT_TRANSLATE_NOOP(
            "Cli", "No bundle held yet from: {cells}."),
            cells=", ".join(result.cells_without_bundle)))
    if result.secret_erased:
        say(message(QT_TRANSLATE_NOOP(
            "Cli", "The one-time enrolment secret has been sent and is now erased from "
            "this computer. Delete the enrolment file from the USB stick.")))
    return 0


def run_export_downward(args: argparse.Namespace, inst: Installation) -> int:
    from partydesk.services.bundles.downward_export import export_downward
    from partydesk.services.bundles.errors import BundleError
    from partydesk.services.bundles.restore import ONE_CELL, export_restore

    if args.restore:
        if not args.cells or len(set(args.cells)) != 1:
            raise BundleError(ONE_CELL)
        print(export_restore(inst.db, inst.organisation, inst.paths.keys_dir, args.to,
                             args.cells[0]))
        return 0

    written = export_downward(inst.db, inst.organisation, inst.paths.keys_dir, args.to,
                              args.cells)
    for result in written:
        print(result.path)
    if not written:
        print(render(message(QT_TRANSLATE_NOOP(
            "Cli", "No cell has anything new to send; nothing was written."))),
            file=sys.stderr)
    return 0


def run_verify(args: argparse.Namespace) -> int:
    from partydesk.services.bundles.verify import verify_bundle

    with opened(args) as inst:
        bundle = verify_bundle(inst.db, inst.organisation, inst.paths.keys_dir, args.file)
    describe(bundle)
    say(message(QT_TRANSLATE_NOOP("Cli", "The bundle is valid; nothing was changed.")))
    return 0


def run_import(args: argparse.Namespace) -> int:
    from partydesk.services.bundles.errors import AwaitingConfirmation
    from partydesk.services.bundles.importer import import_bundle

    if len(args.files) > 1:
        with opened(args) as inst:
            if not inst.organisation.is_committee or all(
                    _from_higher(inst, path) for path in args.files):
                from .downward_commands import run_import_downward_many

                return run_import_downward_many(args, inst)
        return run_import_many(args)
    try:
        with opened(args) as inst:
            if not inst.organisation.is_committee or _from_higher(inst, args.files[0]):
                from .downward_commands import run_import_downward

                return run_import_downward(args, inst)
            result = import_bundle(inst.db, inst.organisation, inst.paths.keys_dir,
                                   args.files[0], dry_run=args.dry_run,
                                   confirmed=args.confirm_fingerprint,
                                   confirm_removals=args.confirm_removals,
                                   before_apply=backup_before(inst, "import"))
    except AwaitingConfirmation as waiting:
        return held(waiting.sender, waiting.fingerprint)
    if result.duplicate:
        already(result.bundle)
        return 0
    describe(result.bundle)
    done(result.applied, args.dry_run)
    from .desk_commands import warn_duplicates

    warn_duplicates(result.new_duplicates)
    return 0


def _from_higher(inst: Installation, path: Path) -> bool:
    """A commune importing its province's downward bundle (receipt, notices)."""
    from partydesk.services.bundles.downward_import import from_higher_committee

    return from_higher_committee(inst.db, path)


def run_import_many(args: argparse.Namespace) -> int:
    from partydesk.services.bundles.importer import import_bundles

    with opened(args) as inst:
        batch = import_bundles(inst.db, inst.organisation, inst.paths.keys_dir, args.files,
                               dry_run=args.dry_run, confirmed=args.confirm_fingerprint,
                               confirm_removals=args.confirm_removals,
                               before_apply=backup_before(inst, "import"))
    for bundle in batch.applied:
        describe(bundle)
    for bundle in batch.duplicates:
        already(bundle)
    for path, bundle in batch.superseded:
        say(message(QT_TRANSLATE_NOOP(
            "Cli", "{file}: skipped, a newer bundle from {sender} is among these files."),
            file=str(path), sender=bundle.header.sender))
    for path, refusal in batch.refused:
        fail(message(QT_TRANSLATE_NOOP("Cli", "{file}: {reason}"), file=str(path),
                     reason=render(refusal.message)))
    for _path, bundle in batch.held:
        held(bundle.header.sender, bundle.fingerprint)
    done(bool(batch.applied), args.dry_run)
    from .desk_commands import warn_duplicates

    warn_duplicates(batch.new_duplicates)
    if batch.refused:
        return 1
    return WAITING_FOR_CONFIRMATION if batch.held else 0


def held(sender: str, key_fingerprint: str) -> int:
    """A first bundle waits for the operator: the fingerprint alone on its own line,
    then what to do. Nothing was changed."""
    print(key_fingerprint)
    say(message(QT_TRANSLATE_NOOP(
        "Cli", "Waiting for confirmation: this is the first bundle from {sender}. Ask its "
        "secretary to read out the fingerprint shown by \"partydesk fingerprint\" on the "
        "cell's computer; if it is {fingerprint}, import again with --confirm-fingerprint "
        "\"{fingerprint}\". Nothing was changed."), sender=sender, fingerprint=key_fingerprint))
    return WAITING_FOR_CONFIRMATION


def already(bundle) -> None:
    say(message(QT_TRANSLATE_NOOP(
        "Cli", "Bundle number {sequence} from {sender} was already imported; nothing "
        "changed."), sequence=bundle.header.sequence, sender=bundle.header.sender))


def done(applied: bool, dry_run: bool) -> None:
    if dry_run:
        say(message(QT_TRANSLATE_NOOP("Cli", "Dry run: nothing was changed.")))
    elif applied:
        say(message(QT_TRANSLATE_NOOP("Cli", "Imported.")))


def describe(bundle) -> None:
    header, changes = bundle.header, bundle.changes
    say(message(QT_TRANSLATE_NOOP(
        "Cli", "Bundle number {sequence} from {sender} to {recipient}, made {created}: "
        "{members} members."), sequence=header.sequence, sender=header.sender,
        recipient=header.recipient, created=header.created_at, members=bundle.member_count))
    say(message(QT_TRANSLATE_NOOP(
        "Cli", "Changes: {added} members added, {changed} changed, {leaving} leaving."),
        added=changes.added, changed=changes.changed, leaving=changes.leaving))
    if bundle.removals_need_confirmation:
        say(message(QT_TRANSLATE_NOOP(
            "Cli", "Warning: this bundle removes {dropped} of the cell's {current} current "
            "members; it is imported only with --confirm-removals."),
            dropped=changes.leaving, current=bundle.members_before))
    if bundle.first_contact:
        say(message(QT_TRANSLATE_NOOP(
            "Cli", "First bundle from {sender}: its key {fingerprint} is trusted from this "
            "import on."), sender=header.sender, fingerprint=bundle.fingerprint))
    elif getattr(bundle, "key_changed", False):
        say(message(QT_TRANSLATE_NOOP(
            "Cli", "{sender} has a new signing key, {fingerprint}, certified by the key on "
            "record: it is trusted from this import on, and the old key no longer."),
            sender=header.sender, fingerprint=bundle.fingerprint))
