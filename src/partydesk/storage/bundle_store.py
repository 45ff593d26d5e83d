"""Bundle bookkeeping. Cell side: its higher committee (from the enrolment file) and
the sequence numbers of its exports. Committee side: enrolled cells, their pinned
keys and newest sequence, and the log of imported bundles."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from partydesk.storage.connection import Database
from partydesk.storage.rows import dicts

CELL_FIELDS = ["code", "name", "status", "secret_hash", "enrolled_at", "signing_public_key",
               "box_public_key", "fingerprint", "pinned_at", "last_sequence",
               "last_bundle_sha256", "last_bundle_created_at", "last_imported_at",
               "member_count", "level"]
HIGHER_FIELDS = ["id", "name", "code", "signing_public_key", "box_public_key",
                 "enrolment_secret", "enrolled_at", "last_sequence"]


# ---- cell side ----------------------------------------------------------------------

def insert_higher_committee(db: Database, fields: dict) -> None:
    db.execute(
        "INSERT INTO higher_committee (singleton, id, name, code, signing_public_key, "
        "box_public_key, enrolment_secret, enrolled_at) VALUES (1, :id, :name, :code, "
        ":signing_public_key, :box_public_key, :enrolment_secret, :enrolled_at)", fields)


def load_higher_committee(db: Database) -> dict | None:
    rows = dicts(db.execute(f"SELECT {', '.join(HIGHER_FIELDS)} FROM higher_committee"))
    return rows[0] if rows else None


def take_next_sequence(db: Database) -> int:
    """Reserve the next sequence number (committed at once: a failed export leaves a
    gap, never a number used twice)."""
    with db.atomic():
        db.execute("UPDATE higher_committee SET last_sequence = last_sequence + 1")
        return db.execute("SELECT last_sequence FROM higher_committee").fetchone()[0]


def erase_enrolment_secret(db: Database) -> bool:
    """Forget the one-time enrolment secret once it has travelled; True if it was held."""
    with db.atomic():
        cursor = db.execute("UPDATE higher_committee SET enrolment_secret = '' "
                            "WHERE enrolment_secret != ''")
        return cursor.rowcount > 0


def record_export(db: Database, sequence: int, file_name: str, sha256: str,
                  member_count: int, created_at: str) -> None:
    with db.atomic():
        db.execute("INSERT INTO exported_bundles (sequence, file_name, sha256, member_count, "
                   "created_at) VALUES (?, ?, ?, ?, ?)",
                   [sequence, file_name, sha256, member_count, created_at])


# ---- committee side -----------------------------------------------------------------

def load_cell(db: Database, code: str) -> dict | None:
    rows = dicts(db.execute(f"SELECT {', '.join(CELL_FIELDS)} FROM cells WHERE code = ?",
                                [code]))
    return rows[0] if rows else None


def list_cells(db: Database) -> list[dict]:
    return dicts(db.execute(f"SELECT {', '.join(CELL_FIELDS)} FROM cells ORDER BY code"))


def enrol_cell(db: Database, code: str, name: str, secret_hash: str, now: str,
               level: str = "cell") -> None:
    """Add a cell (or a lower committee: ``level``), or give one whose key is not
    pinned yet a new enrolment secret."""
    with db.atomic():
        db.execute(
            "INSERT INTO cells (code, name, status, secret_hash, enrolled_at, level) "
            "VALUES (?, ?, 'enrolled', ?, ?, ?) ON CONFLICT (code) DO UPDATE SET "
            "name = excluded.name, secret_hash = excluded.secret_hash, "
            "enrolled_at = excluded.enrolled_at, level = excluded.level "
            "WHERE cells.status = 'enrolled'",
            [code, name, secret_hash, now, level])


def pin_cell_key(db: Database, code: str, signing_key: str, box_key: str,
                 fingerprint: str, now: str) -> None:
    """Trust this key from now on; the enrolment secret is spent."""
    db.execute("UPDATE cells SET status = 'active', signing_public_key = ?, "
               "box_public_key = ?, fingerprint = ?, pinned_at = ?, secret_hash = NULL "
               "WHERE code = ? AND status = 'enrolled'",
               [signing_key, box_key, fingerprint, now, code])
    _trust_key(db, code, signing_key, fingerprint, now)


def _trust_key(db: Database, code: str, signing_key: str, fingerprint: str, now: str) -> None:
    db.execute("INSERT INTO cell_keys (cell_code, signing_public_key, fingerprint, "
               "trusted_at) VALUES (?, ?, ?, ?)", [code, signing_key, fingerprint, now])


def _retire_key(db: Database, code: str, because: str, now: str) -> None:
    db.execute("UPDATE cell_keys SET retired_at = ?, retired_because = ? "
               "WHERE cell_code = ? AND retired_at IS NULL", [now, because, code])


def change_cell_key(db: Database, code: str, signing_key: str, box_key: str,
                    fingerprint: str, now: str) -> None:
    """The cell moved to a new key (announced signed by the old one). The caller
    holds the transaction."""
    _retire_key(db, code, "changed", now)
    db.execute("UPDATE cells SET signing_public_key = ?, box_public_key = ?, "
               "fingerprint = ?, pinned_at = ? WHERE code = ? AND status = 'active'",
               [signing_key, box_key, fingerprint, now, code])
    _trust_key(db, code, signing_key, fingerprint, now)


def revoke_and_reenrol(db: Database, code: str, name: str, secret_hash: str,
                       now: str) -> None:
    """The cell lost its key: stop trusting it and wait for a first bundle proving a
    new enrolment secret. Its data and the history of its bundles stay."""
    with db.atomic():
        _retire_key(db, code, "revoked", now)
        db.execute("UPDATE cells SET status = 'enrolled', name = ?, secret_hash = ?, "
                   "enrolled_at = ?, signing_public_key = NULL, box_public_key = NULL, "
                   "fingerprint = NULL, pinned_at = NULL, last_sequence = 0, "
                   "last_bundle_sha256 = NULL WHERE code = ?", [name, secret_hash, now, code])


def retired_keys(db: Database, code: str) -> dict[str, str]:
    """``signing key (hex) → why it was retired`` for a cell."""
    return dict(db.execute("SELECT signing_public_key, retired_because FROM cell_keys "
                           "WHERE cell_code = ? AND retired_at IS NOT NULL", [code]))


def key_history(db: Database, code: str) -> list[dict]:
    return dicts(db.execute(
        "SELECT fingerprint, trusted_at, retired_at, retired_because FROM cell_keys "
        "WHERE cell_code = ? ORDER BY id", [code]))


def record_import(db: Database, code: str, sequence: int, sha256: str, created_at: str,
                  now: str, member_count: int, changes: tuple[int, int, int],
                  signing_fingerprint: str) -> None:
    db.execute("UPDATE cells SET last_sequence = ?, last_bundle_sha256 = ?, "
               "last_bundle_created_at = ?, last_imported_at = ?, member_count = ? "
               "WHERE code = ?", [sequence, sha256, created_at, now, member_count, code])
    db.execute("INSERT INTO imported_bundles (cell_code, sequence, sha256, created_at, "
               "imported_at, members_added, members_changed, members_leaving, "
               "signing_fingerprint) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
               [code, sequence, sha256, created_at, now, *changes, signing_fingerprint])


def list_exports(db: Database, limit: int) -> list[dict]:
    """The cell's last exports, newest first."""
    return dicts(db.execute(
        "SELECT sequence, file_name, member_count, created_at FROM exported_bundles "
        "ORDER BY sequence DESC LIMIT ?", [limit]))


def list_imports(db: Database, limit: int) -> list[dict]:
    """The committee's log of imported bundles, newest first."""
    return dicts(db.execute(
        "SELECT cell_code, sequence, created_at, imported_at, members_added, "
        "members_changed, members_leaving, signing_fingerprint FROM imported_bundles "
        "ORDER BY imported_at DESC, id DESC LIMIT ?", [limit]))


@contextmanager
def page_cache(db: Database, mebibytes: int) -> Iterator[None]:
    """A larger page cache for one long transaction (a batch of bundles): with the
    default 2 MB, SQLite spills the transaction's pages to the WAL again and again
    (416 MB of WAL for 80 cells); with 128 MB the batch costs what single imports do."""
    before = db.execute("PRAGMA cache_size").fetchone()[0]
    db.execute(f"PRAGMA cache_size = {-1024 * int(mebibytes)}")
    try:
        yield
    finally:
        db.execute(f"PRAGMA cache_size = {int(before)}")
