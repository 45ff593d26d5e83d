"""A test hook: pause at a named point so a test can kill the process there.

``PARTYDESK_TEST_PAUSE=<point>:<signal file>`` makes the process write the signal
file on reaching ``<point>`` and then wait to be killed. Unset (always, outside
tests) it costs one environment lookup.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

PAUSE_ENV = "PARTYDESK_TEST_PAUSE"


def pause_point(name: str) -> None:
    spec = os.environ.get(PAUSE_ENV)
    if not spec:
        return
    point, _, signal_file = spec.partition(":")
    if point != name or not signal_file:
        return
    Path(signal_file).write_text(name, encoding="ascii")
    while True:           # until the test kills us
        time.sleep(0.5)
