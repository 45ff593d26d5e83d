"""A corpus of insider payloads: each is a document a cell's own key could sign, with
hostile content. Each entry: (name, mutation of the decrypted document, words the
refusal names)."""

from __future__ import annotations

import copy
import unicodedata
from collections.abc import Callable

Mutation = Callable[[dict], None]


def table(document: dict, name: str) -> tuple[list[str], list[list]]:
    held = document["tables"][name]
    return held["columns"], held["rows"]


def set_value(name: str, column: str, value, row: int = 0) -> Mutation:
    def mutate(document: dict) -> None:
        columns, rows = table(document, name)
        rows[row][columns.index(column)] = value
    return mutate


def first_active(document: dict) -> int:
    columns, rows = table(document, "members")
    return next(i for i, r in enumerate(rows) if r[columns.index("status")] == "official")


def orphan_event(document: dict) -> None:
    columns, rows = table(document, "member_events")
    rows[0][columns.index("member_id")] = "01999999-0000-7000-8000-000000000000"


def duplicate_member(document: dict) -> None:
    _, rows = table(document, "members")
    rows.append(copy.deepcopy(rows[0]))


def many_members(document: dict) -> None:
    _, rows = table(document, "members")
    rows.extend([rows[0]] * 400_000)


def two_organisations(document: dict) -> None:
    _, rows = table(document, "organisation")
    rows.append(list(rows[0]))


def nfd_name(document: dict) -> None:
    columns, rows = table(document, "members")
    at = columns.index("full_name")
    rows[0][at] = unicodedata.normalize("NFD", "Nguyễn Thị Hường")


def orphan_attendance(document: dict) -> None:
    columns, rows = table(document, "meeting_attendance")
    rows[0][columns.index("meeting_id")] = "no-such-meeting"


CORPUS: list[tuple[str, Mutation, tuple[str, ...]]] = [
    ("status hacked", set_value("members", "status", "hacked"), ("members", "status")),
    ("NaN", set_value("members", "exempt", float("nan")), ("members", "exempt")),
    ("5 MB name with NUL", set_value("members", "full_name", "A\0" * 2_500_000),
     ("members", "full_name")),
    ("NUL in a name", set_value("members", "full_name", "Lò Văn\0 Pản"),
     ("members", "full_name", "control")),
    ("line separator in a name", set_value("members", "full_name", "Lò\u2028Văn"),
     ("control",)),
    ("NUL in notes", set_value("members", "notes", "x\0y"), ("notes", "control")),
    ("orphan event", orphan_event, ("member_events", "member_id", "row 1")),
    ("orphan attendance", orphan_attendance, ("meeting_attendance", "meeting_id")),
    ("400,000 members", many_members, ("members", "more rows")),
    ("two organisations", two_organisations, ("organisation", "more rows")),
    ("2^70", set_value("members", "exempt", 2**70), ("members", "exempt", "range")),
    ("-2^70 votes", set_value("meeting_votes", "votes_for", -(2**70)), ("votes_for",)),
    ("negative votes", set_value("meeting_votes", "against", -1), ("against", "range")),
    ("null id", set_value("members", "id", None), ("members", "id", "missing")),
    ("duplicate id", duplicate_member, ("members", "id", "same value")),
    ("impossible date", set_value("members", "birth_date", "2026-02-30"), ("birth_date",)),
    ("compact date", set_value("members", "birth_date", "20260101"), ("birth_date",)),
    ("stamp not a date", set_value("members", "created_at", "yesterday"), ("created_at",)),
    ("NFD name", nfd_name, ("full_name", "NFC")),
    ("number for text", set_value("members", "sex", 1), ("sex", "wrong kind")),
    ("bool for an integer", set_value("members", "exempt", True), ("exempt",)),
    ("float position", set_value("meeting_attendance", "position", 1.5), ("position",)),
    ("details not JSON", set_value("member_events", "details", "{not json"), ("details",)),
    ("hour 25", set_value("meetings", "starts_at", "25:00"), ("starts_at",)),
    ("event kind unknown", set_value("member_events", "kind", "coup"), ("kind",)),
    ("organisation claims committee", set_value("organisation", "role", "committee"),
     ("role",)),
    ("long code", set_value("organisation", "code", "C" * 500), ("code", "too long")),
]
