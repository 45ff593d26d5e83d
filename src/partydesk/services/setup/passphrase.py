"""Where the register's passphrase comes from, and the rules for a new one.

The front end decides the source: the command line reads ``PARTYDESK_PASSPHRASE`` or
asks on a terminal (cli/passphrase_prompt.py); the app asks in its unlock window and
passes the answer straight to ``Installation.open_register``. Without a front end
(library use, tests) only the environment variable is read. A passphrase is kept in
memory only, normalised to NFC: Vietnamese keyboards type either form, and the same
words must open the register whichever one they produced.
"""

from __future__ import annotations

import os
import unicodedata
from collections.abc import Callable

from partydesk.domain.errors import PartyDeskError
from partydesk.domain.messages import QT_TRANSLATE_NOOP, message
from partydesk.storage.cipher import WrongPassphrase

__all__ = ["ENV", "PassphraseRequired", "PassphraseTooShort", "PassphrasesDiffer",
           "WrongPassphrase", "check_new", "normalise", "obtain", "set_source"]

ENV = "PARTYDESK_PASSPHRASE"
MIN_LENGTH = 8

# ``source(choosing)`` returns the passphrase or None; ``choosing`` is True when a new
# one is being set (a terminal then asks twice).
Source = Callable[[bool], "str | None"]


class PassphraseRequired(PartyDeskError):
    def __init__(self) -> None:
        super().__init__(message(QT_TRANSLATE_NOOP(
            "Setup", "The register is protected by a passphrase: give it in the "
            "PARTYDESK_PASSPHRASE environment variable or run the command in a terminal "
            "to be asked for it. Nothing was changed.")))


class PassphraseTooShort(PartyDeskError):
    def __init__(self) -> None:
        super().__init__(message(QT_TRANSLATE_NOOP(
            "Setup", "The passphrase must have at least {count} characters; a few "
            "words are easier to remember and harder to guess."), count=MIN_LENGTH))


class PassphrasesDiffer(PartyDeskError):
    def __init__(self) -> None:
        super().__init__(message(QT_TRANSLATE_NOOP(
            "Setup", "The two passphrases typed are not the same. Nothing was changed.")))


def from_environment(_choosing: bool = False) -> str | None:
    return os.environ.get(ENV) or None


_source: Source = from_environment


def set_source(source: Source) -> None:
    global _source
    _source = source


def normalise(passphrase: str) -> str:
    return unicodedata.normalize("NFC", passphrase)


def check_new(passphrase: str, repeated: str | None = None) -> str:
    """A new passphrase, normalised, or a refusal saying what is wrong with it."""
    passphrase = normalise(passphrase)
    if repeated is not None and normalise(repeated) != passphrase:
        raise PassphrasesDiffer()
    if len(passphrase.strip()) < MIN_LENGTH:
        raise PassphraseTooShort()
    return passphrase


def obtain(choosing: bool = False) -> str:
    """The passphrase from the front end's source; refused when there is none."""
    passphrase = _source(choosing)
    if not passphrase:
        raise PassphraseRequired()
    return check_new(passphrase) if choosing else normalise(passphrase)
