"""Namesakes on the register: members who share a full name with another member.

Printed documents tell them apart by year of birth wherever a member is named
alone (chair, minute-taker, speakers, sign-in sheet). Every member counts,
also those who have left: a name on paper must not be mistaken for theirs.
"""

from __future__ import annotations

import unicodedata
from collections import defaultdict

from partydesk.storage.database import Database


def _key(name: str) -> str:
    return " ".join(unicodedata.normalize("NFC", name).casefold().split())


def namesake_birth_years(db: Database) -> tuple[dict[str, int], dict[str, list[int]]]:
    """(member id → birth year, folded name → birth years), for shared names only."""
    by_name: dict[str, list[tuple[str, int]]] = defaultdict(list)
    for member_id, name, born in db.execute(
            "SELECT id, full_name, birth_date FROM members"):
        by_name[_key(name)].append((member_id, int(str(born)[:4]) if born else 0))
    shared = {k: v for k, v in by_name.items() if len(v) > 1}
    return ({m: year for v in shared.values() for m, year in v},
            {k: sorted(year for _, year in v) for k, v in shared.items()})


def name_key(name: str) -> str:
    return _key(name)
