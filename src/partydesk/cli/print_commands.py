"""``print KIND … -o FILE.pdf``: the cell's documents in the party's format."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from partydesk.domain.messages import QT_TRANSLATE_NOOP, message
from partydesk.paths import resolve_paths
from partydesk.services.documents import print_member_list
from partydesk.services.installation import Installation

from .output import say


def register(commands: argparse._SubParsersAction) -> None:
    printing = commands.add_parser("print", help="print a document to a PDF file")
    kinds = printing.add_subparsers(dest="kind", metavar="KIND", required=True)
    members = kinds.add_parser("members", help="the member list (sổ danh sách đảng viên)")
    members.add_argument("-o", "--output", required=True, type=Path, metavar="FILE.pdf")
    members.add_argument("--as-of", type=date.fromisoformat, default=None,
                         metavar="YYYY-MM-DD")
    members.set_defaults(handler=run_print_members)


def run_print_members(args: argparse.Namespace) -> int:
    with Installation.acquire(resolve_paths(args.data_dir)) as installation:
        organisation = installation.open_register()
        written = print_member_list(installation.db, organisation,
                                    args.as_of or date.today(), args.output)
    say(message(QT_TRANSLATE_NOOP("Cli", "Wrote {path}."), path=str(written)))
    return 0
