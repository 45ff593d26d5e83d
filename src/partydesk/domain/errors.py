"""Known errors: things the user can understand and act on.

Anything else that escapes is a bug and goes to the crash report.
"""

from __future__ import annotations

from typing import Any

from partydesk.domain.messages import Message


class PartyDeskError(Exception):
    """An expected failure with a message for the user; nothing was changed."""

    def __init__(self, msg: Message):
        super().__init__(msg.render())
        self.message = msg


class RuleViolation(PartyDeskError):
    """A record or event would break a party rule; it is refused."""

    def __init__(self, msg: Message, rule: str | None = None, **details: Any):
        super().__init__(msg)
        self.rule = rule
        self.details = details
