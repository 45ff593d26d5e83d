"""The declared schema of a bundle's payload: what a signed bundle may hold.

A valid signature says who sent a bundle, not that its content is sane. Every row of
every table is checked against this schema before anything is applied: types,
enumerations, dates, integer ranges, lengths, NFC text without control characters,
references between tables, uniqueness and a bound on rows per table.

A table or column this version does not declare (added by a later migration) is
checked by its kind in the committee's table: text or integer, with the generic
bounds below. The checks themselves are in :mod:`partydesk.domain.payload_rules`.
"""

from __future__ import annotations

from dataclasses import dataclass

from partydesk.domain.attendance import Membership, Presence, Standing
from partydesk.domain.events import EventKind
from partydesk.domain.meetings import MeetingKind
from partydesk.domain.member import MemberStatus, Sex
from partydesk.domain.votes import DecisionKind

SHORT_TEXT = 2_000
LONG_TEXT = 100_000
NAME_TEXT = 200
INT_LIMIT = 2**53                       # what every reader (JSON, SQLite, Qt) holds exactly
DEFAULT_MAX_ROWS = 500_000


@dataclass(frozen=True)
class Column:
    kind: str                          # text, line, key, int, date, stamp, time, json
    nullable: bool = False
    max_length: int = SHORT_TEXT
    low: int = -INT_LIMIT
    high: int = INT_LIMIT
    values: frozenset[str] | None = None
    refers_to: str | None = None       # table whose id this column holds


def line(max_length: int = SHORT_TEXT, nullable: bool = False) -> Column:
    """One line of text: no control characters at all."""
    return Column("line", nullable, max_length)


def text(max_length: int = LONG_TEXT) -> Column:
    """Free text: line breaks and tabs allowed, no other control characters."""
    return Column("text", max_length=max_length)


def integer(low: int, high: int) -> Column:
    return Column("int", low=low, high=high)


def enum(values, nullable: bool = False) -> Column:
    return Column("line", nullable, NAME_TEXT, values=frozenset(str(v) for v in values))


def ref(table: str, nullable: bool = False) -> Column:
    return Column("line", nullable, 64, refers_to=table)


ID = line(64)
NAME = line(NAME_TEXT)
DATE = Column("date")
DATE_OR_NONE = Column("date", nullable=True)
STAMP = Column("stamp")
POSITION = integer(0, 1_000_000)
COUNT = integer(0, 1_000_000)


@dataclass(frozen=True)
class Table:
    columns: dict[str, Column]
    max_rows: int = DEFAULT_MAX_ROWS
    unique: tuple[tuple[str, ...], ...] = ()


