"""The committee's desk across its cells (``desk``) and members who appear in two cells
(``duplicates list|resolve``); the warning lines ``bundle import`` prints when a
bundle brings a member another cell already has."""

from __future__ import annotations

import argparse
from datetime import date

from partydesk.cli.arg_types import iso_date
from partydesk.domain.messages import QT_TRANSLATE_NOOP, message
from partydesk.i18n import render

from .bundle_commands import opened
from .output import print_json, say, warn

REASONS = {"card_number": QT_TRANSLATE_NOOP("Cli", "same card number"),
           "name_and_birth_date": QT_TRANSLATE_NOOP("Cli", "same name and birth date")}


def register(commands: argparse._SubParsersAction) -> None:
    desk = commands.add_parser("desk", help="committee: the desk across its cells")
    desk.add_argument("--format", choices=["table", "json"], default="table")
    desk.add_argument("--as-of", type=iso_date, metavar="YYYY-MM-DD",
                      help="the day to count from (default today)")
    desk.set_defaults(handler=run_desk)
    duplicates = commands.add_parser("duplicates", help="committee: members who appear "
                                     "in two cells")
    actions = duplicates.add_subparsers(dest="action", metavar="ACTION", required=True)
    listing = actions.add_parser("list", help="the pairs not resolved yet")
    listing.add_argument("--all", action="store_true", help="resolved pairs as well")
    listing.add_argument("--format", choices=["table", "json"], default="table")
    listing.set_defaults(handler=run_list)
    resolve = actions.add_parser("resolve", help="mark a pair as checked")
    resolve.add_argument("pair_id", metavar="ID")
    verdict = resolve.add_mutually_exclusive_group(required=True)
    verdict.add_argument("--not-same", dest="verdict", action="store_const",
                         const="not_same", help="two different people")
    verdict.add_argument("--same-person", dest="verdict", action="store_const",
                         const="same_person", help="one person, to settle with the cells")
    resolve.add_argument("--note", default="")
    resolve.set_defaults(handler=run_resolve)


def warn_duplicates(pairs: list[dict]) -> None:
    for pair in pairs:
        warn(message(QT_TRANSLATE_NOOP(
            "Cli", "{name_a} ({cell_a}) and {name_b} ({cell_b}) may be the same member "
            "({reason}); see \"partydesk duplicates list\"."),
            name_a=pair["name_a"], cell_a=pair["cell_a"], name_b=pair["name_b"],
            cell_b=pair["cell_b"], reason=render(message(REASONS[pair["reason"]]))))


def run_desk(args: argparse.Namespace) -> int:
    from partydesk.services.committee.desk import committee_desk

    with opened(args) as inst:
        desk = committee_desk(inst.db, inst.organisation, args.as_of or date.today())
    if args.format == "json":
        print_json(desk)
        return 0
    from .desk_table import print_desk

    print_desk(desk)
    return 0


def run_list(args: argparse.Namespace) -> int:
    from partydesk.services.committee.duplicates import list_pairs

    with opened(args) as inst:
        pairs = list_pairs(inst.db, inst.organisation, args.all)
    if args.format == "json":
        print_json(pairs)
        return 0
    for p in pairs:
        state = f"  [{p['verdict']}]" if p["verdict"] else ""
        print(f"{p['id']}  {p['cell_a']} {p['name_a']} {p['birth_a'] or ''} "
              f"{p['card_a'] or ''}  ~  {p['cell_b']} {p['name_b']} {p['birth_b'] or ''} "
              f"{p['card_b'] or ''}  ({render(message(REASONS[p['reason']]))}){state}")
    return 0


def run_resolve(args: argparse.Namespace) -> int:
    from partydesk.services.committee.duplicates import resolve_pair

    with opened(args) as inst:
        pair = resolve_pair(inst.db, inst.organisation, args.pair_id, args.verdict,
                            args.note)
    say(message(QT_TRANSLATE_NOOP(
        "Cli", "Resolved: {name_a} ({cell_a}) and {name_b} ({cell_b})."),
        name_a=pair["name_a"], cell_a=pair["cell_a"], name_b=pair["name_b"],
        cell_b=pair["cell_b"]))
    return 0
