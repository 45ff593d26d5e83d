"""The argument parser. Each command module adds its own sub-commands."""

from __future__ import annotations

import argparse

from partydesk import __version__
from partydesk.cli import (
    backup_commands,
    bundle_commands,
    committee_commands,
    desk_commands,
    downward_commands,
    dues_commands,
    grading_commands,
    meeting_commands,
    member_commands,
    print_commands,
    province_commands,
    report_commands,
    settings_commands,
    setup_commands,
    transfer_commands,
)
from partydesk.cli.help_language import install_argparse_language, translate_parser

COMMAND_MODULES = [setup_commands, member_commands, meeting_commands, print_commands,
                   bundle_commands, committee_commands, dues_commands, grading_commands,
                   report_commands, downward_commands, backup_commands, transfer_commands,
                   settings_commands, desk_commands, province_commands]


def build_parser() -> argparse.ArgumentParser:
    install_argparse_language()    # before any parser: argparse names its sections at once
    parser = argparse.ArgumentParser(
        prog="partydesk",
        description="PartyDesk: the offline register of a party cell. "
                    "Without a command, opens the app.")
    parser.add_argument("--version", action="version", version=f"PartyDesk {__version__}")
    parser.add_argument("--data-dir", metavar="DIR",
                        help="data folder to use (default: the user's data folder, or "
                             "$PARTYDESK_DATA_DIR)")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in COMMAND_MODULES:
        module.register(commands)
    translate_parser(parser)
    return parser
