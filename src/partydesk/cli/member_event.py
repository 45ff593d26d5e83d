"""``members event MEMBER_ID KIND --date DATE [options]``: one dated event of a member's
life, checked by the same rules as the app and written through the member aggregate."""

from __future__ import annotations

import argparse
from datetime import date

from partydesk.cli.arg_types import iso_date, whole_number
from partydesk.domain import events as ev
from partydesk.domain.events import EventKind, MemberEvent
from partydesk.domain.messages import QT_TRANSLATE_NOOP, message
from partydesk.paths import resolve_paths
from partydesk.services.setup.installation import Installation

from .output import say

OUT_KINDS = (EventKind.TRANSFER_OUT_OFFICIAL, EventKind.TRANSFER_OUT_TEMPORARY)
IN_KINDS = (EventKind.TRANSFER_IN_OFFICIAL, EventKind.TRANSFER_IN_TEMPORARY,
            EventKind.RETURN_FROM_TEMPORARY)
# kind → (options it takes, the required ones)
OPTIONS = {
    **{kind: (["--to"], []) for kind in OUT_KINDS},
    **{kind: (["--from"], []) for kind in IN_KINDS},
    EventKind.DISCIPLINE: (["--level"], ["--level"]),
    EventKind.CARD_ISSUED: (["--card"], ["--card"]),
    EventKind.BADGE_AWARDED: (["--years", "--gravely-ill"], ["--years"]),
    EventKind.YEARLY_GRADING: (["--year", "--level"], ["--year", "--level"]),
}
EPILOG = "kinds and their options:\n" + "\n".join(
    (f"  {kind.value:<24}" + " ".join(
        (opt if opt in OPTIONS.get(kind, ([], []))[1] else f"[{opt}]")
        for opt in OPTIONS.get(kind, ([], []))[0])).rstrip()
    for kind in EventKind)


def add_event(actions: argparse._SubParsersAction) -> None:
    event = actions.add_parser(
        "event", help="record one event of a member's life (rules checked as in the app)",
        epilog=EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter)
    event.add_argument("member_id", metavar="MEMBER_ID")
    event.add_argument("kind", metavar="KIND", choices=[k.value for k in EventKind],
                       help="the kind of event (listed below)")
    event.add_argument("--date", required=True, type=iso_date,
                       metavar="YYYY-MM-DD")
    event.add_argument("--to", metavar="PLACE", help="transfers out: where to (optional)")
    event.add_argument("--from", dest="origin", metavar="PLACE",
                       help="transfers in, return: where from (optional)")
    event.add_argument("--level", help="discipline: reprimand|warning|removal_from_post; "
                       "yearly_grading: outstanding|good|completed|not_completed")
    event.add_argument("--card", metavar="NUMBER", help="card_issued: the card number")
    event.add_argument("--years", type=whole_number, help="badge_awarded: years of membership")
    event.add_argument("--year", type=whole_number, help="yearly_grading: the year graded")
    event.add_argument("--gravely-ill", action="store_true",
                       help="badge_awarded: the member is gravely ill (up to 12 months early)")
    event.set_defaults(handler=run_event)


def build_event(args: argparse.Namespace) -> MemberEvent:
    kind = EventKind(args.kind)
    given = {"--to": args.to, "--from": args.origin, "--level": args.level,
             "--card": args.card, "--years": args.years, "--year": args.year,
             "--gravely-ill": args.gravely_ill or None}
    allowed, required = OPTIONS.get(kind, ([], []))
    for option, value in given.items():
        if value is not None and option not in allowed:
            args.parser_error(f"{kind.value} does not take {option}")
    for option in required:
        if given[option] is None:
            args.parser_error(f"{kind.value} needs {option}")
    try:
        if kind is EventKind.DISCIPLINE:
            return ev.discipline_event(args.date, args.level)
        if kind is EventKind.CARD_ISSUED:
            return ev.card_event(args.date, args.card)
        if kind is EventKind.BADGE_AWARDED:
            return ev.badge_event(args.date, args.years)
        if kind is EventKind.YEARLY_GRADING:
            return ev.grading_event(args.date, args.year, args.level)
    except ValueError:
        args.parser_error(f"{kind.value}: invalid --level {args.level}")
    place = args.to or args.origin
    return MemberEvent(kind, args.date, {ev.PLACE: place} if place else {})


def run_event(args: argparse.Namespace) -> int:
    from partydesk.services.members.lifecycle import record_event

    event = build_event(args)
    with Installation.acquire(resolve_paths(args.data_dir)) as installation:
        installation.open_register()
        state = record_event(installation.db, args.member_id, event, date.today(),
                             gravely_ill=args.gravely_ill)
    say(message(QT_TRANSLATE_NOOP(
        "Cli", "Recorded {kind} of {date}; the member is now {status}."),
        kind=event.kind.value, date=event.on.isoformat(), status=state.status.value))
    return 0
