"""Transfer letters as numbered documents: printing one issues its number.

A letter is a signed record like a resolution: it gets a number of its own type
(``01-GGT/CB``, numbered over the committee's term like every document) and a row
in ``documents`` whose content is the id of the transfer event it introduces.
Printing again for the same transfer on the same day gives back the same number
(a reprint of the same paper); another day is another letter with the next number.
The row travels in the cell's bundle, so the committee can verify the letter too.
"""

from __future__ import annotations

from datetime import date

from partydesk.domain.numbering import DocumentType
from partydesk.services.meetings.resolutions import DocumentInput, issue_document
from partydesk.storage.database import Database
from partydesk.storage.transfer_store import latest_transfer_out_id, letter_issued

LETTER_TITLE = "Giấy giới thiệu sinh hoạt đảng"


def issue_letter(db: Database, member_id: str, issued_on: date) -> tuple[str, str] | None:
    """(document id, number) of the member's latest transfer letter dated *issued_on*,
    issued now if not yet; None when no transfer out is recorded."""
    event_id = latest_transfer_out_id(db, member_id)
    if event_id is None:
        return None
    with db.atomic():
        found = letter_issued(db, event_id, issued_on.isoformat())
        if found is not None:
            return found
        issued = issue_document(db, DocumentInput(
            issued_on=issued_on, title=LETTER_TITLE, content=event_id,
            type_code=DocumentType.GGT.value))
    return issued.id, issued.number
