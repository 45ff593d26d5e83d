"""A passphrase change survives being cut short (power lost, the process killed).

The register, its backups and the two key files are re-encrypted one after another;
a crash between them would leave the key files under the old passphrase and the
register under the new one, and the installation could no longer sign. So before
anything changes, the old passphrase is written, sealed under the new one, into
``passphrase-change.pending`` beside the register:

- the register still opens with the old passphrase: the change never reached it, so
  nothing else changed either; the journal is removed;
- it opens with the new one: the journal opens too, and the backups and key files
  still under the old passphrase are re-encrypted; then the journal is removed.

The journal is readable only with the new passphrase (which opens everything anyway)
and lives only while a change is under way."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from partydesk.paths import AppPaths
from partydesk.services.setup.keys import rekey_private_keys
from partydesk.storage.cipher import derive_key, file_salt, rekey_file

JOURNAL = "passphrase-change.pending"


def journal_path(paths: AppPaths) -> Path:
    return paths.data_dir / JOURNAL


def begin_change(paths: AppPaths, old: str, new: str) -> None:
    """Write the journal (fsynced) before the first file is re-encrypted."""
    sealed = _box(new, paths).encrypt(old.encode("utf-8"))
    path = journal_path(paths)
    partial = path.with_suffix(".partial")
    fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        os.write(fd, bytes(sealed))
        os.fsync(fd)
    finally:
        os.close(fd)
    partial.replace(path)


def end_change(paths: AppPaths) -> None:
    journal_path(paths).unlink(missing_ok=True)


def finish_interrupted_change(paths: AppPaths, passphrase: str) -> bool:
    """Called once the register opened with ``passphrase``: complete a change that was
    cut short, or drop one that never reached the register. True when one was
    completed."""
    path = journal_path(paths)
    if not path.is_file():
        return False
    old = _old_passphrase(path, passphrase, paths)
    if old is not None:
        if paths.backups_dir.is_dir():
            for backup in sorted(paths.backups_dir.glob("*.sqlite3")):
                rekey_file(backup, old, passphrase)        # False: already under the new
        rekey_private_keys(paths.keys_dir, old, passphrase, salt=file_salt(paths.database))
    end_change(paths)
    return old is not None


def _old_passphrase(path: Path, passphrase: str, paths: AppPaths) -> str | None:
    """The old passphrase, when ``passphrase`` is the new one; else None."""
    from nacl.exceptions import CryptoError

    try:
        return _box(passphrase, paths).decrypt(path.read_bytes()).decode("utf-8")
    except (CryptoError, ValueError, UnicodeDecodeError):
        return None


def _box(passphrase: str, paths: AppPaths):
    from nacl.secret import SecretBox

    derived = derive_key(passphrase, file_salt(paths.database) or b"")
    return SecretBox(hashlib.blake2b(derived, digest_size=SecretBox.KEY_SIZE,
                                     person=b"partydesk-change").digest())
