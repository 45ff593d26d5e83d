"""The grading and statistics reports as kinds of the print catalogue
(``printing.catalogue``), so the layout, content and PDF tests print and measure
them like every other document: the grading report of the year before *on*, the
statistics as of *on*.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from partydesk.domain.organisation import Organisation
from partydesk.services.printing.catalogue import DocumentKind, register_kind
from partydesk.services.reports.exports import print_grading, print_statistics
from partydesk.storage.database import Database


def print_grading_report(db: Database, organisation: Organisation, on: date, out: Path,
                         signer: str | None = None) -> Path:
    return print_grading(db, organisation, on.year - 1, out, signer)


def print_statistics_report(db: Database, organisation: Organisation, on: date, out: Path,
                            signer: str | None = None) -> Path:
    return print_statistics(db, organisation, on, out, signer)


register_kind(DocumentKind("grading", "register", print_grading_report))
register_kind(DocumentKind("statistics", "register", print_statistics_report))
