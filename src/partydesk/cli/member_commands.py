"""``members list|show|import|export|template``: the register from the command line."""

from __future__ import annotations

import argparse
import csv
import json
import os
import sys
from collections.abc import Iterator
from itertools import chain
from pathlib import Path
from typing import Any

from partydesk.domain.member import MemberStatus, Sex
from partydesk.domain.member_labels import SEX_LABELS, STATUS_LABELS
from partydesk.domain.messages import QT_TRANSLATE_NOOP, message
from partydesk.i18n import render, translate
from partydesk.paths import resolve_paths
from partydesk.services.committee.cells import committee_member_rows
from partydesk.services.members.search import search_page
from partydesk.services.members.spreadsheets import apply, export_register, preview, write_template
from partydesk.services.setup.installation import Installation

from .member_event import add_event
from .member_name_commands import register_given_name
from .member_show import add_show
from .output import say

FIELDS = ["id", "full_name", "sex", "birth_date", "ethnicity", "religion", "status",
          "admitted_on", "ceremony_on", "official_on", "card_number"]
TABLE = [("full_name", QT_TRANSLATE_NOOP("MemberList", "Full name"), 28),
         ("sex", QT_TRANSLATE_NOOP("MemberList", "Sex"), 6),
         ("birth_date", QT_TRANSLATE_NOOP("MemberList", "Born"), 10),
         ("admitted_on", QT_TRANSLATE_NOOP("MemberList", "Admitted"), 10),
         ("official_on", QT_TRANSLATE_NOOP("MemberList", "Official"), 10),
         ("card_number", QT_TRANSLATE_NOOP("MemberList", "Card"), 10),
         ("status", QT_TRANSLATE_NOOP("MemberList", "Status"), 0)]
CELL_COLUMN = ("cell_code", QT_TRANSLATE_NOOP("MemberList", "Cell"), 6)


def register(commands: argparse._SubParsersAction) -> None:
    members = commands.add_parser("members", help="the member register")
    actions = members.add_subparsers(dest="action", metavar="ACTION", required=True)
    listing = actions.add_parser("list", help="list members in Vietnamese name order")
    listing.add_argument("--search", metavar="TEXT", help="words of the name, accents optional")
    listing.add_argument("--status", choices=[s.value for s in MemberStatus])
    listing.add_argument("--flag", choices=["exempt", "temporarily_away"],
                         help="only members exempted, or temporarily transferred out")
    listing.add_argument("--format", choices=["table", "csv", "json"], default="table")
    listing.set_defaults(handler=run_list)
    add_show(actions)
    add_event(actions)
    importing = actions.add_parser("import", help="add members from an .xlsx or .csv file")
    importing.add_argument("file", type=Path)
    importing.add_argument("--only-valid", action="store_true",
                           help="import the valid rows even if some rows have errors")
    importing.set_defaults(handler=run_import)
    exporting = actions.add_parser("export", help="write the register to .xlsx or .csv")
    exporting.add_argument("file", type=Path)
    exporting.set_defaults(handler=run_export)
    template = actions.add_parser("template", help="write a blank spreadsheet to fill in")
    template.add_argument("file", type=Path)
    template.set_defaults(handler=run_template)
    register_given_name(actions)


def _rows(db, text: str | None, status: str | None,
          flag: str | None = None) -> Iterator[dict[str, Any]]:
    after = None
    while True:
        page = search_page(db, text, status, after, limit=500, flag=flag)
        yield from page
        if len(page) < 500:
            return
        after = (page[-1]["sort_key"], page[-1]["id"])


def run_list(args: argparse.Namespace) -> int:
    with Installation.acquire(resolve_paths(args.data_dir)) as installation:
        organisation = installation.open_register()
        if organisation.is_committee:     # the consolidated register of its cells
            found = committee_member_rows(installation.db, organisation, args.search,
                                          args.status, args.flag)
            rows = ({"cell_code": r["cell_code"], **{f: r[f] for f in FIELDS}} for r in found)
        else:
            rows = ({f: r[f] for f in FIELDS} for r in _rows(installation.db, args.search,
                                                            args.status, args.flag))
        try:
            {"json": _print_json, "csv": _print_csv, "table": _print_table}[args.format](rows)
            sys.stdout.flush()
        except BrokenPipeError:        # the reader (head, less) stopped early: not an error
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    return 0


def _print_json(rows: Iterator[dict[str, Any]]) -> None:
    sys.stdout.write("[")
    for index, row in enumerate(rows):
        sys.stdout.write(("," if index else "") + "\n  " + json.dumps(row, ensure_ascii=False))
    sys.stdout.write("\n]\n")


def _print_csv(rows: Iterator[dict[str, Any]]) -> None:
    first = next(rows, None)
    writer = csv.DictWriter(sys.stdout, list(first) if first else FIELDS, lineterminator="\n")
    writer.writeheader()
    if first is not None:
        writer.writerow(first)
    writer.writerows(rows)


def _label(field: str, value: Any) -> str:
    if value is None:
        return ""
    if field == "sex":
        return translate(*SEX_LABELS[Sex(value)])
    if field == "status":
        return translate(*STATUS_LABELS[MemberStatus(value)])
    if field.endswith(("_date", "_on")):
        year, month, day = value.split("-")
        return f"{day}/{month}/{year}"
    return str(value)


def _print_table(rows: Iterator[dict[str, Any]]) -> None:
    first = next(rows, None)
    columns = ([CELL_COLUMN] if first and "cell_code" in first else []) + TABLE
    titles = [translate(*title) for _, title, _ in columns]
    widths = [max(w, len(t)) for (_, _, w), t in zip(columns, titles, strict=True)]

    def line(cells: list[str]) -> str:
        return "  ".join(c.ljust(w) for c, w in zip(cells, widths, strict=True)).rstrip()

    print(line(titles))
    for row in chain([first] if first else [], rows):
        print(line([_label(f, row[f]) for f, _, _ in columns]))


def run_import(args: argparse.Namespace) -> int:
    with Installation.acquire(resolve_paths(args.data_dir)) as installation:
        installation.open_register()
        checked = preview(installation.db, args.file)
        for error in checked.errors:
            reasons = "; ".join(render(r) for r in error.reasons)
            print(render(message(QT_TRANSLATE_NOOP("Cli", "row {row}: {reasons}"),
                                 row=error.row, reasons=reasons)), file=sys.stderr)
        if not checked.errors or args.only_valid:
            from partydesk.services.backups.local import before

            before(installation.db, installation.paths.backups_dir, "import")
        added = apply(installation.db, checked, only_valid=args.only_valid)
    say(message(QT_TRANSLATE_NOOP("Cli", "Members imported from {file}: {count}."),
                count=added, file=args.file.name))
    if checked.errors:
        say(message(QT_TRANSLATE_NOOP("Cli", "Rows skipped because of errors: {count}."),
                    count=len(checked.errors)))
    return 0


def run_export(args: argparse.Namespace) -> int:
    with Installation.acquire(resolve_paths(args.data_dir)) as installation:
        installation.open_register()
        count = export_register(installation.db, args.file)
    say(message(QT_TRANSLATE_NOOP("Cli", "Members exported to {file}: {count}."),
                count=count, file=str(args.file)))
    return 0


def run_template(args: argparse.Namespace) -> int:
    write_template(args.file)
    say(message(QT_TRANSLATE_NOOP("Cli", "Wrote a blank member spreadsheet to {file}."),
                file=str(args.file)))
    return 0
