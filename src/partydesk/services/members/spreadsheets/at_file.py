"""The spreadsheet work on a register file, for a worker thread: each call opens its
own connection (connections stay in the thread that opened them) and closes it."""

from __future__ import annotations

from pathlib import Path

from partydesk.storage.database import open_database

from .exporter import export_register
from .importer import ImportPreview, Progress, apply, preview


def preview_at(database: Path, path: Path, progress: Progress | None = None
               ) -> ImportPreview:
    db = open_database(database)
    try:
        return preview(db, path, progress=progress)
    finally:
        db.close()


def apply_at(database: Path, checked: ImportPreview, only_valid: bool = False,
             progress: Progress | None = None) -> int:
    db = open_database(database)
    try:
        return apply(db, checked, only_valid, progress)
    finally:
        db.close()


def export_register_at(database: Path, path: Path, progress: Progress | None = None) -> int:
    db = open_database(database)
    try:
        return export_register(db, path, progress)
    finally:
        db.close()
