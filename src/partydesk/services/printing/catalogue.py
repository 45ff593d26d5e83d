"""Every kind of document the program prints, in one list.

Layout tests iterate over :data:`KINDS`, so a document added here (the dues,
grading and statistics reports add theirs with :func:`register_kind` in
``services/dues/print_kinds.py`` and ``services/reports/print_kinds.py``, which the
tests import: printing does not depend on them) is checked by the
same rules as ours: signature with text, no heading at a page foot, no page
more than a quarter empty, fonts embedded, names given back exactly.

``subject`` says what the printer takes after ``(db, organisation)``:
``"register"`` a date (the whole register as of that day), ``"meeting"`` a
meeting id, ``"resolution"`` a document id, ``"transferred_member"`` the id of
a member with a transfer out recorded.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from partydesk.services.printing import books, documents


@dataclass(frozen=True)
class DocumentKind:
    name: str  # as in ``partydesk print NAME``
    subject: str
    printer: Callable[..., Path]
    signed: bool = True  # ends with a signature block
    record: bool = True  # carries a verification code (every signed kind does)


KINDS: dict[str, DocumentKind] = {}


def register_kind(kind: DocumentKind) -> None:
    KINDS[kind.name] = kind


for _kind in (
    DocumentKind("minutes", "meeting", documents.print_minutes),
    DocumentKind("notice", "meeting", documents.print_notice),
    DocumentKind("signin", "meeting", documents.print_signin_sheet, signed=False,
                 record=False),
    DocumentKind("resolution", "resolution", documents.print_resolution),
    DocumentKind("members", "register", documents.print_member_list),
    DocumentKind("member-book", "register", books.print_member_book),
    DocumentKind("transfer-book", "register", books.print_transfer_book),
    DocumentKind("transfer-letter", "transferred_member", books.print_transfer_letter),
):
    register_kind(_kind)
