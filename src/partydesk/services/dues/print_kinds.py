"""The dues reports as kinds of the print catalogue (``printing.catalogue``), so the
layout, content and PDF tests print and measure them like every other document.

Each takes what every register document takes, ``(db, organisation, on, out,
signer=None)``: the dues report of the month before *on*, the yearly summary of
*on*'s year up to *on*.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from partydesk.domain.dues import Month
from partydesk.domain.organisation import Organisation
from partydesk.services.dues.documents import write_report
from partydesk.services.dues.report import cell_report
from partydesk.services.dues.summary import cell_summary
from partydesk.services.dues.summary_document import write_summary
from partydesk.services.printing.catalogue import DocumentKind, register_kind
from partydesk.storage.database import Database


def print_dues_report(db: Database, organisation: Organisation, on: date, out: Path,
                      signer: str | None = None) -> Path:
    month = Month(on.year - 1, 12) if on.month == 1 else Month(on.year, on.month - 1)
    return write_report(db, organisation, cell_report(db, month, on), out, signer)


def print_dues_summary(db: Database, organisation: Organisation, on: date, out: Path,
                       signer: str | None = None) -> Path:
    return write_summary(db, organisation, cell_summary(db, on.year, on), out, signer)


register_kind(DocumentKind("dues-report", "register", print_dues_report))
register_kind(DocumentKind("dues-summary", "register", print_dues_summary))
