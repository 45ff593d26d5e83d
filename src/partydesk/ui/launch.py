"""Launch the app without loading Qt first: check the platform (a missing library gets a
plain message, not a crash), then hand over to application.PartyDeskApp."""

from __future__ import annotations

import os
import sys

from partydesk.domain.errors import PartyDeskError
from partydesk.paths import AppPaths
from partydesk.ui.platform_check import platform_problem

QUIT_AFTER_ENV = "PARTYDESK_QUIT_AFTER_MS"  # smoke tests: show the window, then quit
READY_ENV = "PARTYDESK_REPORT_READY"  # benchmarks: say when the window is first idle


def run_app(paths: AppPaths, argv: list[str] | None = None) -> int:
    problem = platform_problem()
    if problem:
        print(problem, file=sys.stderr)
        return 1
    from partydesk.ui.application import PartyDeskApp

    app = PartyDeskApp(paths, argv or sys.argv[:1])
    app.report_unlock = bool(os.environ.get(READY_ENV))
    quit_after = os.environ.get(QUIT_AFTER_ENV)
    app.close_unlock_after = int(quit_after) if quit_after else None
    try:
        if not app.start():
            return 1
    except PartyDeskError as error:
        app.report_refusal(error)
        return 1
    if os.environ.get(READY_ENV):
        app.report_ready()
    quit_after = os.environ.get(QUIT_AFTER_ENV)
    if quit_after:
        app.quit_after(int(quit_after))
    return app.exec()