SCHEMA: dict[str, Table] = {
    "organisation": Table({
        "id": ID, "singleton": integer(1, 1), "role": enum(["cell"]), "name": NAME,
        "code": line(32), "higher_name": NAME, "term": line(32), "secretary": NAME,
        "signing_public_key": line(64), "box_public_key": line(64), "created_at": STAMP,
    }, max_rows=1),
    "members": Table({
        "id": ID, "full_name": NAME, "name_folded": NAME,
        "sort_key": Column("key", max_length=4 * NAME_TEXT), "birth_name": NAME,
        "sex": enum(Sex), "birth_date": DATE, "ethnicity": NAME, "religion": NAME,
        "home_town": line(), "residence": line(), "education": NAME,
        "professional_level": NAME, "theory_level": NAME, "languages": NAME,
        "occupation_before": line(), "occupation_now": line(),
        "admitted_on": DATE_OR_NONE, "ceremony_on": DATE_OR_NONE,
        "official_on": DATE_OR_NONE, "card_number": line(32, nullable=True),
        "history_number": line(32), "badge_number": line(32), "service": line(),
        "phone": line(32), "notes": text(), "status": enum(MemberStatus),
        "created_at": STAMP, "updated_at": STAMP, "exempt": integer(0, 1),
        "temporarily_away": integer(0, 1),
    }, max_rows=10_000),
    "member_events": Table({
        "id": ID, "member_id": ref("members"), "kind": enum(EventKind),
        "occurred_on": DATE, "details": Column("json", max_length=SHORT_TEXT),
        "created_at": STAMP,
    }, max_rows=200_000),
    "candidates": Table({
        "id": ID, "full_name": NAME, "sort_key": Column("key", max_length=4 * NAME_TEXT),
        "sex": enum(Sex), "birth_date": DATE_OR_NONE, "ethnicity": NAME, "religion": NAME,
        "residence": line(), "awareness_certificate_on": DATE_OR_NONE,
        "youth_union_resolution_on": DATE_OR_NONE, "application_on": DATE_OR_NONE,
        "cell_resolution_on": DATE_OR_NONE, "admission_decision_on": DATE_OR_NONE,
        "member_id": ref("members", nullable=True), "notes": text(), "created_at": STAMP,
        "updated_at": STAMP,
    }, max_rows=10_000),
    "candidate_sponsors": Table({
        "candidate_id": ref("candidates"), "member_id": ref("members"),
        "months_together": integer(0, 1_200),
    }, unique=(("candidate_id", "member_id"),)),
    "meetings": Table({
        "id": ID, "kind": enum(MeetingKind), "held_on": DATE,
        "starts_at": Column("time"), "ends_at": Column("time", nullable=True),
        "place": line(), "purpose": text(), "chair_member_id": ref("members", True),
        "chair_name": NAME, "minute_taker_member_id": ref("members", True),
        "minute_taker_name": NAME, "guests": text(), "status": enum(["draft", "finalised"]),
        "finalised_on": DATE_OR_NONE, "created_at": STAMP, "updated_at": STAMP,
    }, max_rows=20_000),
    "meeting_attendance": Table({
        "id": ID, "meeting_id": ref("meetings"), "position": POSITION,
        "member_id": ref("members", True), "name": NAME, "membership": enum(Membership),
        "standing": enum(Standing), "presence": enum(Presence), "reason": text(SHORT_TEXT),
    }, unique=(("meeting_id", "member_id"),)),
    "agenda_items": Table({
        "id": ID, "meeting_id": ref("meetings"), "position": POSITION, "title": text(),
        "conclusion": text(),
    }),
    "speeches": Table({
        "id": ID, "item_id": ref("agenda_items"), "position": POSITION,
        "speaker_member_id": ref("members", True), "speaker_name": NAME, "text": text(),
    }),
    "meeting_votes": Table({
        "id": ID, "meeting_id": ref("meetings"), "item_id": ref("agenda_items", True),
        "position": POSITION, "decision_kind": enum(DecisionKind), "question": text(),
        "subject_member_id": ref("members", True), "votes_for": COUNT, "against": COUNT,
        "abstain": COUNT,
    }),
    "meeting_amendments": Table({
        "id": ID, "meeting_id": ref("meetings"), "amended_on": DATE, "text": text(),
        "author": NAME, "created_at": STAMP,
    }),
    "documents": Table({
        "id": ID, "type_code": line(16), "term": line(32), "seq": integer(1, 1_000_000),
        "number": line(64), "issued_on": DATE, "meeting_id": ref("meetings", True),
        "title": text(), "content": text(), "created_at": STAMP,
    }, unique=(("term", "type_code", "seq"),)),
    "document_tasks": Table({
        "id": ID, "document_id": ref("documents"), "position": POSITION,
        "content": text(), "assignee": line(), "deadline": DATE_OR_NONE,
        "status": enum(["open", "done"]), "done_on": DATE_OR_NONE,
        "progress": Column("json", max_length=LONG_TEXT),
    }),
    "issued_records": Table({
        "id": ID, "kind": line(32), "issued_on": DATE, "number": line(64), "title": text(),
        "figures": Column("json", max_length=LONG_TEXT), "digest": line(64),
        "created_at": STAMP,
    }, max_rows=100_000, unique=(("kind", "issued_on", "digest"),)),
}


def generic_column(sql_type: str, nullable: bool = True) -> Column:
    """A column this version does not declare, checked by its kind in SQL."""
    if "INT" in sql_type.upper():
        return Column("int", nullable)
    return Column("text", nullable, LONG_TEXT)
