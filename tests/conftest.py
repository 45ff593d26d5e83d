"""Shared fixtures: offscreen Qt, a log folder per test run, in-memory registers."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.pop("PARTYDESK_DATA_DIR", None)
os.environ.pop("PARTYDESK_LANG", None)


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
