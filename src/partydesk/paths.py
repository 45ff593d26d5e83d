"""Every path PartyDesk uses, resolved in one place. Nothing is created here.

The data directory is, in order of precedence: ``--data-dir``, the
``PARTYDESK_DATA_DIR`` environment variable, ``data/`` beside the frozen
executable when a portable marker file sits there (a copy carried on a USB
stick), and otherwise the platform's per-user data directory.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

APP_DIR_NAME = "partydesk"
PORTABLE_MARKER = "partydesk-portable.txt"
DATA_DIR_ENV = "PARTYDESK_DATA_DIR"
LOG_DIR_ENV = "PARTYDESK_LOG_DIR"


@dataclass(frozen=True)
class AppPaths:
    data_dir: Path
    log_dir: Path
    portable: bool = False

    @property
    def database(self) -> Path:
        return self.data_dir / "partydesk.sqlite3"

    @property
    def lock_file(self) -> Path:
        return self.data_dir / "partydesk.lock"

    @property
    def keys_dir(self) -> Path:
        return self.data_dir / "keys"

    @property
    def backups_dir(self) -> Path:
        return self.data_dir / "backups"

    @property
    def log_file(self) -> Path:
        return self.log_dir / "partydesk.log"


def portable_root(executable: str | None = None, frozen: bool | None = None) -> Path | None:
    """The frozen app's folder when it carries the portable marker, else None."""
    frozen = getattr(sys, "frozen", False) if frozen is None else frozen
    if not frozen:
        return None
    folder = Path(executable or sys.executable).resolve().parent
    return folder if (folder / PORTABLE_MARKER).is_file() else None


def resolve_paths(data_dir: str | os.PathLike | None = None,
                  environ: Mapping[str, str] | None = None,
                  portable: Path | None = None) -> AppPaths:
    environ = os.environ if environ is None else environ
    portable = portable if portable is not None else portable_root()
    log_override = environ.get(LOG_DIR_ENV)
    if portable is not None and not data_dir and not environ.get(DATA_DIR_ENV):
        root = portable / "data"
        return AppPaths(root, Path(log_override) if log_override else root / "logs", True)
    chosen = data_dir or environ.get(DATA_DIR_ENV)
    if chosen:
        resolved = Path(chosen).expanduser().absolute()
    else:
        resolved = Path(_platform_dirs().user_data_dir)
    log_dir = Path(log_override) if log_override else Path(_platform_dirs().user_log_dir)
    return AppPaths(resolved, log_dir)


def _platform_dirs():
    from platformdirs import PlatformDirs  # deferred: only needed when not overridden

    return PlatformDirs(APP_DIR_NAME, appauthor=False)
