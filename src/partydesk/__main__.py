"""Entry point: ``partydesk`` / ``python -m partydesk``.

This is where the layers are wired together: a command runs through the
command line; no command opens the app (the only place that loads Qt).
"""

from __future__ import annotations

import sys

from partydesk.cli.main import run_command
from partydesk.cli.parser import build_parser
from partydesk.logs import configure_logging
from partydesk.paths import resolve_paths


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    paths = resolve_paths(args.data_dir)
    configure_logging(paths.log_dir)
    if args.command is None:
        from partydesk.ui.app import run_app

        return run_app(paths)
    return run_command(args, parser)


if __name__ == "__main__":
    sys.exit(main())
