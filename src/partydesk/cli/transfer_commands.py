"""``transfers list|forward|accept``: members moving between cells of one committee."""

from __future__ import annotations

import argparse
from datetime import date

from partydesk.domain.messages import QT_TRANSLATE_NOOP, message

from .bundle_commands import opened
from .output import print_json, say


def register(commands: argparse._SubParsersAction) -> None:
    transfers = commands.add_parser("transfers", help="members moving between the cells "
                                    "of one committee")
    actions = transfers.add_subparsers(dest="action", metavar="ACTION", required=True)
    listing = actions.add_parser("list", help="committee: members in transit; cell: "
                                 "dossiers received")
    listing.add_argument("--format", choices=["table", "json"], default="table")
    listing.set_defaults(handler=run_list)
    forward = actions.add_parser("forward", help="committee: send a member's dossier in "
                                 "the new cell's next bundle")
    forward.add_argument("member_id", metavar="MEMBER_ID")
    forward.add_argument("--to-cell", required=True, metavar="CODE")
    forward.set_defaults(handler=run_forward)
    accept = actions.add_parser("accept", help="cell: take in a member whose dossier came "
                                "from the committee")
    accept.add_argument("member_id", metavar="MEMBER_ID")
    accept.add_argument("--date", required=True, type=date.fromisoformat,
                        metavar="YYYY-MM-DD")
    accept.set_defaults(handler=run_accept)


def run_list(args: argparse.Namespace) -> int:
    from partydesk.services.transfers.cell import incoming
    from partydesk.services.transfers.committee import transit

    with opened(args) as inst:
        committee = inst.organisation.is_committee
        rows = transit(inst.db, inst.organisation) if committee else incoming(
            inst.db, inst.organisation)
    if args.format == "json":
        print_json(rows)
        return 0
    for row in rows:
        if committee:
            print(f"{row['left_on'] or '':<10}  {row['from_cell']:<8} → "
                  f"{row['to_cell'] or row['to_place'] or '?':<20} {row['state']:<9} "
                  f"{row['full_name']}  {row['member_id']}")
        else:
            print(f"{row['left_on'] or '':<10}  {row['from_cell']:<8} {row['state']:<9} "
                  f"{row['full_name']}  {row['member_id']}")
    return 0


def run_forward(args: argparse.Namespace) -> int:
    from partydesk.services.transfers.committee import forward

    with opened(args) as inst:
        moving = forward(inst.db, inst.organisation, args.member_id, args.to_cell)
    say(message(QT_TRANSLATE_NOOP(
        "Cli", "The dossier of {name} goes from {from_cell} to {to_cell} in its next "
        "bundle."), name=moving["full_name"], from_cell=moving["from_cell"],
        to_cell=args.to_cell))
    return 0


def run_accept(args: argparse.Namespace) -> int:
    from partydesk.services.transfers.cell import accept

    with opened(args) as inst:
        status = accept(inst.db, inst.organisation, args.member_id, args.date)
    say(message(QT_TRANSLATE_NOOP(
        "Cli", "Member {id} transferred in on {date}; status {status}."),
        id=args.member_id, date=args.date.isoformat(), status=status))
    return 0
