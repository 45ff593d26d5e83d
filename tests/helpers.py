"""Helpers shared by tests: run the real command line, snapshot a folder."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path

SRC = Path(__file__).resolve().parents[1] / "src"


def run_cli(*args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    """Run ``python -m partydesk`` as a user would, in a separate process."""
    full_env = {**os.environ, "PYTHONPATH": str(SRC), **(env or {})}
    return subprocess.run([sys.executable, "-m", "partydesk", *args], capture_output=True,
                          text=True, env=full_env, timeout=120, check=False)


def snapshot(folder: Path) -> dict[str, str]:
    """Every file under ``folder`` with a hash of its bytes."""
    if not folder.exists():
        return {}
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def add_lives(db, people, today=None) -> list:
    """Add members through the member aggregate, as the app does: ``people`` holds
    ``(record, events)``, each event a ``(kind, iso date)`` or ``(kind, iso date,
    details)`` tuple, or a demo generator's ``(id, member id, kind, iso date, details)``
    row. Returns what the aggregate settled."""
    from datetime import date

    from partydesk.domain.events import MemberEvent
    from partydesk.services.members.aggregate import LifeChange, write_lives

    def event(row):
        kind, on, details = (row[2:] if len(row) == 5 else (*row, {})[:3])
        return MemberEvent(kind, date.fromisoformat(on), details)

    changes = [LifeChange(record.id, tuple(event(e) for e in events), record)
               for record, events in people]
    return write_lives(db, changes, today or date.today(), audit=False)


def suite_passphrase() -> str:
    """The run's passphrase (tests/conftest.py): every register in the suite uses it."""
    return os.environ["PARTYDESK_PASSPHRASE"]


def open_register(path: Path, backups_dir: Path | None = None):
    """Open (creating if needed) an encrypted register, as the app does."""
    from partydesk.storage.database import open_database

    return open_database(Path(path), backups_dir, suite_passphrase())


def connect_register(path: Path | str):
    """A raw DB-API connection to a register file (encrypted, or plain from an old
    version), for tests that look inside it."""
    import sqlite3

    from partydesk.storage.cipher import connect, is_plain

    if is_plain(Path(path)):
        return sqlite3.connect(path)
    return connect(path, suite_passphrase())
