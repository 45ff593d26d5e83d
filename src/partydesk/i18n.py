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


@cache
def catalogue(language: str) -> dict[tuple[str, str], str]:
    """``(context, source) → translation`` for finished translations in a language."""
    path = resource_path("translations", f"partydesk_{language}.ts")
    if not path.is_file():
        return {}
    entries: dict[tuple[str, str], str] = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name", "")
        for msg in context.iter("message"):
            translation = msg.find("translation")
            if translation is None or translation.get("type") in ("unfinished", "obsolete"):
                continue
            if translation.text:
                entries[(name, msg.findtext("source", ""))] = translation.text
    return entries


def translate(context: str, text: str, language: str | None = None) -> str:
    return catalogue(language or chosen_language()).get((context, text), text)


def render(msg: Message, language: str | None = None) -> str:
    return msg.render(translate(msg.context, msg.text, language))
