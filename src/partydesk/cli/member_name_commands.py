"""``members given-name MEMBER [WORD]``: file a member under a word of the name."""

from __future__ import annotations

import argparse

from partydesk.domain.messages import QT_TRANSLATE_NOOP, message
from partydesk.domain.vietnamese import given_name_word
from partydesk.paths import resolve_paths
from partydesk.services.members.names import file_under
from partydesk.services.setup.installation import Installation

from .output import say


def register_given_name(actions: argparse._SubParsersAction) -> None:
    given = actions.add_parser(
        "given-name", help="file a member under a word of the name other than the last")
    given.add_argument("member", help="the member's id or card number")
    given.add_argument("word", nargs="?", default="",
                       help="a word of the full name, e.g. Bih for Y Bih Niê "
                            "(leave out to file under the last word again)")
    given.set_defaults(handler=run_given_name)


def run_given_name(args: argparse.Namespace) -> int:
    with Installation.acquire(resolve_paths(args.data_dir)) as installation:
        installation.open_register()
        saved = file_under(installation.db, args.member, args.word)
    say(message(QT_TRANSLATE_NOOP("Cli", "{name} is filed under {word}."),
                name=saved.full_name, word=given_name_word(saved.full_name, saved.given_name)))
    return 0
