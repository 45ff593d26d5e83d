"""``backup create|list|restore ID``: local backups of the register."""

from __future__ import annotations

import argparse
from pathlib import Path

from partydesk.domain.messages import QT_TRANSLATE_NOOP, message
from partydesk.paths import resolve_paths
from partydesk.services.setup.installation import Installation

from .output import print_json, say


def register(commands: argparse._SubParsersAction) -> None:
    backup = commands.add_parser("backup", help="local backups of the register")
    actions = backup.add_subparsers(dest="action", metavar="ACTION", required=True)
    actions.add_parser("create", help="back up the register now").set_defaults(
        handler=run_create)
    listing = actions.add_parser("list", help="the backups kept, newest first")
    listing.add_argument("--format", choices=["table", "json"], default="table")
    listing.set_defaults(handler=run_list)
    restore = actions.add_parser("restore", help="put the register back as a backup holds "
                                 "it (the present register is backed up first)")
    restore.add_argument("backup_id", metavar="ID")
    restore.set_defaults(handler=run_restore)
    copy = actions.add_parser("copy", help="copy the newest backup to a USB stick (or any "
                              "folder), checked, written atomically")
    copy.add_argument("--to", required=True, type=Path, metavar="DIR")
    copy.set_defaults(handler=run_copy)


def _installation(args: argparse.Namespace) -> Installation:
    installation = Installation.acquire(resolve_paths(args.data_dir))
    try:
        installation.open_register()
    except BaseException:
        installation.release()
        raise
    return installation


def run_create(args: argparse.Namespace) -> int:
    from partydesk.services.backups.local import create_backup

    with _installation(args) as inst:
        made = create_backup(inst.db, inst.paths.backups_dir)
    print(made.id)
    return 0


def run_list(args: argparse.Namespace) -> int:
    from partydesk.services.backups.local import backups

    paths = resolve_paths(args.data_dir)
    with Installation.acquire(paths) as inst:
        inst.open_register()
        found = backups(paths.backups_dir)
    if args.format == "json":
        print_json([b.as_json() for b in found])
        return 0
    for b in found:
        print(f"{b.id:<36} {b.created_at:<20} {b.size:>12,}")
    return 0


def run_restore(args: argparse.Namespace) -> int:
    from partydesk.services.backups.local import restore_backup

    with _installation(args) as inst:
        safety = restore_backup(inst.db, inst.paths.backups_dir, args.backup_id)
    say(message(QT_TRANSLATE_NOOP(
        "Cli", "The register is back as backup {id} held it. What it replaced is kept as "
        "backup {safety}."), id=args.backup_id, safety=safety.id))
    return 0


def run_copy(args: argparse.Namespace) -> int:
    from partydesk.services.backups.stick import copy_latest_backup

    with _installation(args) as inst:
        written = copy_latest_backup(inst.paths.backups_dir, args.to, inst.db.passphrase,
                                     f"{inst.organisation.code}-")
    print(written)
    return 0
