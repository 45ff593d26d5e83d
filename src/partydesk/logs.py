"""Logging to a file in the platform's log directory. Never log personal data:
log what happened and to which record id, not names or dates of birth."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

from partydesk.private_files import make_private

LOG = logging.getLogger("partydesk")


def configure_logging(log_dir: Path, level: int = logging.INFO) -> Path | None:
    """Log to ``log_dir/partydesk.log`` (rotated); returns the file, or None when the
    folder cannot be written (the app then runs without a log file)."""
    log_file = log_dir / "partydesk.log"
    try:
        log_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
        make_private(log_dir)
        handler = logging.handlers.RotatingFileHandler(
            log_file, maxBytes=1_000_000, backupCount=3, encoding="utf-8", delay=True)
    except OSError:
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    LOG.addHandler(handler)
    LOG.setLevel(level)
    return log_file
