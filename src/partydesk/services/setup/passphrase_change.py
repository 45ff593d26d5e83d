"""Changing the register's passphrase (Settings: old, new twice).

The register is re-encrypted first (SQLCipher's rekey: every page, in one
transaction), then every backup the old passphrase opens, then the private key files,
so that nothing in the data folder stays readable under the old passphrase. A backup
the old passphrase does not open (damaged, or under an older one still) is named in
the result and not touched. A change cut short is completed, or dropped, the next time
the register opens (passphrase_journal.py).
"""

from __future__ import annotations

from pathlib import Path

from partydesk.services.bundles.hooks import pause_point
from partydesk.services.setup.installation import Installation
from partydesk.services.setup.keys import rekey_private_keys
from partydesk.services.setup.passphrase import WrongPassphrase, check_new, normalise
from partydesk.services.setup.passphrase_journal import begin_change, end_change
from partydesk.storage.cipher import file_salt
from partydesk.storage.database import rekey_register


def change_passphrase(installation: Installation, old: str, new: str,
                      repeated: str | None = None) -> list[Path]:
    """Re-encrypt everything under ``new``; refused (nothing changed) when ``old`` is not
    the passphrase the register was opened with or ``new`` will not do."""
    if installation.db is None or installation.passphrase is None:
        raise WrongPassphrase()
    if normalise(old) != installation.passphrase:
        raise WrongPassphrase()
    new = check_new(new, repeated)
    paths, old = installation.paths, installation.passphrase
    begin_change(paths, old, new)
    left = rekey_register(installation.db, new, paths.backups_dir)
    installation.passphrase = new
    pause_point("passphrase-change-midway")
    rekey_private_keys(paths.keys_dir, old, new, salt=file_salt(paths.database))
    end_change(paths)
    return left
