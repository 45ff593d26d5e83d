"""Translations outside Qt: read the Qt Linguist catalogues (``.ts``) directly.

The Qt Linguist files under ``resources/translations`` are the one source of
every translation. The UI feeds them to Qt (see ``ui/translation.py``); the
command line, which must not start Qt, renders messages with this module.
"""

from __future__ import annotations

import os
import xml.etree.ElementTree as ET
from functools import cache
from typing import TYPE_CHECKING

from partydesk.resources import resource_path

if TYPE_CHECKING:  # a shared module needs no layer at run time: a message is duck-typed
    from partydesk.domain.messages import Message

DEFAULT_LANGUAGE = "vi"
LANGUAGES = ("vi", "en")
LANG_ENV = "PARTYDESK_LANG"


def chosen_language(stored: str | None = None) -> str:
    for candidate in (os.environ.get(LANG_ENV), stored):
        if candidate in LANGUAGES:
            return candidate
    return DEFAULT_LANGUAGE


QT_CATALOGUE = "qtbase"      # Qt's own strings, which Qt ships no Vietnamese for


def plural_form(language: str, n: int) -> int:
    """Which ``numerusform`` of a plural message fits ``n`` (Qt's rules for vi and en)."""
    return 0 if language == "vi" or n == 1 else 1


@cache
def catalogue(language: str, name: str = "partydesk") -> dict[tuple[str, str], str | tuple]:
    """``(context, source) → translation`` for finished translations in a language; a
    plural message (``numerus="yes"``) maps to the tuple of its forms."""
    path = resource_path("translations", f"{name}_{language}.ts")
    if not path.is_file():
        return {}
    entries: dict[tuple[str, str], str | tuple] = {}
    for context in ET.parse(path).getroot().iter("context"):
        name_ = context.findtext("name", "")
        for msg in context.iter("message"):
            translation = msg.find("translation")
            if translation is None or translation.get("type") in ("unfinished", "obsolete"):
                continue
            forms = tuple(form.text or "" for form in translation.iter("numerusform"))
            if msg.get("numerus") == "yes" and all(forms):
                entries[(name_, msg.findtext("source", ""))] = forms
            elif translation.text:
                entries[(name_, msg.findtext("source", ""))] = translation.text
    return entries


def pick(entry: str | tuple | None, language: str, n: int = -1) -> str | None:
    """The text of a catalogue entry for ``n`` (plural forms chosen by language)."""
    if isinstance(entry, tuple):
        return entry[min(plural_form(language, n), len(entry) - 1)]
    return entry


def translate_n(context: str, text: str, n: int, language: str | None = None) -> str:
    """A plural message (``%n`` in the source) for ``n``, as Qt would render it."""
    language = language or chosen_language()
    found = pick(catalogue(language).get((context, text)), language, n)
    return (found or text).replace("%n", str(n))


def translate(context: str, text: str, language: str | None = None) -> str:
    language = language or chosen_language()
    return pick(catalogue(language).get((context, text)), language) or text


def render(msg: Message, language: str | None = None) -> str:
    """``msg`` in the user's language; a parameter that is itself a Message is rendered
    (translated) first."""
    params = {key: render(value, language) if _is_message(value) else value
              for key, value in msg.params.items()}
    return translate(msg.context, msg.text, language).format(**params)


def _is_message(value) -> bool:
    return all(hasattr(value, name) for name in ("context", "text", "params"))
