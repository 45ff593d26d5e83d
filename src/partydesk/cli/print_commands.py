"""``print KIND … -o FILE.pdf`` and ``verify CODE``: the cell's documents in the party's format.

Every kind builds its document before touching the output file, so an unknown
id, or a document that would print with no signer's name, is refused in one
line and nothing is written. ``--signer`` gives the name to sign with when the
register has no secretary recorded; ``--date`` dates a notice or letter.
"""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path
from typing import Any

from partydesk.cli.arg_types import iso_date
from partydesk.domain.messages import QT_TRANSLATE_NOOP, message
from partydesk.paths import resolve_paths
from partydesk.services.printing.books import (
    print_member_book,
    print_transfer_book,
    print_transfer_letter,
)
from partydesk.services.printing.documents import (
    print_member_list,
    print_minutes,
    print_notice,
    print_resolution,
    print_signin_sheet,
)
from partydesk.services.printing.text import short_date
from partydesk.services.printing.verification import KIND_WORDS, verify
from partydesk.services.setup.installation import Installation

from .output import say

# kind → (help, argument name, metavar, print function, options it takes)
BY_ID = {
    "minutes": ("the minutes of a meeting (biên bản)", "meeting_id", "MEETING_ID",
                print_minutes, ()),
    "notice": ("the notice of a meeting (thông báo)", "meeting_id", "MEETING_ID",
               print_notice, ("issued_on", "signer")),
    "signin": ("the sign-in sheet of a meeting (danh sách dự họp)", "meeting_id",
               "MEETING_ID", print_signin_sheet, ()),
    "resolution": ("a resolution (nghị quyết)", "document_id", "RESOLUTION_ID",
                   print_resolution, ("signer",)),
    "transfer-letter": ("the transfer letter of a member (giấy giới thiệu sinh hoạt đảng)",
                        "member_id", "MEMBER_ID", print_transfer_letter,
                        ("issued_on", "signer")),
}
# kind → (help, print function): whole-register documents, dated --as-of
REGISTER = {
    "members": ("the member list (danh sách đảng viên)", print_member_list),
    "member-book": ("the member list book, mẫu 7-HSĐV (sổ danh sách đảng viên)",
                    print_member_book),
    "transfer-book": ("the transfer book (sổ giới thiệu sinh hoạt đảng)",
                      print_transfer_book),
}


def _output(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("-o", "--output", required=True, type=Path, metavar="FILE.pdf")
    parser.add_argument("--signer", default=None, metavar="NAME",
                        help="name to sign with (default: the secretary recorded)")


def register(commands: argparse._SubParsersAction) -> None:
    printing = commands.add_parser("print", help="print a document to a PDF file")
    kinds = printing.add_subparsers(dest="kind", metavar="KIND", required=True)
    for kind, (text, _printer) in REGISTER.items():
        parser = kinds.add_parser(kind, help=text)
        _output(parser)
        parser.add_argument("--as-of", type=iso_date, default=None,
                            metavar="YYYY-MM-DD")
        parser.set_defaults(handler=run_print_register)
    for kind, (text, dest, metavar, _printer, options) in BY_ID.items():
        parser = kinds.add_parser(kind, help=text)
        parser.add_argument(dest, metavar=metavar)
        _output(parser)
        if "issued_on" in options:
            parser.add_argument("--date", dest="issued_on", type=iso_date,
                                default=None, metavar="YYYY-MM-DD",
                                help="the date printed on it (default: today)")
        parser.set_defaults(handler=run_print_by_id, id_argument=dest)
    checking = commands.add_parser(
        "verify", help="find the signed document printed with a verification code")
    checking.add_argument("code", metavar="CODE")
    checking.set_defaults(handler=run_verify)


def run_print_register(args: argparse.Namespace) -> int:
    printer = REGISTER[args.kind][1]
    with Installation.acquire(resolve_paths(args.data_dir)) as installation:
        organisation = installation.open_register()
        written = printer(installation.db, organisation, args.as_of or date.today(),
                          args.output, signer=args.signer)
    return _wrote(written)


def run_print_by_id(args: argparse.Namespace) -> int:
    printer, options = BY_ID[args.kind][3], BY_ID[args.kind][4]
    extra: dict[str, Any] = {name: getattr(args, name) for name in options}
    with Installation.acquire(resolve_paths(args.data_dir)) as installation:
        organisation = installation.open_register()
        written = printer(installation.db, organisation, getattr(args, args.id_argument),
                          args.output, **extra)
    return _wrote(written)


def run_verify(args: argparse.Namespace) -> int:
    with Installation.acquire(resolve_paths(args.data_dir)) as installation:
        installation.open_register()
        found = verify(installation.db, args.code)
    kind = KIND_WORDS[found.kind]
    issued = short_date(date.fromisoformat(found.issued_on))
    number = f" số {found.number}" if found.number else ""
    print(f"{found.code}: {kind}{number}, ngày {issued}")
    if found.cell_code:
        print(f"Chi bộ: {found.cell_code}")
    if found.title.strip():
        print(f"Trích yếu: {found.title}")
    for label, value in found.figures:
        print(f"{label}: {value}")
    return 0


def _wrote(path: Path) -> int:
    say(message(QT_TRANSLATE_NOOP("Cli", "Wrote {path}."), path=str(path)))
    return 0
