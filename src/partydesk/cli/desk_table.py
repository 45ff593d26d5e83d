"""The committee's desk as text: one line per cell, then the lists."""

from __future__ import annotations

from partydesk.domain.dues import format_money
from partydesk.domain.messages import QT_TRANSLATE_NOOP, message
from partydesk.i18n import render

from .committee_commands import show

CELL_COLUMNS = [
    ("code", QT_TRANSLATE_NOOP("Cli", "Cell")),
    ("days_since_bundle", QT_TRANSLATE_NOOP("Cli", "Days since bundle")),
    ("members", QT_TRANSLATE_NOOP("Cli", "Members")),
    ("meetings_last_month", QT_TRANSLATE_NOOP("Cli", "Meetings last month")),
    ("waiting_decisions", QT_TRANSLATE_NOOP("Cli", "Waiting for a decision")),
    ("in_transit", QT_TRANSLATE_NOOP("Cli", "In transit")),
    ("arrears", QT_TRANSLATE_NOOP("Cli", "Dues arrears")),
]
KINDS = {"conversion": QT_TRANSLATE_NOOP("Cli", "conversion due"),
         "admission": QT_TRANSLATE_NOOP("Cli", "admission proposed")}


def _day(iso: str | None) -> str:
    return "" if not iso else "/".join(reversed(iso[:10].split("-")))


def print_desk(desk: dict) -> None:
    show([{**c, "arrears": format_money(c["arrears"]) if c["arrears"] else "",
           "days_since_bundle": "—" if c["days_since_bundle"] is None
           else c["days_since_bundle"]} for c in desk["cells"]], CELL_COLUMNS, "table")
    quiet = [c["code"] for c in desk["cells"] if c["no_meeting_last_month"]]
    if quiet:
        print()
        print(render(message(QT_TRANSLATE_NOOP(
            "Cli", "No meeting recorded in {month}: {cells}"),
            month="/".join(reversed(desk["meeting_month"].split("-"))),
            cells=", ".join(quiet))))
    _section(QT_TRANSLATE_NOOP("Cli", "Waiting for a committee decision"),
             [f"{w['cell_code']}  {w['full_name']}  {render(message(KINDS[w['kind']]))} "
              f"{_day(w['since'])}" for w in desk["waiting_decisions"]])
    _section(QT_TRANSLATE_NOOP("Cli", "In transit between cells"),
             [f"{t['from_cell']} → {t['to_cell'] or '?'}  {t['full_name']}  "
              f"{_day(t['left_on'])}"
              for t in desk["in_transit"]])
    _section(QT_TRANSLATE_NOOP("Cli", "Members in two cells"),
             [f"{d['cell_a']} {d['name_a']}  ~  {d['cell_b']} {d['name_b']}"
              for d in desk["duplicates"]])


def _section(title: str, lines: list[str]) -> None:
    if not lines:
        return
    print()
    print(render(message(title)) + f" ({len(lines)})")
    for line in lines:
        print("  " + line)
