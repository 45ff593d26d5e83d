"""The transfer book (sổ giới thiệu sinh hoạt đảng): every member who came in or went
out, official or temporary, with where from / to and the letter's number."""

from __future__ import annotations

import json

from partydesk.domain.events import PLACE
from partydesk.storage.database import Database
from partydesk.storage.transfer_store import transfer_book_rows

LETTER_NUMBER = "letter_number"     # an event's detail: the number of the letter
DIRECTION = {"transfer_out_official": ("out", "official"),
             "transfer_out_temporary": ("out", "temporary"),
             "transfer_in_official": ("in", "official"),
             "transfer_in_temporary": ("in", "temporary"),
             "return_from_temporary": ("in", "return")}


def transfer_book(db: Database) -> list[dict]:
    """Newest first: on, direction (in|out), form (official|temporary|return),
    member_id, full_name, place, letter_number (printed here, or from the letter
    received), event_id."""
    rows = []
    for row in transfer_book_rows(db):
        details = json.loads(row["details"] or "{}")
        direction, form = DIRECTION[row["kind"]]
        if direction == "out" and details.get("source") == "transfer letter":
            continue        # the departure a received letter certifies: not this cell's
        rows.append({"on": row["occurred_on"], "direction": direction, "form": form,
                     "member_id": row["member_id"], "full_name": row["full_name"],
                     "place": details.get(PLACE) or "",
                     "letter_number": row["letter_number"] or details.get(LETTER_NUMBER) or "",
                     "event_id": row["id"]})
    return rows
