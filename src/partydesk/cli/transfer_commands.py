"""``transfers list|forward|accept``: members moving between cells of one committee."""

from __future__ import annotations

import argparse
from datetime import date

from partydesk.cli.arg_types import iso_date
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
    accept.add_argument("--date", required=True, type=iso_date,
                        metavar="YYYY-MM-DD")
    accept.set_defaults(handler=run_accept)
    _register_arrive(actions)
    expect = actions.add_parser("expect", help="cell: note that a member must move "
                                "(retirement, new job…): reminded to start the transfer")
    expect.add_argument("member_id", metavar="MEMBER_ID")
    expect.add_argument("--moving-on", required=True, type=iso_date,
                        metavar="YYYY-MM-DD", help="the day of the decision behind the move")
    expect.add_argument("--to", default="", metavar="PLACE")
    expect.set_defaults(handler=run_expect)


def _register_arrive(actions) -> None:
    arrive = actions.add_parser("arrive", help="cell: a member arriving from outside the "
                                "committee, recorded by hand from the transfer letter")
    arrive.add_argument("--letter-number", required=True, metavar="N")
    arrive.add_argument("--from", required=True, dest="from_place", metavar="PLACE",
                        help="the organisation that issued the letter")
    arrive.add_argument("--date", required=True, type=iso_date,
                        metavar="YYYY-MM-DD", help="the day the member presented the letter")
    arrive.add_argument("--letter-date", type=iso_date, metavar="YYYY-MM-DD")
    arrive.add_argument("--name", required=True, metavar="FULL_NAME")
    arrive.add_argument("--sex", required=True, choices=["male", "female"])
    arrive.add_argument("--birth-date", required=True, type=iso_date,
                        metavar="YYYY-MM-DD")
    arrive.add_argument("--admitted-on", required=True, type=iso_date,
                        metavar="YYYY-MM-DD", help="admission decision (from the letter)")
    arrive.add_argument("--ceremony-on", type=iso_date, metavar="YYYY-MM-DD")
    arrive.add_argument("--official-on", type=iso_date, metavar="YYYY-MM-DD")
    arrive.add_argument("--card", default="", metavar="NUMBER")
    arrive.add_argument("--temporary", action="store_true", help="a temporary transfer: "
                        "the member attends here and stays on the home register")
    arrive.set_defaults(handler=run_arrive)


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


def run_arrive(args: argparse.Namespace) -> int:
    from partydesk.domain.member import Sex
    from partydesk.services.transfers.arrival import Letter, arrive

    letter = Letter(args.letter_number, args.from_place, args.name, Sex(args.sex),
                    args.birth_date, args.admitted_on, args.ceremony_on, args.official_on,
                    args.card, args.letter_date, args.temporary)
    with opened(args) as inst:
        member_id, status = arrive(inst.db, inst.organisation, letter, args.date,
                                   date.today())
    say(message(QT_TRANSLATE_NOOP(
        "Cli", "{name} arrived on {date} with letter {number} from {place}: member {id}, "
        "status {status}."), name=args.name, date=args.date.isoformat(),
        number=args.letter_number, place=args.from_place, id=member_id, status=status))
    return 0


def run_expect(args: argparse.Namespace) -> int:
    from partydesk.services.transfers.deadlines import expect_move

    with opened(args) as inst:
        due = expect_move(inst.db, args.member_id, args.moving_on, args.to)
    say(message(QT_TRANSLATE_NOOP(
        "Cli", "Noted: member {id} moves from {date}; the transfer must be started by "
        "{due}."), id=args.member_id, date=args.moving_on.isoformat(), due=due.isoformat()))
    return 0
