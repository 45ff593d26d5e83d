"""The automatic backup before a migration: a register one migration behind is backed
up (checked, private) before the migration touches it, and then migrated."""

from __future__ import annotations

import sqlite3

from partydesk.services.backups.local import backups
from partydesk.storage.backup_store import check_backup
from partydesk.storage.database import open_database
from partydesk.storage.migrations import MIGRATIONS


def test_a_pending_migration_is_preceded_by_a_checked_backup(tmp_path):
    path, folder = tmp_path / "partydesk.sqlite3", tmp_path / "backups"
    open_database(path).close()
    last = "0120_expected_moves"      # one migration undone: its record and its table
    conn = sqlite3.connect(path)
    with conn:
        conn.execute("DELETE FROM _sqlite_migrations WHERE name = ?", [last])
        conn.execute("DROP TABLE expected_moves")
        conn.execute(f"PRAGMA user_version = {len(MIGRATIONS) - 1}")
    conn.close()
    db = open_database(path, folder)
    db.close()
    [made] = backups(folder)
    assert made.label == f"before-{last}"
    assert check_backup(made.path)
    assert oct(made.path.stat().st_mode & 0o777) == "0o600"
    conn = sqlite3.connect(made.path)                  # the copy is the register before
    try:
        names = {r[0] for r in conn.execute("SELECT name FROM _sqlite_migrations")}
    finally:
        conn.close()
    assert last not in names
