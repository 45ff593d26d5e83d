"""Preferences stored in the register: the interface language and the text size."""

from __future__ import annotations

from partydesk.i18n import LANGUAGES, chosen_language
from partydesk.storage.database import Database
from partydesk.storage.settings_store import get_setting, set_setting

LANGUAGE_KEY = "ui.language"


def interface_language(db: Database | None) -> str:
    return chosen_language(get_setting(db, LANGUAGE_KEY) if db is not None else None)


def set_interface_language(db: Database, language: str) -> None:
    if language not in LANGUAGES:
        raise ValueError(f"unsupported language {language!r}")
    set_setting(db, LANGUAGE_KEY, language)


TEXT_SIZE_KEY = "ui.text_size"
# 125 % of 11 pt ≈ 14 pt: the size of the party documents the secretaries read, and what
# guidance for older readers asks for; see ui/text_size.py for the whole reasoning.
DEFAULT_TEXT_SIZE = 125
TEXT_SIZES = range(100, 201)


def text_size(db: Database | None) -> int:
    """The chosen text size in percent (the default for elderly eyes if none chosen)."""
    stored = get_setting(db, TEXT_SIZE_KEY) if db is not None else None
    try:
        percent = int(stored) if stored else DEFAULT_TEXT_SIZE
    except ValueError:
        return DEFAULT_TEXT_SIZE
    return percent if percent in TEXT_SIZES else DEFAULT_TEXT_SIZE


def set_text_size(db: Database, percent: int) -> None:
    if percent not in TEXT_SIZES:
        raise ValueError(f"text size {percent} % is outside 100-200 %")
    set_setting(db, TEXT_SIZE_KEY, str(percent))
