"""Printing results and errors in the user's language."""

from __future__ import annotations

import json
import sys
from typing import Any

from partydesk.domain.messages import Message
from partydesk.i18n import render


def say(msg: Message) -> None:
    print(render(msg))


def fail(msg: Message) -> int:
    print(f"error: {render(msg)}", file=sys.stderr)
    return 1


def print_json(value: Any) -> None:
    json.dump(value, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def warn(msg: Message) -> None:
    """One line on stderr, ``warning: …``; the command still succeeds."""
    print(f"warning: {render(msg)}", file=sys.stderr)
