"""Printing: the cell's documents as PDF, in the party document format.

Input is the plain data of :mod:`.model`; output is a PDF written to a path or
a binary file object. reportlab is imported only when something is printed,
never when this package is imported.

    from partydesk.services.printing import render_minutes
    render_minutes(minutes_document, "bien-ban.pdf")
"""

from __future__ import annotations

from importlib import import_module
from typing import Any

_RENDERERS = {
    "render_minutes": "minutes",
    "render_resolution": "resolution",
    "render_notice": "resolution",
    "render_signin": "lists",
    "render_member_list": "lists",
    "render_book": "book_layout",
    "render_transfer_letter": "book_layout",
}

__all__ = sorted(_RENDERERS)


def __getattr__(name: str) -> Any:
    module = _RENDERERS.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(import_module(f"{__name__}.{module}"), name)
