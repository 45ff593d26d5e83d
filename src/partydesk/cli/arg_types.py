"""Option values checked as argparse reads them, refused in the user's language.

argparse names the converter in its message ("invalid fromisoformat value: '2025-13-01'"),
which means nothing to a secretary; these say what was expected."""

from __future__ import annotations

import argparse
from datetime import date

from partydesk.domain.messages import QT_TRANSLATE_NOOP, message
from partydesk.i18n import render

NOT_A_NUMBER = QT_TRANSLATE_NOOP("CommandLine", "“{value}” is not a whole number.")
NOT_A_DATE = QT_TRANSLATE_NOOP(
    "CommandLine", "“{value}” is not a date; write it as year-month-day, e.g. 2026-03-31.")


def whole_number(text: str) -> int:
    try:
        return int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(render(message(NOT_A_NUMBER, value=text))) from None


def iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(render(message(NOT_A_DATE, value=text))) from None
