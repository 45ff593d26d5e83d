"""``province communes|members|statistics|grading``: a province's views over the
roll-ups of its communes (issue 15), as a short table or ``--format json``."""

from __future__ import annotations

import argparse
from datetime import date

from partydesk.cli.arg_types import iso_date, whole_number
from partydesk.paths import resolve_paths
from partydesk.services.setup.installation import Installation

from .output import print_json


def register(commands: argparse._SubParsersAction) -> None:
    province = commands.add_parser("province", help="province: its communes' roll-ups")
    actions = province.add_subparsers(dest="action", metavar="ACTION", required=True)
    listing = actions.add_parser("communes", help="each commune and its cells: last "
                                 "roll-up and bundle, and who has not reported")
    listing.set_defaults(handler=run_communes)
    members = actions.add_parser("members", help="the consolidated register, paged")
    members.add_argument("--search", default="", metavar="TEXT",
                         help="words starting words of the name (accents ignored)")
    members.add_argument("--commune", metavar="CODE")
    members.add_argument("--cell", metavar="CODE")
    members.add_argument("--status")
    members.add_argument("--page", type=whole_number, default=1)
    members.add_argument("--per-page", type=whole_number, default=50)
    members.add_argument("--after", metavar="NEXT", help="the page after the one whose "
                         "\"next\" this is (faster than --page on a large register)")
    members.set_defaults(handler=run_members)
    stats = actions.add_parser("statistics", help="the statistics by commune and cell "
                               "and in total")
    stats.add_argument("--as-of", type=iso_date, default=None,
                       metavar="YYYY-MM-DD", help="default: 31 December of this year")
    stats.set_defaults(handler=run_statistics)
    grading = actions.add_parser("grading", help="the grading report by commune and cell")
    grading.add_argument("--year", type=whole_number, required=True)
    grading.add_argument("--quarter", type=whole_number, choices=[1, 2, 3, 4], default=None)
    grading.set_defaults(handler=run_grading)
    for parser in (listing, members, stats, grading):
        parser.add_argument("--format", choices=["table", "json"], default="table")


def _run(args: argparse.Namespace, view) -> dict:
    with Installation.acquire(resolve_paths(args.data_dir)) as inst:
        organisation = inst.open_register()
        return view(inst.db, organisation)


def _table(rows: list[list], args: argparse.Namespace) -> None:
    widths = [max(len(str(r[i])) for r in rows) for i in range(len(rows[0]))] if rows else []
    for row in rows:
        print("  ".join(str(v).ljust(w) for v, w in zip(row, widths, strict=True)).rstrip())


def run_communes(args: argparse.Namespace) -> int:
    from partydesk.services.rollup.views import reporting

    shown = _run(args, lambda db, org: reporting(db, org, date.today()))
    if args.format == "json":
        print_json(shown)
        return 0
    rows = []
    for commune in shown["communes"]:
        rows.append([commune["code"], commune["name"], commune["last_sequence"],
                     commune["last_rollup_at"] or "-", commune["members"],
                     "!" if commune["waiting"] else ""])
        rows.extend([f"  {cell['code']}", cell["name"], cell["last_sequence"] or "-",
                     cell["last_bundle_at"] or "-", cell["members"],
                     "!" if cell["waiting"] else ""] for cell in commune["cells"])
    _table(rows, args)
    return 0


def run_members(args: argparse.Namespace) -> int:
    from partydesk.services.rollup.views import register as page

    shown = _run(args, lambda db, org: page(db, org, args.search, args.commune, args.cell,
                                            args.status, args.page, args.per_page,
                                            args.after))
    if args.format == "json":
        print_json(shown)
        return 0
    _table([[m["commune_code"], m["cell_code"], m["full_name"], m["birth_date"] or "",
             m["status"]] for m in shown["members"]], args)
    if shown["next"]:
        print(f"… --after {shown['next']}")
    return 0


def run_statistics(args: argparse.Namespace) -> int:
    from partydesk.services.rollup.views import statistics_by_commune

    as_of = args.as_of or date(date.today().year, 12, 31)
    shown = _run(args, lambda db, org: statistics_by_commune(db, org, as_of))
    if args.format == "json":
        print_json(shown)
        return 0
    rows = [[shown["code"], shown["name"], shown["members"]]]
    for commune in shown["communes"]:
        rows.append([commune["code"], commune["name"], commune["members"]])
        rows.extend([f"  {c['code']}", c["name"], c["members"]] for c in commune["cells"])
    _table(rows, args)
    return 0


def run_grading(args: argparse.Namespace) -> int:
    from partydesk.services.rollup.views import grading_by_commune

    shown = _run(args, lambda db, org: grading_by_commune(db, org, args.year, args.quarter))
    if args.format == "json":
        print_json(shown)
        return 0
    rows = [[c["code"], c["name"], c["members_total"],
             " ".join(f"{k}={v['count']}" for k, v in c["grading"].items())]
            for c in shown["communes"]]
    _table(rows, args)
    return 0
