"""An installation: a data directory, its lock, and (once set up) its register.

``Installation.acquire`` takes the directory for this process; ``open_register``
opens and migrates the database and loads the organisation. Every refusal
leaves the directory exactly as it was.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from partydesk.domain.errors import PartyDeskError
from partydesk.domain.messages import QT_TRANSLATE_NOOP, message
from partydesk.domain.organisation import Organisation
from partydesk.paths import AppPaths
from partydesk.private_files import make_private
from partydesk.services.setup.instance_lock import InstanceLock
from partydesk.services.setup.keys import protect_private_keys
from partydesk.services.setup.passphrase import obtain
from partydesk.services.setup.passphrase_journal import finish_interrupted_change
from partydesk.storage.cipher import file_salt, is_plain
from partydesk.storage.database import Database, open_database
from partydesk.storage.organisation_store import load_organisation


class DataDirError(PartyDeskError):
    def __init__(self, folder: Path):
        super().__init__(message(QT_TRANSLATE_NOOP(
            "Setup", "The data folder {folder} cannot be created or written. Choose "
            "another folder or ask for write permission."), folder=str(folder)))


class NotInitialisedError(PartyDeskError):
    def __init__(self, folder: Path):
        super().__init__(message(QT_TRANSLATE_NOOP(
            "Setup", "No register has been set up in {folder} yet. Run the setup first "
            "(partydesk init)."), folder=str(folder)))


class Installation:
    def __init__(self, paths: AppPaths):
        self.paths = paths
        self._lock = InstanceLock(paths.lock_file)
        self._created_dir = False
        self.db: Database | None = None
        self.passphrase: str | None = None      # in memory only, once the register opened
        self.organisation: Organisation | None = None

    @classmethod
    def acquire(cls, paths: AppPaths, create: bool = False) -> Installation:
        """Take the data directory for this process (creating it if ``create``)."""
        installation = cls(paths)
        installation._prepare_dir(create)
        try:
            installation._lock.acquire()
        except PartyDeskError:
            installation._undo_dir()
            raise
        except OSError:
            installation._undo_dir()
            raise DataDirError(paths.data_dir) from None
        return installation

    def _prepare_dir(self, create: bool) -> None:
        folder = self.paths.data_dir
        if folder.is_dir():
            if not os.access(folder, os.W_OK):
                raise DataDirError(folder)
            make_private(folder)       # a folder from an older version: 0700, files 0600
            return
        if not create:
            raise NotInitialisedError(folder)
        try:
            folder.mkdir(mode=0o700, parents=True)
        except OSError:
            raise DataDirError(folder) from None
        self._created_dir = True

    def _undo_dir(self) -> None:
        if self._created_dir:
            with contextlib.suppress(OSError):
                self.paths.data_dir.rmdir()

    @property
    def initialised(self) -> bool:
        return self.paths.database.exists()

    @property
    def needs_new_passphrase(self) -> bool:
        """True for a register from a version without encryption: opening it chooses
        its passphrase (and encrypts it, after a backup)."""
        return is_plain(self.paths.database)

    def open_register(self, passphrase: str | None = None) -> Organisation:
        """Open the register with ``passphrase`` (else the front end's source: see
        passphrase.py). A plain register from an older version is backed up, then
        encrypted under it; a wrong one raises WrongPassphrase, nothing touched."""
        if not self.initialised:
            raise NotInitialisedError(self.paths.data_dir)
        if passphrase is None:
            passphrase = obtain(choosing=is_plain(self.paths.database))
        db = open_database(self.paths.database, self.paths.backups_dir, passphrase)
        try:
            finish_interrupted_change(self.paths, passphrase)
            protect_private_keys(self.paths.keys_dir, passphrase,
                                 salt=file_salt(self.paths.database))
        except BaseException:
            db.close()              # a key file under another passphrase: not opened
            raise
        self.db, self.passphrase = db, passphrase
        self.organisation = load_organisation(self.db)
        if self.organisation is None:
            raise NotInitialisedError(self.paths.data_dir)
        return self.organisation

    def release(self, refused: bool = False) -> None:
        """Close the register and free the directory; after a refusal, remove the
        lock file and folder this process created, so nothing is left behind."""
        if self.db is not None:
            self.db.close()
            self.db = None
        self._lock.release(remove_if_created=refused)
        if refused:
            self._undo_dir()

    def __enter__(self) -> Installation:
        return self

    def __exit__(self, exc_type, exc, tb) -> None:
        self.release(refused=exc_type is not None and not self.initialised)
