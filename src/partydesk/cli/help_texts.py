# ruff: noqa: E501  (one help text a line, as the commands give them)
"""Every help text of the command line, marked for the catalogues, and argparse's own
words: ``--help`` and usage errors speak the language of ``PARTYDESK_LANG`` like the
commands' messages (see ``help_language.py``). A test fails when a command's help text
is missing here."""

from __future__ import annotations

from partydesk.domain.messages import QT_TRANSLATE_NOOP

HELP_TEXTS = (
    QT_TRANSLATE_NOOP("CommandLine", "PartyDesk: the offline register of a party cell. Without a command, opens the app."),
    QT_TRANSLATE_NOOP("CommandLine", "data folder to use (default: the user's data folder, or $PARTYDESK_DATA_DIR)"),
    QT_TRANSLATE_NOOP("CommandLine", "set up a new cell or committee register"),
    QT_TRANSLATE_NOOP("CommandLine", "fill an empty register with invented demo data"),
    QT_TRANSLATE_NOOP("CommandLine", "the member register"),
    QT_TRANSLATE_NOOP("CommandLine", "the cell's meetings and their minutes"),
    QT_TRANSLATE_NOOP("CommandLine", "resolutions and other documents"),
    QT_TRANSLATE_NOOP("CommandLine", "print a document to a PDF file"),
    QT_TRANSLATE_NOOP("CommandLine", "committee: write an enrolment file for a cell"),
    QT_TRANSLATE_NOOP("CommandLine", "signed, encrypted bundles on a USB stick"),
    QT_TRANSLATE_NOOP("CommandLine", "committee: the enrolled cells"),
    QT_TRANSLATE_NOOP("CommandLine", "e.g. \"Chi bộ thôn Đồng Tâm\""),
    QT_TRANSLATE_NOOP("CommandLine", "short code, e.g. CB01"),
    QT_TRANSLATE_NOOP("CommandLine", "set up a cell from its committee's enrolment file (gives the role, name, code and higher committee)"),
    QT_TRANSLATE_NOOP("CommandLine", "the higher committee's name"),
    QT_TRANSLATE_NOOP("CommandLine", "term, e.g. \"2025-2030\""),
    QT_TRANSLATE_NOOP("CommandLine", "the secretary's full name"),
    QT_TRANSLATE_NOOP("CommandLine", "the day the demo data is as of (default: today)"),
    QT_TRANSLATE_NOOP("CommandLine", "months of demo meetings and resolutions (default: 24 for up to 2,000 members, none above)"),
    QT_TRANSLATE_NOOP("CommandLine", "list members in Vietnamese name order"),
    QT_TRANSLATE_NOOP("CommandLine", "one member's record, events and allowed actions"),
    QT_TRANSLATE_NOOP("CommandLine", "add members from an .xlsx or .csv file"),
    QT_TRANSLATE_NOOP("CommandLine", "write the register to .xlsx or .csv"),
    QT_TRANSLATE_NOOP("CommandLine", "write a blank spreadsheet to fill in"),
    QT_TRANSLATE_NOOP("CommandLine", "words of the name, accents optional"),
    QT_TRANSLATE_NOOP("CommandLine", "only members exempted, or temporarily transferred out"),
    QT_TRANSLATE_NOOP("CommandLine", "import the valid rows even if some rows have errors"),
    QT_TRANSLATE_NOOP("CommandLine", "list meetings, newest first"),
    QT_TRANSLATE_NOOP("CommandLine", "the minutes of one meeting (JSON)"),
    QT_TRANSLATE_NOOP("CommandLine", "list documents of a type, newest first"),
    QT_TRANSLATE_NOOP("CommandLine", "document type code: NQ (default), BB, KL, TB, BC, KH…"),
    QT_TRANSLATE_NOOP("CommandLine", "the member list (sổ danh sách đảng viên)"),
    QT_TRANSLATE_NOOP("CommandLine", "the minutes of a meeting (biên bản)"),
    QT_TRANSLATE_NOOP("CommandLine", "the notice of a meeting (thông báo)"),
    QT_TRANSLATE_NOOP("CommandLine", "the sign-in sheet of a meeting (danh sách dự họp)"),
    QT_TRANSLATE_NOOP("CommandLine", "a resolution (nghị quyết)"),
    QT_TRANSLATE_NOOP("CommandLine", "the cell's name, e.g. \"Chi bộ thôn A\""),
    QT_TRANSLATE_NOOP("CommandLine", "the cell's code, e.g. CB01"),
    QT_TRANSLATE_NOOP("CommandLine", "cell: write a bundle for the committee"),
    QT_TRANSLATE_NOOP("CommandLine", "committee: check a bundle, change nothing"),
    QT_TRANSLATE_NOOP("CommandLine", "committee: import cells' bundles (several files: the newest per cell, all in one transaction)"),
    QT_TRANSLATE_NOOP("CommandLine", "also print a cover sheet to this PDF"),
    QT_TRANSLATE_NOOP("CommandLine", "show the changes only"),
    QT_TRANSLATE_NOOP("CommandLine", "each cell with its last bundle"),
)

# argparse's own words (it marks them for gettext; we give them ours)
ARGPARSE_TEXTS = (
    QT_TRANSLATE_NOOP("argparse", "usage: "),
    QT_TRANSLATE_NOOP("argparse", "positional arguments"),
    QT_TRANSLATE_NOOP("argparse", "options"),
    QT_TRANSLATE_NOOP("argparse", "show this help message and exit"),
    QT_TRANSLATE_NOOP("argparse", "show program's version number and exit"),
    QT_TRANSLATE_NOOP("argparse", "the following arguments are required: %s"),
    QT_TRANSLATE_NOOP("argparse", "invalid choice: %(value)r (choose from %(choices)s)"),
    QT_TRANSLATE_NOOP("argparse", "unrecognized arguments: %s"),
    QT_TRANSLATE_NOOP("argparse", "%(prog)s: error: %(message)s\n"),
    QT_TRANSLATE_NOOP("argparse", "expected one argument"),
    QT_TRANSLATE_NOOP("argparse", "argument %(argument_name)s: %(message)s"),
    QT_TRANSLATE_NOOP("argparse", "not allowed with argument %s"),
    QT_TRANSLATE_NOOP("argparse", "ambiguous option: %(option)s could match %(matches)s"),
)
