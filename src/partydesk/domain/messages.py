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
from typing import Any, NamedTuple


class Translatable(NamedTuple):
    context: str
    text: str


def QT_TRANSLATE_NOOP(context: str, text: str) -> Translatable:
    """Mark ``text`` for extraction by ``pyside6-lupdate`` (which looks for this name)."""
    return Translatable(context, text)


@dataclass(frozen=True)
class Message:
    context: str
    text: str
    params: Mapping[str, Any] = field(default_factory=dict)

    def render(self, template: str | None = None) -> str:
        """Fill the (possibly translated) template with this message's parameters."""
        return (template or self.text).format(**self.params)


def message(source: Translatable | str, text: Translatable | str | None = None, /,
            **params: Any) -> Message:
    """``message(QT_TRANSLATE_NOOP("Context", "Text {x}"), x=1)``; the older spelling
    ``message("Context", "Text {x}", x=1)`` is accepted too."""
    if isinstance(text, Translatable):
        source = text
    elif text is not None:
        source = Translatable(str(source), text)
    if not isinstance(source, Translatable):
        raise TypeError("message() needs QT_TRANSLATE_NOOP(context, text)")
    return Message(source.context, source.text, params)
