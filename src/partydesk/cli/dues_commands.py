"""``dues basis|exempt|reduce|list|pay|reverse|import|report|summary|settings``: party
dues."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import Any

from partydesk.cli.arg_types import whole_number
from partydesk.domain.dues import CATEGORY_LABELS, Category, Month, Via, format_money, refuse
from partydesk.domain.dues_rules import SETTING_KEYS
from partydesk.domain.messages import QT_TRANSLATE_NOOP, message
from partydesk.i18n import render, translate
from partydesk.paths import resolve_paths
from partydesk.services.setup.installation import Installation

from .output import print_json, say
from .table import print_table

BAD_DATE = QT_TRANSLATE_NOOP("Dues", "“{text}” is not a date: write it as YYYY-MM-DD.")
BAD_NUMBER = QT_TRANSLATE_NOOP("Dues", "“{text}” is not a whole number of đồng.")
HEADERS = (QT_TRANSLATE_NOOP("Cli", "Full name"), QT_TRANSLATE_NOOP("Cli", "Category"),
           QT_TRANSLATE_NOOP("Cli", "Due"), QT_TRANSLATE_NOOP("Cli", "Paid"),
           QT_TRANSLATE_NOOP("Cli", "Balance"), QT_TRANSLATE_NOOP("Cli", "Id"))


def register(commands: argparse._SubParsersAction) -> None:
    dues = commands.add_parser("dues", help="party dues: bases, collection, reports")
    actions = dues.add_subparsers(dest="action", metavar="ACTION", required=True)
    basis = actions.add_parser("basis", help="a member's dues category and base amount")
    basis.add_argument("member_id", metavar="MEMBER_ID")
    basis.add_argument("--category", required=True, choices=[c.value for c in Category])
    basis.add_argument("--base", help="salary, benefit or pension in đồng")
    basis.add_argument("--from", dest="since", required=True, metavar="DATE")
    basis.set_defaults(handler=run_basis)
    exempt = actions.add_parser("exempt", help="exempt a member from dues")
    exempt.add_argument("member_id", metavar="MEMBER_ID")
    exempt.add_argument("--reason", required=True)
    exempt.add_argument("--from", dest="since", required=True, metavar="DATE")
    exempt.add_argument("--to", dest="until", metavar="DATE")
    exempt.set_defaults(handler=run_exempt)
    reduce = actions.add_parser("reduce", help="reduce a member's dues for a time")
    reduce.add_argument("member_id", metavar="MEMBER_ID")
    reduce.add_argument("--percent", required=True, type=whole_number, choices=[30, 50, 70])
    reduce.add_argument("--from", dest="since", required=True, metavar="DATE")
    reduce.add_argument("--to", dest="until", required=True, metavar="DATE")
    reduce.add_argument("--reason", default="")
    reduce.set_defaults(handler=run_reduce)
    listing = actions.add_parser("list", help="the month's members, due, paid, balance")
    listing.add_argument("--month", required=True)
    listing.add_argument("--format", choices=["table", "json"], default="table")
    listing.set_defaults(handler=run_list)
    pay = actions.add_parser("pay", help="record a payment (split over --months)")
    pay.add_argument("member_id", metavar="MEMBER_ID")
    pay.add_argument("--month", required=True)
    pay.add_argument("--months", type=whole_number, default=1)
    pay.add_argument("--amount", help="đồng (default: what is owed for the months)")
    pay.add_argument("--via", choices=[v.value for v in Via], default="cash")
    pay.add_argument("--ref", default="", help="the portal's reference")
    pay.set_defaults(handler=run_pay)
    reverse = actions.add_parser("reverse", help="correct a payment by a reversing entry")
    reverse.add_argument("entry_id", metavar="ENTRY_ID")
    reverse.add_argument("--reason", default="")
    reverse.set_defaults(handler=run_reverse)
    importing = actions.add_parser("import", help="a month's collection sheet (.xlsx)")
    importing.add_argument("file", type=Path)
    importing.set_defaults(handler=run_import)
    report = actions.add_parser("report", help="the monthly dues report")
    report.add_argument("--month", required=True)
    report.add_argument("-o", "--output", type=Path, help="FILE.pdf or FILE.xlsx")
    report.add_argument("--signer", default=None, metavar="NAME",
                        help="name to sign with (default: the secretary recorded)")
    report.add_argument("--format", choices=["table", "json"], default="table")
    report.set_defaults(handler=run_report)
    summary = actions.add_parser("summary", help="the yearly dues summary, month by month")
    summary.add_argument("--year", required=True, type=whole_number)
    summary.add_argument("-o", "--output", type=Path, help="FILE.pdf or FILE.xlsx")
    summary.add_argument("--signer", default=None, metavar="NAME",
                        help="name to sign with (default: the secretary recorded)")
    summary.add_argument("--format", choices=["table", "json"], default="table")
    summary.set_defaults(handler=run_summary)
    settings = actions.add_parser("settings", help="set an unconfirmed value from a month")
    settings.add_argument("key", choices=[str(k) for k in SETTING_KEYS])
    settings.add_argument("value", type=whole_number)
    settings.add_argument("--from-month", required=True)
    cells = settings.add_mutually_exclusive_group()
    cells.add_argument("--cell", action="append", metavar="CODE", dest="cells",
                       help="committee: set it for this cell (carried down)")
    cells.add_argument("--all", action="store_true",
                       help="committee: set it for every enrolled cell (carried down)")
    settings.set_defaults(handler=run_settings)


def parse_date(text: str | None) -> date | None:
    if text is None:
        return None
    for pattern in ("%Y-%m-%d", "%d/%m/%Y"):
        try:
            return datetime.strptime(text.strip(), pattern).date()
        except ValueError:
            continue
    raise refuse(BAD_DATE, text=text)


def parse_amount(text: str | None) -> int | None:
    if text is None:
        return None
    cleaned = text.strip().replace(".", "").replace(",", "").removesuffix("đ").strip()
    try:
        return int(cleaned)
    except ValueError:
        raise refuse(BAD_NUMBER, text=text) from None


def _with(args: argparse.Namespace, work: Callable[[Any, Any], Any]) -> Any:
    with Installation.acquire(resolve_paths(args.data_dir)) as installation:
        organisation = installation.open_register()
        return work(installation.db, organisation)


def run_basis(args: argparse.Namespace) -> int:
    from partydesk.services.dues.facts import set_basis

    since, base = parse_date(args.since), parse_amount(args.base)
    _with(args, lambda db, org: set_basis(db, args.member_id, Category(args.category), base,
                                          since, recorded_by=org.secretary))
    say(message(QT_TRANSLATE_NOOP("Cli", "Dues basis recorded from {date}."),
                date=since.strftime("%d/%m/%Y")))
    return 0


def run_exempt(args: argparse.Namespace) -> int:
    from partydesk.services.dues.facts import exempt

    since, until = parse_date(args.since), parse_date(args.until)
    _with(args, lambda db, org: exempt(db, args.member_id, args.reason, since, until,
                                       recorded_by=org.secretary))
    say(message(QT_TRANSLATE_NOOP("Cli", "Exemption from dues recorded.")))
    return 0


def run_reduce(args: argparse.Namespace) -> int:
    from partydesk.services.dues.facts import reduce

    since, until = parse_date(args.since), parse_date(args.until)
    _with(args, lambda db, org: reduce(db, args.member_id, args.percent, since, until,
                                       args.reason, recorded_by=org.secretary))
    say(message(QT_TRANSLATE_NOOP("Cli", "Reduction of dues recorded.")))
    return 0


def run_list(args: argparse.Namespace) -> int:
    from partydesk.services.dues.ledger import month_lines

    month = Month.parse(args.month)
    lines = _with(args, lambda db, org: month_lines(db, month))
    if args.format == "json":
        print_json([{"member_id": ln.member_id, "full_name": ln.full_name,
                     "category": ln.category.value, "due": ln.due, "paid": ln.paid,
                     "balance": ln.balance, "explanation": ln.explanation} for ln in lines])
        return 0
    print_table([translate(*h) for h in HEADERS],
                [[ln.full_name, translate(*CATEGORY_LABELS[ln.category]), format_money(ln.due),
                  format_money(ln.paid), format_money(ln.balance), ln.member_id]
                 for ln in lines])
    return 0


def run_pay(args: argparse.Namespace) -> int:
    from partydesk.services.dues.payments import Payment, pay

    payment = Payment(args.member_id, Month.parse(args.month), args.months,
                      parse_amount(args.amount), Via(args.via), args.ref)
    ids = _with(args, lambda db, org: pay(db, payment, date.today()))
    say(message(QT_TRANSLATE_NOOP("Cli", "Payment recorded: {ids}"), ids=", ".join(ids)))
    return 0


def run_reverse(args: argparse.Namespace) -> int:
    from partydesk.services.dues.payments import reverse

    new = _with(args, lambda db, org: reverse(db, args.entry_id, args.reason, date.today(),
                                              org.secretary))
    say(message(QT_TRANSLATE_NOOP("Cli", "Payment reversed by entry {id}."), id=new))
    return 0


def run_import(args: argparse.Namespace) -> int:
    from partydesk.services.backups.local import before
    from partydesk.services.dues.importer import import_sheet

    def work(db, _org) -> int:
        before(db, resolve_paths(args.data_dir).backups_dir, "import")   # issue 14
        return import_sheet(db, args.file, date.today())

    count = _with(args, work)
    say(message(QT_TRANSLATE_NOOP("Cli", "Payments imported from {file}: {count}."),
                file=args.file.name, count=count))
    return 0


def run_report(args: argparse.Namespace) -> int:
    from partydesk.services.dues.documents import write_report
    from partydesk.services.dues.report import cell_report, committee_report

    month = Month.parse(args.month)

    def work(db, org):
        if org.is_committee:
            return committee_report(db, org, month)
        report = cell_report(db, month, date.today())
        if args.output is not None:
            write_report(db, org, report, args.output, args.signer)
        return report

    report = _with(args, work)
    total = render(message(QT_TRANSLATE_NOOP("Cli", "Total")))
    rows = ([(c["code"], c) for c in report["cells"]] + [(total, report["total"])]
            if "cells" in report else [(month.label, report)])
    return _show(args, report, rows)


def run_summary(args: argparse.Namespace) -> int:
    from partydesk.services.dues.summary import cell_summary, committee_summary
    from partydesk.services.dues.summary_document import write_summary

    def work(db, org):
        if org.is_committee:
            return committee_summary(db, args.year, date.today())
        summary = cell_summary(db, args.year, date.today())
        if args.output is not None:
            write_summary(db, org, summary, args.output, args.signer)
        return summary

    summary = _with(args, work)
    total = render(message(QT_TRANSLATE_NOOP("Cli", "Total")))
    lines = summary["cells"] if "cells" in summary else summary["months"]
    rows = [(line.get("code") or Month.parse(line["month"]).label, line) for line in lines]
    return _show(args, summary, [*rows, (total, summary["total"])])


def _show(args: argparse.Namespace, report: dict, rows: list[tuple[str, dict]]) -> int:
    if args.format == "json":
        print_json(report)
    elif args.output is not None:
        say(message(QT_TRANSLATE_NOOP("Cli", "Wrote {file}."), file=str(args.output)))
    else:
        print_table(["", "members", "due", "collected", "year to date", "retained",
                     "remitted", "arrears"],
                    [[label, str(r["members"]), *(format_money(r[k]) for k in (
                        "due", "collected", "collected_year_to_date", "retained",
                        "remitted", "arrears"))] for label, r in rows])
    return 0


def run_settings(args: argparse.Namespace) -> int:
    from partydesk.services.dues.facts import set_dues_setting

    since = Month.parse(args.from_month)
    if args.cells or args.all:
        from partydesk.services.committee.cell_settings import set_cells_dues_setting

        codes = _with(args, lambda db, org: set_cells_dues_setting(
            db, org, args.key, args.value, since, args.cells or [], args.all))
        say(message(QT_TRANSLATE_NOOP(
            "Cli", "Setting {key} = {value} from {month} goes to {cells} in their next "
            "bundles."), key=args.key, value=args.value, month=since.label,
            cells=", ".join(codes)))
        return 0
    _with(args, lambda db, org: set_dues_setting(db, args.key, args.value, since))
    say(message(QT_TRANSLATE_NOOP("Cli", "Setting {key} = {value} from {month}."),
                key=args.key, value=args.value, month=since.label))
    return 0
