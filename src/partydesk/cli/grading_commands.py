"""``grading set|import|list|cell|check|close`` and ``targets set``: the year's grading
round and admission targets."""

from __future__ import annotations

import argparse
from pathlib import Path

from partydesk.cli.arg_types import whole_number
from partydesk.domain.grading import LEVEL_NAMES_VI
from partydesk.domain.messages import QT_TRANSLATE_NOOP, message
from partydesk.paths import resolve_paths
from partydesk.services.setup.installation import Installation

from .output import print_json, say
from .report_commands import quarter_option

LEVELS = ["outstanding", "good", "completed", "not_completed"]
STAGES = ["self", "cell", "committee"]


def _year(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--year", type=whole_number, required=True)


def register(commands: argparse._SubParsersAction) -> None:
    grading = commands.add_parser("grading", help="the yearly quality grading")
    actions = grading.add_subparsers(dest="action", metavar="ACTION", required=True)
    put = actions.add_parser("set", help="one member's grading at one stage")
    put.add_argument("member_id", metavar="MEMBER_ID")
    _year(put)
    quarter_option(put)
    put.add_argument("--level", choices=LEVELS, required=True)
    put.add_argument("--score", type=whole_number)
    put.add_argument("--stage", choices=STAGES, default="committee")
    put.add_argument("--meeting", metavar="MEETING_ID",
                     help="the cell's proposal: the meeting that voted on it")
    put.add_argument("--for", dest="votes_for", type=whole_number, default=None)
    put.add_argument("--against", type=whole_number, default=0)
    put.add_argument("--abstain", type=whole_number, default=0)
    put.set_defaults(handler=run_set)
    own = actions.add_parser("cell", help="the cell's own grading as a collective")
    _year(own)
    quarter_option(own)
    own.add_argument("--level", choices=LEVELS, required=True)
    own.add_argument("--score", type=whole_number)
    own.add_argument("--stage", choices=STAGES, default="committee")
    own.set_defaults(handler=run_cell)
    load = actions.add_parser("import", help="gradings from a spreadsheet (all or nothing)")
    load.add_argument("file", type=Path, metavar="FILE.xlsx|FILE.csv")
    load.add_argument("--stage", choices=STAGES, default="committee")
    load.set_defaults(handler=run_import)
    listing = actions.add_parser("list", help="the year's gradings")
    _year(listing)
    quarter_option(listing)
    listing.add_argument("--format", choices=["table", "json"], default="table")
    listing.set_defaults(handler=run_list)
    check = actions.add_parser("check", help="the 20 %% limit and missing gradings")
    _year(check)
    quarter_option(check)
    check.set_defaults(handler=run_check)
    close = actions.add_parser("close", help="close the year's round")
    _year(close)
    quarter_option(close)
    close.add_argument("--anyway", action="store_true",
                       help="close although the limit is broken or gradings are missing")
    close.set_defaults(handler=run_close)
    targets = commands.add_parser("targets", help="admission targets")
    target_actions = targets.add_subparsers(dest="action", metavar="ACTION", required=True)
    target = target_actions.add_parser("set", help="the year's admissions target")
    _year(target)
    which = target.add_mutually_exclusive_group()
    which.add_argument("--cell", metavar="CODE")
    which.add_argument("--all", action="store_true",
                       help="committee: the same target for every enrolled cell")
    target.add_argument("--admissions", type=whole_number, required=True)
    target.set_defaults(handler=run_target)


def run_set(args: argparse.Namespace) -> int:
    from partydesk.services.grading.rounds import propose_at_meeting, set_grading
    from partydesk.services.reports.grading_report import period_of

    with Installation.acquire(resolve_paths(args.data_dir)) as inst:
        organisation = inst.open_register()
        if args.meeting:
            if args.stage != "cell" or args.votes_for is None:
                args.parser_error("--meeting needs --stage cell and --for N")
            outcome = propose_at_meeting(
                inst.db, organisation, args.meeting, args.member_id, args.year, args.level,
                args.votes_for, args.against, args.abstain, args.score,
                quarter=args.quarter)
            say(outcome.explanation)
            return 0
        set_grading(inst.db, organisation, args.member_id, args.year, args.level,
                    args.score, args.stage, period_of(args.quarter))
    return 0


def run_cell(args: argparse.Namespace) -> int:
    from partydesk.services.grading.rounds import set_cell_grading

    with Installation.acquire(resolve_paths(args.data_dir)) as inst:
        organisation = inst.open_register()
        set_cell_grading(inst.db, organisation, args.year, args.level, args.score,
                         args.stage, quarter=args.quarter)
    return 0


def run_import(args: argparse.Namespace) -> int:
    from partydesk.services.backups.local import before
    from partydesk.services.grading.spreadsheet import import_gradings

    with Installation.acquire(resolve_paths(args.data_dir)) as inst:
        organisation = inst.open_register()
        before(inst.db, inst.paths.backups_dir, "import")       # issue 14: every import
        count = import_gradings(inst.db, organisation, args.file, args.stage)
    say(message(QT_TRANSLATE_NOOP("Grading", "{count} gradings imported."), count=count))
    return 0


def run_list(args: argparse.Namespace) -> int:
    from partydesk.services.reports.grading_report import grading_report

    with Installation.acquire(resolve_paths(args.data_dir)) as inst:
        organisation = inst.open_register()
        report = grading_report(inst.db, organisation, args.year, quarter=args.quarter)
    units = report.get("cells") or [report]
    rows = [{"cell_code": unit["code"], **m} for unit in units for m in unit["members"]]
    if args.format == "json":
        print_json(rows)
        return 0
    for row in rows:
        print("  ".join([row["cell_code"], row["full_name"].ljust(28), row["card_number"]
                         .ljust(12), LEVEL_NAMES_VI[row["level"]], f"({row['stage']})"]))
    return 0


def _show_check(check) -> None:
    limit = check.limit
    say(message(QT_TRANSLATE_NOOP(
        "Grading", "Outstanding: {outstanding}; good: {good}; at most {allowed} allowed."),
        outstanding=limit.outstanding, good=limit.good, allowed=limit.allowed))
    if limit.breached:
        say(message(QT_TRANSLATE_NOOP(
            "Grading", "The limit is broken: outstanding is more than {share} of good."),
            share=f"{limit.numerator * 100 // limit.denominator} %"))
    say(message(QT_TRANSLATE_NOOP(
        "Grading", "Not graded yet: {missing}; not decided by the committee: {undecided}."),
        missing=len(check.missing), undecided=check.undecided))


def run_check(args: argparse.Namespace) -> int:
    from partydesk.services.grading.rounds import check_round

    with Installation.acquire(resolve_paths(args.data_dir)) as inst:
        organisation = inst.open_register()
        check = check_round(inst.db, organisation, args.year, quarter=args.quarter)
    _show_check(check)
    return 0


def run_close(args: argparse.Namespace) -> int:
    from partydesk.services.grading.rounds import close_round

    with Installation.acquire(resolve_paths(args.data_dir)) as inst:
        organisation = inst.open_register()
        check = close_round(inst.db, organisation, args.year, accept=args.anyway,
                            quarter=args.quarter)
    _show_check(check)
    return 0


def run_target(args: argparse.Namespace) -> int:
    from partydesk.services.grading.targets import set_admission_target

    with Installation.acquire(resolve_paths(args.data_dir)) as inst:
        organisation = inst.open_register()
        if args.all:
            from partydesk.services.committee.cell_settings import set_cells_target

            set_cells_target(inst.db, organisation, args.year, args.admissions, [], True)
        else:
            set_admission_target(inst.db, organisation, args.year, args.admissions,
                                 args.cell)
    return 0
