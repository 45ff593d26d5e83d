"""One line of the audit trail: when, what, which field, old → new."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class AuditEntry:
    at: str
    action: str
    field: str
    old_value: str | None
    new_value: str | None
