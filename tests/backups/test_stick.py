"""Copying the newest backup to a USB stick: checked and whole, or nothing under the
final name with one clear message (full stick, stick pulled out)."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from partydesk.domain.errors import PartyDeskError
from partydesk.i18n import render
from partydesk.services.backups import stick
from partydesk.services.backups.local import create_backup
from partydesk.services.backups.stick import copy_latest_backup
from partydesk.storage.backup_store import check_backup
from partydesk.storage.database import open_database


@pytest.fixture
def made(tmp_path):
    db = open_database(tmp_path / "partydesk.sqlite3")
    folder = tmp_path / "backups"
    try:
        create_backup(db, folder)
    finally:
        db.close()
    return folder


def test_the_copy_on_the_stick_is_whole_and_private(made, tmp_path):
    usb = tmp_path / "usb"
    usb.mkdir()
    written = copy_latest_backup(made, usb, prefix="CB01-")
    assert written.parent == usb and written.name.startswith("CB01-partydesk-")
    assert check_backup(written)
    assert written.read_bytes() == next(made.iterdir()).read_bytes()
    assert oct(written.stat().st_mode & 0o777) == "0o600"
    assert [p.name for p in usb.iterdir()] == [written.name]


def test_nothing_to_copy_says_so(tmp_path):
    with pytest.raises(PartyDeskError) as refused:
        copy_latest_backup(tmp_path / "none", tmp_path)
    assert "no backup" in render(refused.value.message, "en")


def test_a_full_stick_leaves_nothing_and_says_it_is_full(made, tmp_path, monkeypatch):
    usb = tmp_path / "usb"
    usb.mkdir()

    def full(source: Path, partial: Path) -> None:
        partial.write_bytes(b"half a backup")
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(stick, "_copy", full)
    with pytest.raises(PartyDeskError) as refused:
        copy_latest_backup(made, usb)
    assert "is full" in render(refused.value.message, "en")
    assert list(usb.iterdir()) == []


def test_a_pulled_stick_gives_a_clear_message(made, tmp_path, monkeypatch):
    usb = tmp_path / "usb"
    usb.mkdir()

    def pulled(source: Path, partial: Path) -> None:
        partial.write_bytes(b"half")
        raise OSError(errno.EIO, os.strerror(errno.EIO))

    monkeypatch.setattr(stick, "_copy", pulled)
    with pytest.raises(PartyDeskError) as refused:
        copy_latest_backup(made, usb)
    assert "pulled out" in render(refused.value.message, "en")
    assert list(usb.iterdir()) == []
    with pytest.raises(PartyDeskError) as gone:          # the folder itself is gone
        copy_latest_backup(made, tmp_path / "no-stick")
    assert "pulled out" in render(gone.value.message, "en")


def test_a_copy_that_does_not_read_back_is_removed(made, tmp_path, monkeypatch):
    usb = tmp_path / "usb"
    usb.mkdir()
    monkeypatch.setattr(stick, "check_backup", lambda path, passphrase=None: False)
    with pytest.raises(PartyDeskError):
        copy_latest_backup(made, usb)
    assert list(usb.iterdir()) == []
