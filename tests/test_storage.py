from __future__ import annotations

import sqlite3

import pytest

from partydesk.storage import cipher
from partydesk.storage.database import (
    SCHEMA_VERSION,
    NewerDatabaseError,
    applied_migrations,
    integrity_check,
    open_database,
)
from partydesk.storage.errors import StorageError, storage_errors
from partydesk.storage.migrations import known_migration_names, migration_set
from tests.helpers import open_register, snapshot


def test_new_register_is_durable_and_checks_foreign_keys(tmp_path):
    db = open_register(tmp_path / "r.sqlite3")
    pragmas = {p: db.execute(f"PRAGMA {p}").fetchone()[0]
               for p in ("journal_mode", "synchronous", "foreign_keys", "user_version")}
    assert pragmas == {"journal_mode": "wal", "synchronous": 2, "foreign_keys": 1,
                       "user_version": SCHEMA_VERSION}
    assert applied_migrations(db) == known_migration_names()
    with pytest.raises(cipher.driver().IntegrityError):      # SQLCipher's own DB-API
        db.execute("INSERT INTO member_events (id, member_id, kind, occurred_on, created_at) "
                   "VALUES ('e', 'no-such-member', 'death', '2020-01-01', 'now')")
    assert integrity_check(db) == "ok"
    db.close()


def test_pending_migration_runs_after_a_backup_of_the_old_file(tmp_path):
    # a plain register from a version before encryption: migrated as it is
    path = tmp_path / "r.sqlite3"
    old = sqlite3.connect(path)
    from sqlite_utils import Database
    old_db = Database(old)
    migration_set().apply(old_db, stop_before=known_migration_names()[1])
    old_db.execute("INSERT INTO settings VALUES ('kept', 'yes')")
    old.commit()
    old.close()

    db = open_database(path, tmp_path / "backups")
    assert db.execute("SELECT value FROM settings WHERE key='kept'").fetchone() == ("yes",)
    assert "members" in db.table_names()
    db.close()
    backups = list((tmp_path / "backups").glob("*.sqlite3"))
    assert len(backups) == 1 and known_migration_names()[1] in backups[0].name
    backup = sqlite3.connect(backups[0])
    tables = {r[0] for r in backup.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert "settings" in tables and "members" not in tables
    backup.close()


def test_fresh_register_needs_no_backup(tmp_path):
    open_register(tmp_path / "r.sqlite3", tmp_path / "backups").close()
    assert not (tmp_path / "backups").exists()


def test_register_from_a_newer_version_is_refused_untouched(tmp_path):
    path = tmp_path / "r.sqlite3"
    db = open_register(path)
    db.execute("INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
               "VALUES ('partydesk', '9999_from_the_future', 'later')")
    db.conn.commit()
    db.close()
    before = snapshot(tmp_path)
    with pytest.raises(NewerDatabaseError):
        open_register(path, tmp_path / "backups")
    assert snapshot(tmp_path) == before


def test_a_file_that_is_not_a_register_is_refused_with_a_message(tmp_path):
    path = tmp_path / "r.sqlite3"
    path.write_bytes(b"this is a letter, not a database" * 100)
    with pytest.raises(StorageError) as refused:
        open_database(path)
    assert "damaged" in refused.value.message.text


def test_full_disk_becomes_a_known_error_and_rolls_back(memory_db):
    memory_db.execute("CREATE TABLE filler (x TEXT)")
    pages = memory_db.execute("PRAGMA page_count").fetchone()[0]
    memory_db.execute(f"PRAGMA max_page_count = {pages + 2}")
    with pytest.raises(StorageError) as refused, storage_errors(), memory_db.atomic():
        memory_db.conn.executemany("INSERT INTO filler VALUES (?)",
                                   (("x" * 4000,) for _ in range(100)))
    assert "disk is full" in refused.value.message.text
    assert memory_db.execute("SELECT count(*) FROM filler").fetchone()[0] == 0
