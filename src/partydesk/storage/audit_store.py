"""The audit trail: every change, when, what, old → new. Append-only."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, datetime

from partydesk.domain.audit import AuditEntry
from partydesk.storage.connection import Database

__all__ = ["AuditEntry", "audit_for", "write_audit"]


def write_audit(db: Database, entity: str, entity_id: str, action: str,
                changes: Mapping[str, tuple[object, object]] | None = None) -> None:
    """One row per changed field (or one row for the action when nothing changed)."""
    at = datetime.now(UTC).isoformat(timespec="seconds")
    rows = [(at, entity, entity_id, action, field, _text(old), _text(new))
            for field, (old, new) in (changes or {}).items() if old != new]
    if not rows:
        rows = [(at, entity, entity_id, action, "", None, None)]
    db.conn.executemany(
        "INSERT INTO audit_log (at, entity, entity_id, action, field, old_value, new_value) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)", rows)


def audit_for(db: Database, entity: str, entity_id: str) -> list[AuditEntry]:
    rows = db.execute(
        "SELECT at, action, field, old_value, new_value FROM audit_log "
        "WHERE entity = ? AND entity_id = ? ORDER BY id", [entity, entity_id]).fetchall()
    return [AuditEntry(*row) for row in rows]


def _text(value: object) -> str | None:
    if value is None:
        return None
    return value.isoformat() if hasattr(value, "isoformat") else str(value)
