"""``decisions record`` and ``notices add`` (committee), ``decisions list`` and
``notices list|save`` (cell), and the cell's side of ``bundle import``."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from partydesk.cli.arg_types import iso_date, whole_number
from partydesk.domain.messages import QT_TRANSLATE_NOOP, message
from partydesk.i18n import render
from partydesk.services.bundles.downward_payload import DECISION_KINDS
from partydesk.services.setup.installation import Installation

from .bundle_commands import backup_before, opened
from .output import fail, print_json, say


def register(commands: argparse._SubParsersAction) -> None:
    decisions = commands.add_parser("decisions", help="the committee's decisions about "
                                    "cells' members")
    actions = decisions.add_subparsers(dest="action", metavar="ACTION", required=True)
    record = actions.add_parser("record", help="committee: record a decision for a cell's "
                                "next downward bundle")
    record.add_argument("--cell", required=True, metavar="CODE")
    record.add_argument("--member", required=True, metavar="ID")
    record.add_argument("--kind", required=True, choices=DECISION_KINDS)
    record.add_argument("--number", required=True, metavar="N")
    record.add_argument("--date", required=True, type=iso_date,
                        metavar="YYYY-MM-DD")
    record.add_argument("--level", choices=["reprimand", "warning", "removal_from_post"],
                        help="discipline: the level (default reprimand)")
    record.add_argument("--years", type=whole_number, help="badge: the years of membership "
                        "(default 30)")
    record.set_defaults(handler=run_record)
    listing = actions.add_parser("list", help="cell: the committee's decisions received")
    listing.add_argument("--format", choices=["table", "json"], default="table")
    listing.set_defaults(handler=run_list_decisions)

    notices = commands.add_parser("notices", help="the committee's notices to its cells")
    actions = notices.add_subparsers(dest="action", metavar="ACTION", required=True)
    add = actions.add_parser("add", help="committee: a notice for cells' next bundles")
    target = add.add_mutually_exclusive_group(required=True)
    target.add_argument("--cell", action="append", metavar="CODE", dest="cells")
    target.add_argument("--all", action="store_true", help="every enrolled cell")
    add.add_argument("--title", required=True)
    add.add_argument("--text", default="")
    add.add_argument("--attach", type=Path, metavar="FILE.pdf")
    add.set_defaults(handler=run_add_notice)
    nlist = actions.add_parser("list", help="cell: the notices received")
    nlist.add_argument("--format", choices=["table", "json"], default="table")
    nlist.set_defaults(handler=run_list_notices)


def run_record(args: argparse.Namespace) -> int:
    from partydesk.services.committee.decisions import record_decision

    with opened(args) as inst:
        decision_id = record_decision(inst.db, inst.organisation, args.cell, args.member,
                                      args.kind, args.number, args.date, args.level,
                                      args.years)
    say(message(QT_TRANSLATE_NOOP(
        "Cli", "Recorded decision {id}; it goes to {cell} in its next bundle."),
        id=decision_id, cell=args.cell))
    return 0


def run_add_notice(args: argparse.Namespace) -> int:
    from partydesk.services.committee.decisions import add_notice

    with opened(args) as inst:
        codes = add_notice(inst.db, inst.organisation, None if args.all else args.cells,
                           args.title, args.text, args.attach)
    say(message(QT_TRANSLATE_NOOP(
        "Cli", "The notice goes to {cells} in their next bundles."), cells=", ".join(codes)))
    return 0


def run_list_decisions(args: argparse.Namespace) -> int:
    from partydesk.services.bundles.history import received_decisions

    with opened(args) as inst:
        rows = received_decisions(inst.db)
    if args.format == "json":
        print_json([{**r, "applied": bool(r["applied"])} for r in rows])
        return 0
    for r in rows:
        print(f"{r['decided_on']}  {r['kind']:<10} {r['number']:<10} {r['member_id']}  "
              + ("✓" if r["applied"] else f"✗ {r['refusal']}"))
    return 0


def run_list_notices(args: argparse.Namespace) -> int:
    from partydesk.services.bundles.history import received_notices

    with opened(args) as inst:
        rows = received_notices(inst.db)
    if args.format == "json":
        print_json(rows)
        return 0
    for r in rows:
        print(f"{r['created_at'][:10]}  {r['title']}"
              + (f"  [{r['attachment_name']}]" if r["attachment_name"] else ""))
    return 0


def run_import_downward(args: argparse.Namespace, inst: Installation) -> int:
    from partydesk.services.bundles.downward_import import import_downward
    result = import_downward(inst.db, inst.organisation, inst.paths.keys_dir, args.files[0],
                             date.today(), dry_run=args.dry_run,
                             describe=lambda exc: render(getattr(exc, "message", str(exc))),
                             before_apply=backup_before(inst, "import"))
    bundle = result.bundle
    header = bundle.header
    if bundle.restore and not bundle.duplicate:
        members = len(bundle.payload.tables.get("members", ([], []))[1])
        say(message(QT_TRANSLATE_NOOP(
            "Cli", "Restore bundle number {sequence} from {sender}: the register as the "
            "committee received it in bundle number {last}, {members} members."),
            sequence=header.sequence, sender=header.sender,
            last=bundle.payload.last_sequence, members=members))
        key_followed(bundle)
        say(message(QT_TRANSLATE_NOOP("Cli", "Dry run: nothing was changed.")) if args.dry_run
            else message(QT_TRANSLATE_NOOP("Cli", "Imported.")))
        return 0
    if bundle.duplicate:
        say(message(QT_TRANSLATE_NOOP(
            "Cli", "Bundle number {sequence} from {sender} was already imported; nothing "
            "changed."), sequence=header.sequence, sender=header.sender))
        return 0
    say(message(QT_TRANSLATE_NOOP(
        "Cli", "Bundle number {sequence} from {sender}, made {created}: {decisions} new "
        "decisions, {notices} new notices."), sequence=header.sequence, sender=header.sender,
        created=header.created_at, decisions=len(bundle.new_decisions),
        notices=len(bundle.new_notices)))
    for decision in bundle.new_decisions:
        print(f"  {decision['decided_on']}  {decision['kind']}  {decision['number']}  "
              f"{decision['member_id']}")
        if decision["id"] in result.refused:
            print(f"    ✗ {result.refused[decision['id']]}")
    for notice in bundle.new_notices:
        print(f"  {notice['title']}")
    for setting in bundle.new_settings:
        say(message(QT_TRANSLATE_NOOP(
            "Cli", "Setting from the committee: {key} = {value} from {since}."),
            key=setting["key"], value=setting["value"], since=setting["since"]))
    for transfer in bundle.new_transfers:
        say(message(QT_TRANSLATE_NOOP(
            "Cli", "Member transferred from {cell}, waiting to be accepted: {name} ({id})."),
            cell=transfer["from_cell"], name=transfer["dossier"]["record"].get("full_name"),
            id=transfer["member_id"]))
    receipt_line(bundle, inst.organisation.is_committee)
    key_followed(bundle)
    if args.dry_run:
        say(message(QT_TRANSLATE_NOOP("Cli", "Dry run: nothing was changed.")))
    else:
        say(message(QT_TRANSLATE_NOOP("Cli", "Imported.")))
    return 0


def key_followed(bundle) -> None:
    """The higher committee changed its key: say which key is trusted from now on."""
    if bundle.key_changed:
        from partydesk.services.setup.keys import fingerprint

        say(message(QT_TRANSLATE_NOOP(
            "Cli", "{sender} has a new signing key, {fingerprint}, certified by the key on "
            "record: it is trusted from this import on, and the old key no longer."),
            sender=bundle.header.sender, fingerprint=fingerprint(bundle.header.signing_key)))


def receipt_line(bundle, on_commune: bool) -> None:
    """What the higher committee says it holds of ours (a commune: its roll-ups)."""
    receipt = bundle.payload.content.receipt
    if receipt and on_commune:
        say(message(QT_TRANSLATE_NOOP(
            "Cli", "{sender} has received roll-up number {sequence} of {date}."),
            sender=bundle.header.sender, sequence=receipt["sequence"],
            date=receipt["created_at"][:10]))
    elif receipt:
        say(message(QT_TRANSLATE_NOOP(
            "Cli", "The committee has received bundle number {sequence} of {date}."),
            sequence=receipt["sequence"], date=receipt["created_at"][:10]))


def run_import_downward_many(args: argparse.Namespace, inst: Installation) -> int:
    """Several downward bundles (a cell's from its committee, a commune's from its
    province): imported one by one in the order of their numbers, so the end state is
    the newest one's whatever order they were given in; a refused file is reported and
    does not stop the others (exit 1)."""
    from partydesk.domain.errors import PartyDeskError

    status = 0
    for path in sorted(args.files, key=_sequence):
        try:
            run_import_downward(argparse.Namespace(**{**vars(args), "files": [path]}), inst)
        except PartyDeskError as refusal:
            fail(message(QT_TRANSLATE_NOOP("Cli", "{file}: {reason}"), file=str(path),
                         reason=render(refusal.message)))
            status = 1
    return status


def _sequence(path: Path) -> int:
    """The number in the bundle's bag (0 for a file that cannot be read: its import
    then says why)."""
    from partydesk.services.bundles.bag import parse_header
    from partydesk.services.bundles.container import open_container, read_bundle_bytes
    from partydesk.services.bundles.errors import BundleError

    try:
        return parse_header(open_container(read_bundle_bytes(path))).sequence
    except BundleError:
        return 0
