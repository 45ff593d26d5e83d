"""The reports other capabilities build (dues, grading, statistics) as catalogue kinds.

Each adapter takes what every register document takes, ``(db, organisation, on,
out, signer=None)``, and prints the report a secretary signs on day *on*: the dues
report of the month before, the dues summary and the statistics of *on*'s year
(up to *on*), the grading report of the year before. Imports are lazy: these
packages build on the printing helpers, not the other way round.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from partydesk.domain.organisation import Organisation
from partydesk.storage.database import Database


def print_dues_report(db: Database, organisation: Organisation, on: date, out: Path,
                      signer: str | None = None) -> Path:
    from partydesk.domain.dues import Month
    from partydesk.services.dues.documents import write_report
    from partydesk.services.dues.report import cell_report

    month = Month(on.year - 1, 12) if on.month == 1 else Month(on.year, on.month - 1)
    return write_report(db, organisation, cell_report(db, month, on), out, signer)


def print_dues_summary(db: Database, organisation: Organisation, on: date, out: Path,
                       signer: str | None = None) -> Path:
    from partydesk.services.dues.summary import cell_summary
    from partydesk.services.dues.summary_document import write_summary

    return write_summary(db, organisation, cell_summary(db, on.year, on), out, signer)


def print_grading_report(db: Database, organisation: Organisation, on: date, out: Path,
                         signer: str | None = None) -> Path:
    from partydesk.services.reports.exports import print_grading

    return print_grading(db, organisation, on.year - 1, out, signer)


def print_statistics_report(db: Database, organisation: Organisation, on: date, out: Path,
                            signer: str | None = None) -> Path:
    from partydesk.services.reports.exports import print_statistics

    return print_statistics(db, organisation, on, out, signer)
