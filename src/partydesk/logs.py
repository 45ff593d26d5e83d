"""Logging to a file in the platform's log directory. Never log personal data:
log what happened and to which record id, not names or dates of birth.

An exception's message can still carry data (a name in a KeyError, a value in a
database error), so errors are logged with their type, their place (file, line and
function of each frame) and a *scrubbed* message: every token holding a capital
letter, a digit or a letter beyond ASCII (names, dates, card numbers) and everything
quoted becomes "…". The log folder is private (0700, files 0600)."""

from __future__ import annotations

import logging
import logging.handlers
import re
import traceback
from pathlib import Path

from partydesk.private_files import make_private

LOG = logging.getLogger("partydesk")
QUOTED = re.compile(r"'[^']*'|\"[^\"]*\"")
TOKEN = re.compile(r"[^\s:;,()\[\]{}=<>]+")
SAFE_TOKEN = re.compile(r"[a-z_./\-]*")
REDACTED = "…"


def scrub(text: str) -> str:
    """``text`` with anything that could be personal data replaced by "…"."""
    text = QUOTED.sub(REDACTED, text)
    return TOKEN.sub(lambda m: m.group(0) if SAFE_TOKEN.fullmatch(m.group(0))
                     else REDACTED, text)


def scrubbed_traceback(exc_type, exc, tb) -> str:
    """Type, place and scrubbed message of an exception and of its causes."""
    lines: list[str] = []
    seen: set[int] = set()
    while exc is not None and id(exc) not in seen:
        seen.add(id(exc))
        lines.append("Traceback (places only):")
        for frame in traceback.extract_tb(exc.__traceback__ or tb):
            lines.append(f"  {Path(frame.filename).name}:{frame.lineno} in {frame.name}")
        lines.append(f"{type(exc).__name__}: {scrub(str(exc))}")
        tb = None
        exc = exc.__cause__ or (None if exc.__suppress_context__ else exc.__context__)
        if exc is not None:
            lines.append("caused by:")
    return "\n".join(lines)


class ScrubbingFormatter(logging.Formatter):
    def formatException(self, ei) -> str:  # noqa: N802 (logging's name)
        return scrubbed_traceback(*ei)

    def formatStack(self, stack_info: str) -> str:  # noqa: N802 (logging's name)
        return "(stack omitted)"


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
    handler.setFormatter(ScrubbingFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    LOG.addHandler(handler)
    LOG.setLevel(level)
    return log_file
