"""Encryption at rest (storage level): the register file, its WAL and every backup hold
none of the members' names; a wrong passphrase changes no byte; a plain register is
encrypted in place with its backups; sqlite-utils migrations run on the encrypted
connection."""

from __future__ import annotations

import unicodedata
from datetime import date
from pathlib import Path

import pytest

pytest.importorskip("sqlcipher3")

from partydesk.services.demo.register import DemoGenerator
from partydesk.storage.cipher import WrongPassphrase, is_plain
from partydesk.storage.database import backup_database, open_database
from tests.helpers import add_lives, snapshot

PASSPHRASE = "trăng rằm tháng tám"


def ten_members(db) -> list[str]:
    generator = DemoGenerator(seed=77, as_of=date(2026, 1, 1))
    lives = [generator.member() for _ in range(10)]
    add_lives(db, lives)
    return [m.full_name for m, _ in lives]


def forms(name: str) -> list[bytes]:
    return [unicodedata.normalize(f, name).encode("utf-8") for f in ("NFC", "NFD")]


def files_of(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in folder.rglob("*")
            if p.is_file()}


def test_register_wal_and_backups_hold_no_name(tmp_path):
    path, backups = tmp_path / "partydesk.sqlite3", tmp_path / "backups"
    db = open_database(path, backups, passphrase=PASSPHRASE)
    names = ten_members(db)
    backup_database(db, backups, "test")
    held = files_of(tmp_path)          # the WAL is still there: the connection is open
    assert Path(f"{path}-wal").stat().st_size > 0
    db.close()
    held.update({f"closed/{k}": v for k, v in files_of(tmp_path).items()})
    assert any("backups/" in k for k in held)
    for name in names:
        for form in forms(name):
            for file, content in held.items():
                assert form not in content, (name, file)
    again = open_database(path, backups, passphrase=PASSPHRASE)
    assert again.execute("SELECT count(*) FROM members").fetchone() == (10,)
    again.close()


def test_a_wrong_passphrase_changes_no_byte(tmp_path):
    path = tmp_path / "partydesk.sqlite3"
    db = open_database(path, tmp_path / "backups", passphrase=PASSPHRASE)
    ten_members(db)
    db.close()
    before = snapshot(tmp_path)
    for wrong in ("trăng rằm tháng bảy", "", "' OR 1=1 --"):
        with pytest.raises(WrongPassphrase):
            open_database(path, tmp_path / "backups", passphrase=wrong)
        assert snapshot(tmp_path) == before


def test_a_plain_register_is_encrypted_with_its_backups(tmp_path):
    path, backups = tmp_path / "partydesk.sqlite3", tmp_path / "backups"
    plain = open_database(path, backups)
    names = ten_members(plain)
    backup_database(plain, backups, "plain")
    plain.close()
    assert is_plain(path)
    db = open_database(path, backups, passphrase=PASSPHRASE)
    assert db.execute("SELECT count(*) FROM members").fetchone() == (10,)
    db.close()
    assert not is_plain(path)
    assert len(list(backups.glob("*.sqlite3"))) == 2       # the old one, and one after
    for file, content in files_of(tmp_path).items():
        assert not content.startswith(b"SQLite format 3"), file
        for name in names:
            for form in forms(name):
                assert form not in content, (name, file)
