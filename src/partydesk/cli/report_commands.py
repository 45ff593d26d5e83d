"""``report statistics`` and ``report grading``: the year-end reports upward, as a
table, JSON, a printed PDF or an xlsx workbook.

A printed report is signed: with no secretary recorded, ``--signer NAME`` gives the
name, else the PDF is refused in one line and no file is written (as ``print``).
``report grading --quarter N`` is a quarter's round, apart from the year's."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from partydesk.cli.arg_types import iso_date, whole_number
from partydesk.domain.messages import QT_TRANSLATE_NOOP, message
from partydesk.paths import resolve_paths
from partydesk.services.setup.installation import Installation

from .output import print_json, say


def _common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--format", choices=["table", "json"], default="table")
    parser.add_argument("-o", "--output", type=Path, metavar="FILE.pdf|FILE.xlsx")
    parser.add_argument("--signer", default=None, metavar="NAME",
                        help="name to sign with (default: the secretary recorded)")


def quarter_option(parser: argparse.ArgumentParser) -> None:
    """``--quarter 1|2|3|4``: a quarter's grading round; without it, the year's."""
    parser.add_argument("--quarter", type=whole_number, choices=[1, 2, 3, 4], default=None,
                        help="a quarter's grading round (default: the year's)")


def register(commands: argparse._SubParsersAction) -> None:
    report = commands.add_parser("report", help="year-end reports upward")
    kinds = report.add_subparsers(dest="kind", metavar="KIND", required=True)
    stats = kinds.add_parser("statistics", help="members, admissions and grading as of a date")
    stats.add_argument("--as-of", type=iso_date, default=None, metavar="YYYY-MM-DD",
                       help="default: 31 December of this year")
    _common(stats)
    stats.set_defaults(handler=run_statistics)
    grading = kinds.add_parser("grading", help="the year's quality grading")
    grading.add_argument("--year", type=whole_number, required=True)
    quarter_option(grading)
    _common(grading)
    grading.set_defaults(handler=run_grading)


def _check_output(args: argparse.Namespace) -> None:
    if args.output is not None and args.output.suffix.lower() not in (".pdf", ".xlsx"):
        args.parser_error("the output file must end in .pdf or .xlsx")


def run_statistics(args: argparse.Namespace) -> int:
    from partydesk.services.reports.statistics import statistics

    _check_output(args)
    as_of = args.as_of or date(date.today().year, 12, 31)
    with Installation.acquire(resolve_paths(args.data_dir)) as inst:
        organisation = inst.open_register()
        figures = statistics(inst.db, organisation, as_of)
        if args.output is not None:
            from partydesk.services.reports.exports import write_statistics

            write_statistics(inst.db, organisation, figures, args.output, args.signer)
    return _show(args, figures, _statistics_lines)


def run_grading(args: argparse.Namespace) -> int:
    from partydesk.services.reports.grading_report import grading_report

    _check_output(args)
    with Installation.acquire(resolve_paths(args.data_dir)) as inst:
        organisation = inst.open_register()
        report = grading_report(inst.db, organisation, args.year, quarter=args.quarter)
        if args.output is not None:
            from partydesk.services.reports.exports import write_grading

            write_grading(inst.db, organisation, report, args.output, args.signer)
    return _show(args, report, _grading_lines)


def _show(args: argparse.Namespace, figures: dict, lines) -> int:
    if args.output is not None:
        say(message(QT_TRANSLATE_NOOP("Cli", "Written to {path}"), path=str(args.output)))
    elif args.format == "json":
        print_json(figures)
    else:
        for line in lines(figures):
            print(line)
    return 0


def _statistics_lines(f: dict) -> list[str]:
    lines = [f"{f['code']} {f['name']} — {f['as_of']}", f"Đảng viên: {f['members_text']}",
             f"Kết nạp: {f['admissions']['text']}"]
    for key in ("by_sex", "by_age_group", "by_ethnicity", "by_religion", "by_education",
                "by_professional_level", "by_theory_level", "by_occupation", "by_party_age"):
        lines.append(f"{key}: " + ", ".join(f"{k} {v}" for k, v in f[key].items()))
    lines.append("grading: " + ", ".join(f"{k} {v['count']} ({v['share_text']})"
                                         for k, v in f["grading"].items()))
    for cell in f.get("cells", []):
        lines.append(f"  {cell['code']}: {cell['members']} đảng viên, kết nạp "
                     f"{cell['admissions']['text']}")
    return lines


def _grading_lines(r: dict) -> list[str]:
    when = f"Q{r['quarter']}/{r['year']}" if r.get("quarter") else str(r["year"])
    lines = [f"{r['code']} {r['name']} — {when}"]
    lines.append(", ".join(f"{k} {v['count']} ({v['share_text']})"
                           for k, v in r["grading"].items()))
    lines.append(f"undecided: {r['round']['undecided']}, not graded: "
                 f"{r['round']['not_graded']}, limit breached: "
                 f"{r['round']['limit']['breached']}")
    return lines
