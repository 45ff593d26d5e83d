"""The one-line reasons a roll-up is refused (nothing changed)."""

from __future__ import annotations

from partydesk.domain.messages import QT_TRANSLATE_NOOP

NESTED_REFUSED = QT_TRANSLATE_NOOP(
    "Rollup", "The roll-up from {commune} was refused because of the bundle of its cell "
    "{cell}: {reason}")
