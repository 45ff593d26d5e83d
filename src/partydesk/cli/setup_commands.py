"""``init`` and ``demo``: set up an installation and fill it with demo data."""

from __future__ import annotations

import argparse
from pathlib import Path

from partydesk.cli.arg_types import iso_date, whole_number
from partydesk.domain.messages import QT_TRANSLATE_NOOP, message
from partydesk.domain.organisation import Role
from partydesk.paths import resolve_paths
from partydesk.services.bundles.enrolment import read_enrolment
from partydesk.services.bundles.errors import ENROLMENT_LEVEL, BundleError
from partydesk.services.demo.register import fill_demo_register
from partydesk.services.meetings.drafts import list_meetings
from partydesk.services.setup.first_run import (
    AlreadyInitialisedError,
    initialise,
    initialise_from_enrolment,
)
from partydesk.services.setup.installation import Installation
from partydesk.services.setup.keys import fingerprint
from partydesk.services.setup.passphrase import obtain

from .output import say


def register(commands: argparse._SubParsersAction) -> None:
    init = commands.add_parser("init", help="set up a new cell or committee register")
    init.add_argument("--role", choices=[r.value for r in Role])
    init.add_argument("--name", help='e.g. "Chi bộ thôn Đồng Tâm"')
    init.add_argument("--code", help="short code, e.g. CB01")
    init.add_argument("--enrollment", "--enrolment", type=Path, metavar="FILE",
                      help="set up a cell (or, with --role committee, a commune) from its "
                           "higher committee's enrolment file (gives the role, name, code "
                           "and higher committee)")
    init.add_argument("--higher", default="", help="the higher committee's name")
    init.add_argument("--term", default="", help='term, e.g. "2025-2030"')
    init.add_argument("--secretary", default="", help="the secretary's full name")
    init.set_defaults(handler=run_init)

    demo = commands.add_parser("demo", help="fill an empty register with invented demo data")
    demo.add_argument("--members", type=whole_number, required=True, metavar="N")
    demo.add_argument("--seed", type=whole_number, default=1, metavar="S")
    demo.add_argument("--as-of", type=iso_date, default=None, metavar="YYYY-MM-DD",
                      help="the day the demo data is as of (default: today)")
    demo.add_argument("--meetings-months", type=whole_number, default=None, metavar="M",
                      help="months of demo meetings and resolutions (default: 24 for up to "
                           "2,000 members, none above)")
    demo.set_defaults(handler=run_demo)


def run_init(args: argparse.Namespace) -> int:
    if args.enrollment is not None:
        if args.name or args.code or args.higher:
            args.parser_error("--enrollment gives the role, name, code and higher committee")
        enrolment = read_enrolment(args.enrollment)     # refused before any folder is made
        if args.role not in (None, Role(enrolment.level).value):
            raise BundleError(ENROLMENT_LEVEL, level=enrolment.level)
    elif not (args.role and args.name is not None and args.code is not None):
        args.parser_error("--role, --name and --code are required (or --enrollment FILE)")
    paths = resolve_paths(args.data_dir)
    if paths.database.exists():
        raise AlreadyInitialisedError(paths.data_dir)    # before asking for a passphrase
    passphrase = obtain(choosing=True)                    # before any folder is made
    installation = Installation.acquire(paths, create=True)
    try:
        if args.enrollment is not None:
            organisation = initialise_from_enrolment(installation, enrolment, args.term,
                                                     args.secretary, passphrase)
        else:
            organisation = initialise(installation, Role(args.role), args.name, args.code,
                                      args.higher, args.term, args.secretary,
                                      passphrase=passphrase)
    except BaseException:
        installation.release(refused=True)
        raise
    installation.release()
    say(message(QT_TRANSLATE_NOOP("Cli", "Set up {name} ({code}) in {folder}."),
                name=organisation.name, code=organisation.code,
                folder=str(installation.paths.data_dir)))
    say(message(QT_TRANSLATE_NOOP("Cli", "Signing key fingerprint: {fingerprint}"),
                fingerprint=fingerprint(bytes.fromhex(organisation.signing_public_key))))
    if args.enrollment is not None:
        say(message(QT_TRANSLATE_NOOP(
            "Cli", "Enrolled with {committee} ({code}); its key fingerprint: {fingerprint}"),
            committee=enrolment.committee_name, code=enrolment.committee_code,
            fingerprint=fingerprint(bytes.fromhex(enrolment.committee_signing_key))))
    return 0


def run_demo(args: argparse.Namespace) -> int:
    if args.members < 1:
        args.parser_error("--members must be at least 1")
    if args.meetings_months is not None and not 0 <= args.meetings_months <= 120:
        args.parser_error("--meetings-months must be between 0 and 120")
    with Installation.acquire(resolve_paths(args.data_dir)) as installation:
        installation.open_register()
        written = fill_demo_register(installation.db, args.members, args.seed, args.as_of,
                                     meetings_months=args.meetings_months)
        meetings = len(list_meetings(installation.db))
    say(message(QT_TRANSLATE_NOOP("Cli", "Added {count} demo members."), count=written))
    if meetings:
        say(message(QT_TRANSLATE_NOOP("Cli", "Added {count} demo meetings with their "
                                             "resolutions."), count=meetings))
    return 0
