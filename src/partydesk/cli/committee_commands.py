"""Committee views: ``cells list`` and the consolidated ``members list``.

``members list`` for a cell's own register lives in member_commands.py on another
branch; when both meet, that command calls :func:`list_committee_members` when the
register belongs to a committee, and this module stops registering ``members``.
"""

from __future__ import annotations

import argparse

from partydesk.domain.messages import QT_TRANSLATE_NOOP, message
from partydesk.i18n import render
from partydesk.paths import resolve_paths
from partydesk.services.committee.cells import cells_overview, committee_members
from partydesk.services.setup.installation import Installation

from .output import print_json

CELL_HEADINGS = [
    ("code", QT_TRANSLATE_NOOP("Cli", "Code")),
    ("name", QT_TRANSLATE_NOOP("Cli", "Name")),
    ("last_sequence", QT_TRANSLATE_NOOP("Cli", "Last bundle")),
    ("last_bundle_at", QT_TRANSLATE_NOOP("Cli", "Made on")),
    ("members", QT_TRANSLATE_NOOP("Cli", "Members")),
    ("fingerprint", QT_TRANSLATE_NOOP("Cli", "Key fingerprint")),
]
MEMBER_HEADINGS = [
    ("cell_code", QT_TRANSLATE_NOOP("Cli", "Cell")),
    ("full_name", QT_TRANSLATE_NOOP("Cli", "Full name")),
    ("birth_date", QT_TRANSLATE_NOOP("Cli", "Date of birth")),
    ("status", QT_TRANSLATE_NOOP("Cli", "Status")),
    ("card_number", QT_TRANSLATE_NOOP("Cli", "Card number")),
]


def register(commands: argparse._SubParsersAction) -> None:
    cells = commands.add_parser("cells", help="committee: the enrolled cells")
    actions = cells.add_subparsers(dest="action", metavar="ACTION", required=True)
    listing = actions.add_parser("list", help="each cell with its last bundle")
    listing.add_argument("--format", choices=["table", "json"], default="table")
    listing.set_defaults(handler=run_cells_list)
    if "members" not in commands.choices:
        members = commands.add_parser("members", help="the register of members")
        member_actions = members.add_subparsers(dest="action", metavar="ACTION",
                                                required=True)
        mlist = member_actions.add_parser("list", help="list members")
        mlist.add_argument("--format", choices=["table", "json"], default="table")
        mlist.set_defaults(handler=list_committee_members)


def run_cells_list(args: argparse.Namespace) -> int:
    with Installation.acquire(resolve_paths(args.data_dir)) as inst:
        organisation = inst.open_register()
        cells = cells_overview(inst.db, organisation)
    show(cells, CELL_HEADINGS, args.format)
    return 0


def list_committee_members(args: argparse.Namespace) -> int:
    """The consolidated register: every member of every cell, with the cell's code."""
    with Installation.acquire(resolve_paths(args.data_dir)) as inst:
        organisation = inst.open_register()
        members = committee_members(inst.db, organisation)
    show(members, MEMBER_HEADINGS, args.format)
    return 0


def show(rows: list[dict], headings: list, form: str) -> None:
    if form == "json":
        print_json(rows)
        return
    titles = [render(message(text)) for _, text in headings]
    table = [[("" if row[key] is None else str(row[key])) for key, _ in headings]
             for row in rows]
    widths = [max([len(t), *(len(r[i]) for r in table)]) for i, t in enumerate(titles)]
    for line in [titles, *table]:
        print("  ".join(cell.ljust(width) for cell, width in zip(line, widths, strict=True))
              .rstrip())
