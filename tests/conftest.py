"""Shared fixtures: offscreen Qt, a log folder per test run, in-memory registers.

Every register in the suite is encrypted: a passphrase generated for this run is set in
PARTYDESK_PASSPHRASE (the command line in subprocesses reads it too). In this process
new registers all take one salt, so the key (SQLCipher's full-strength PBKDF2, ~0.2 s)
is derived once for the run instead of once per register; subprocesses derive their own.
"""

from __future__ import annotations

import os
import secrets
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.pop("PARTYDESK_DATA_DIR", None)
os.environ.pop("PARTYDESK_LANG", None)
TEST_PASSPHRASE = f"mật khẩu thử {secrets.token_hex(4)}"
os.environ["PARTYDESK_PASSPHRASE"] = TEST_PASSPHRASE

from partydesk.storage import cipher  # noqa: E402

_RUN_SALT = secrets.token_bytes(cipher.SALT_BYTES)
cipher._SALTS = lambda size: _RUN_SALT[:size]


@pytest.fixture(autouse=True)
def _isolated_logs(tmp_path_factory, monkeypatch):
    monkeypatch.setenv("PARTYDESK_LOG_DIR", str(tmp_path_factory.getbasetemp() / "logs"))


@pytest.fixture
def memory_db():
    from partydesk.storage.database import open_memory_database

    db = open_memory_database()
    yield db
    db.close()


@pytest.fixture
def data_dir(tmp_path) -> Path:
    return tmp_path / "data"
