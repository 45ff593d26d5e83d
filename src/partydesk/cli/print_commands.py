"""``print KIND … -o FILE.pdf``: the cell's documents in the party's format.

Every kind builds its document before touching the output file, so an unknown
id is refused in one line and nothing is written.
"""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from partydesk.domain.messages import QT_TRANSLATE_NOOP, message
from partydesk.paths import resolve_paths
from partydesk.services.printing.documents import (
    print_member_list,
    print_minutes,
    print_notice,
    print_resolution,
    print_signin_sheet,
)
from partydesk.services.setup.installation import Installation

from .output import say

# kind → (help, argument name, metavar, print function)
BY_ID = {
    "minutes": ("the minutes of a meeting (biên bản)", "meeting_id", "MEETING_ID",
                print_minutes),
    "notice": ("the notice of a meeting (thông báo)", "meeting_id", "MEETING_ID",
               print_notice),
    "signin": ("the sign-in sheet of a meeting (danh sách dự họp)", "meeting_id",
               "MEETING_ID", print_signin_sheet),
    "resolution": ("a resolution (nghị quyết)", "document_id", "RESOLUTION_ID",
                   print_resolution),
}


def _output(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("-o", "--output", required=True, type=Path, metavar="FILE.pdf")


def register(commands: argparse._SubParsersAction) -> None:
    printing = commands.add_parser("print", help="print a document to a PDF file")
    kinds = printing.add_subparsers(dest="kind", metavar="KIND", required=True)
    members = kinds.add_parser("members", help="the member list (sổ danh sách đảng viên)")
    _output(members)
    members.add_argument("--as-of", type=date.fromisoformat, default=None,
                         metavar="YYYY-MM-DD")
    members.set_defaults(handler=run_print_members)
    for kind, (text, dest, metavar, _printer) in BY_ID.items():
        parser = kinds.add_parser(kind, help=text)
        parser.add_argument(dest, metavar=metavar)
        _output(parser)
        parser.set_defaults(handler=run_print_by_id, id_argument=dest)


def run_print_members(args: argparse.Namespace) -> int:
    with Installation.acquire(resolve_paths(args.data_dir)) as installation:
        organisation = installation.open_register()
        written = print_member_list(installation.db, organisation,
                                    args.as_of or date.today(), args.output)
    return _wrote(written)


def run_print_by_id(args: argparse.Namespace) -> int:
    printer = BY_ID[args.kind][3]
    with Installation.acquire(resolve_paths(args.data_dir)) as installation:
        organisation = installation.open_register()
        written = printer(installation.db, organisation, getattr(args, args.id_argument),
                          args.output)
    return _wrote(written)


def _wrote(path: Path) -> int:
    say(message(QT_TRANSLATE_NOOP("Cli", "Wrote {path}."), path=str(path)))
    return 0
