"""``settings list``: on a committee, the dues settings and admission targets it set for
its cells (carried down in their next bundles); on a cell, those that came down from
the committee and are in force here. They are set with ``dues settings … --cell CODE |
--all`` and ``targets set … --cell CODE | --all``."""

from __future__ import annotations

import argparse

from partydesk.domain.messages import QT_TRANSLATE_NOOP, message
from partydesk.i18n import render

from .bundle_commands import opened
from .output import print_json


def register(commands: argparse._SubParsersAction) -> None:
    settings = commands.add_parser("settings", help="settings a committee sets for its "
                                   "cells")
    actions = settings.add_subparsers(dest="action", metavar="ACTION", required=True)
    listing = actions.add_parser("list", help="committee: set for each cell; cell: "
                                 "received from the committee")  # a commune: both
    listing.add_argument("--format", choices=["table", "json"], default="table")
    listing.set_defaults(handler=run_list)


def run_list(args: argparse.Namespace) -> int:
    from partydesk.services.bundles.history import received_settings
    from partydesk.services.committee.cell_settings import settings_set_for_cells

    with opened(args) as inst:
        committee = inst.organisation.is_committee
        received = [{**r, "from": inst.organisation.higher_name or "committee"}
                    for r in received_settings(inst.db)]
        # a commune: what it set for its cells, then what its province set for it
        rows = (settings_set_for_cells(inst.db, inst.organisation)
                + [{**r, "cell_code": None} for r in received] if committee else received)
    if args.format == "json":
        print_json(rows)
        return 0
    for r in rows:
        where = r["cell_code"] if r.get("cell_code") else render(message(QT_TRANSLATE_NOOP(
            "Cli", "set by {committee}"), committee=r["from"]))
        print(f"{r['set_at'][:10]}  {r['key']:<22} {r['value']:>9}  {r['since']:<7}  {where}")
    return 0
