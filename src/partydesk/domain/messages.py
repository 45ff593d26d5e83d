"""User-facing messages that cross layers below the UI.

Text is written in English as the Qt Linguist source; the catalogues under
``resources/translations`` give Vietnamese (the default) and English. Lower
layers never translate: they build a :class:`Message`, and whoever shows it
(the UI through Qt, the command line through :mod:`partydesk.i18n`) renders
it in the user's language.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for extraction by ``pyside6-lupdate``; returns it unchanged."""
    return text


@dataclass(frozen=True)
class Message:
    context: str
    text: str
    params: Mapping[str, Any] = field(default_factory=dict)

    def render(self, template: str | None = None) -> str:
        """Fill the (possibly translated) template with this message's parameters."""
        return (template or self.text).format(**self.params)


def message(context: str, text: str, **params: Any) -> Message:
    return Message(context, text, params)
