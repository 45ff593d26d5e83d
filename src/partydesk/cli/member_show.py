"""``members show MEMBER_ID``: one member's record, events (oldest first) and the
kinds of event the rules allow now."""

from __future__ import annotations

import argparse
from dataclasses import fields
from datetime import date
from typing import Any

from partydesk.domain.member import MemberRecord
from partydesk.domain.member_labels import EVENT_LABELS, SEX_LABELS, STATUS_LABELS
from partydesk.domain.messages import QT_TRANSLATE_NOOP
from partydesk.i18n import translate
from partydesk.paths import resolve_paths
from partydesk.services.members.lifecycle import MemberTimeline, member_record, timeline
from partydesk.services.setup.installation import Installation

from .output import print_json

LINES = [("full_name", QT_TRANSLATE_NOOP("MemberShow", "Full name")),
         ("sex", QT_TRANSLATE_NOOP("MemberShow", "Sex")),
         ("birth_date", QT_TRANSLATE_NOOP("MemberShow", "Born")),
         ("ethnicity", QT_TRANSLATE_NOOP("MemberShow", "Ethnicity")),
         ("residence", QT_TRANSLATE_NOOP("MemberShow", "Residence")),
         ("status", QT_TRANSLATE_NOOP("MemberShow", "Status")),
         ("admitted_on", QT_TRANSLATE_NOOP("MemberShow", "Admitted")),
         ("ceremony_on", QT_TRANSLATE_NOOP("MemberShow", "Admission ceremony")),
         ("official_on", QT_TRANSLATE_NOOP("MemberShow", "Official")),
         ("card_number", QT_TRANSLATE_NOOP("MemberShow", "Card number"))]
EVENTS = QT_TRANSLATE_NOOP("MemberShow", "Events")
ACTIONS = QT_TRANSLATE_NOOP("MemberShow", "Actions allowed now")
NONE = QT_TRANSLATE_NOOP("MemberShow", "(none)")
SOURCE = QT_TRANSLATE_NOOP("MemberShow", "Written by")
FROM_CELL = QT_TRANSLATE_NOOP(
    "MemberShow", "{cell}, its bundle number {sequence} of {date}, key {fingerprint}")
THROUGH_ROLLUP = QT_TRANSLATE_NOOP(
    "MemberShow", "— through the roll-up number {sequence} of {commune} of {date}, key "
    "{fingerprint}")


def add_show(actions: argparse._SubParsersAction) -> None:
    show = actions.add_parser("show", help="one member's record, events and allowed actions")
    show.add_argument("member_id", metavar="MEMBER_ID")
    show.add_argument("--format", choices=["text", "json"], default="text")
    show.set_defaults(handler=run_show)


def _json_value(value: Any) -> Any:
    if isinstance(value, date):
        return value.isoformat()
    return getattr(value, "value", value)


def as_json(record: MemberRecord, line: MemberTimeline) -> dict[str, Any]:
    shown = {f.name: _json_value(getattr(record, f.name)) for f in fields(record)}
    state = line.state
    shown["exempt"] = bool(state and state.exempt)
    shown["temporarily_away"] = bool(state and state.temporarily_away)
    shown["events"] = [{"kind": e.kind.value, "date": e.on.isoformat(),
                        "details": dict(e.details)} for e in line.events]
    shown["actions"] = [kind.value for kind in line.actions]
    return shown


def _text(field: str, value: Any) -> str:
    if value in (None, ""):
        return ""
    if field == "sex":
        return translate(*SEX_LABELS[value])
    if field == "status":
        return translate(*STATUS_LABELS[value])
    if isinstance(value, date):
        return value.strftime("%d/%m/%Y")
    return str(value)


def print_text(record: MemberRecord, line: MemberTimeline) -> None:
    labels = [translate(*label) for _, label in LINES]
    width = max(len(label) for label in labels)
    for (field, _), label in zip(LINES, labels, strict=True):
        print(f"{label.ljust(width)}  {_text(field, getattr(record, field))}".rstrip())
    print(f"\n{translate(*EVENTS)}:")
    for event in line.events:
        print(f"  {event.on.strftime('%d/%m/%Y')}  {translate(*EVENT_LABELS[event.kind])}")
    print(f"\n{translate(*ACTIONS)}:")
    for kind in line.actions:
        print(f"  {translate(*EVENT_LABELS[kind])}")
    if not line.actions:
        print(f"  {translate(*NONE)}")


def run_show(args: argparse.Namespace) -> int:
    with Installation.acquire(resolve_paths(args.data_dir)) as installation:
        installation.open_register()
        if installation.organisation.is_committee:
            from partydesk.services.rollup.provenance import held_member

            held = held_member(installation.db, installation.organisation, args.member_id)
            return show_held(held, args.format)
        record = member_record(installation.db, args.member_id)
        line = timeline(installation.db, args.member_id, date.today())
    if args.format == "json":
        print_json(as_json(record, line))
    else:
        print_text(record, line)
    return 0


def show_held(held: dict, form: str) -> int:
    """A committee's (or a province's) record of a member, with where it came from."""
    if form == "json":
        print_json(held)
        return 0
    labels = [translate(*label) for _, label in LINES]
    width = max(len(label) for label in labels)
    for (field, _), label in zip(LINES, labels, strict=True):
        print(f"{label.ljust(width)}  {_text(field, held.get(field))}".rstrip())
    print(f"\n{translate(*SOURCE)}:")
    print("  " + source_line(held["provenance"]))
    return 0


def source_line(origin: dict) -> str:
    cell, bundle, rollup = origin["cell"], origin["bundle"], origin["rollup"]
    line = translate(*FROM_CELL).format(
        cell=f"{cell['name'] or ''} ({cell['code']})", sequence=bundle["sequence"],
        date=bundle["created_at"], fingerprint=bundle["fingerprint"])
    if rollup:
        line += " " + translate(*THROUGH_ROLLUP).format(
            commune=f"{rollup['commune']['name'] or ''} ({rollup['commune']['code']})",
            sequence=rollup["sequence"], date=rollup["created_at"],
            fingerprint=rollup["fingerprint"])
    return line
