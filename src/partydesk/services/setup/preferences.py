"""Preferences stored in the register: the interface language."""

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
