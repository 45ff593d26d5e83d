"""Member files are secret: on POSIX everything PartyDesk writes is readable by the
user alone. New files are created 0600 and folders 0700 (``restrict_new_files`` sets
the process umask at start), and a data or log folder written by an older version is
tightened when it is opened (``make_private``). On Windows everything stays in the
user's own profile, whose permissions already keep other users out.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

PRIVATE_DIR = 0o700
PRIVATE_FILE = 0o600


def restrict_new_files() -> None:
    if os.name == "posix":
        os.umask(0o077)


def make_private(folder: Path) -> None:
    """``folder`` 0700 and everything in it 0600 (sub-folders 0700); symbolic links
    are left alone. Failures are ignored: a folder we cannot tighten still works."""
    if os.name != "posix" or not folder.is_dir():
        return
    with contextlib.suppress(OSError):
        folder.chmod(PRIVATE_DIR)
    for root, dirs, files in os.walk(folder):
        for name in dirs:
            _chmod(Path(root, name), PRIVATE_DIR)
        for name in files:
            _chmod(Path(root, name), PRIVATE_FILE)


def _chmod(path: Path, mode: int) -> None:
    with contextlib.suppress(OSError):
        if not path.is_symlink() and (path.stat().st_mode & 0o777) != mode:
            path.chmod(mode)
