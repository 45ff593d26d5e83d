"""The command line's passphrase: ``PARTYDESK_PASSPHRASE``, else asked on the terminal
without echo (twice when a new one is chosen), else none (the command then exits 1)."""

from __future__ import annotations

import getpass
import sys

from partydesk.domain.messages import QT_TRANSLATE_NOOP, message
from partydesk.i18n import render
from partydesk.services.setup.passphrase import PassphrasesDiffer, from_environment


def cli_source(choosing: bool) -> str | None:
    given = from_environment()
    if given or not _on_terminal():
        return given
    try:
        return _ask(choosing)
    except EOFError:                 # Ctrl-D at the prompt: no passphrase given
        return None


def _ask(choosing: bool) -> str:
    if not choosing:
        return getpass.getpass(render(message(QT_TRANSLATE_NOOP(
            "Cli", "Passphrase of the register: "))))
    first = getpass.getpass(render(message(QT_TRANSLATE_NOOP(
        "Cli", "Choose a passphrase for the register (at least 8 characters; if it is "
               "lost, only the committee's copy can restore the register): "))))
    again = getpass.getpass(render(message(QT_TRANSLATE_NOOP(
        "Cli", "Type the same passphrase again: "))))
    if first != again:
        raise PassphrasesDiffer()
    return first


def _on_terminal() -> bool:
    try:
        return sys.stdin.isatty()
    except (AttributeError, ValueError):
        return False
