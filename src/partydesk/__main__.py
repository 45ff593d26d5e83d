"""Entry point: ``partydesk`` / ``python -m partydesk``.

This is where the layers are wired together: a command runs through the
command line; no command opens the app (the only place that loads Qt).
Opening the app parses only the global options, so start-up does not load
the services behind every command.
"""

from __future__ import annotations

import argparse
import sys

from partydesk.logs import configure_logging
from partydesk.paths import resolve_paths
from partydesk.private_files import restrict_new_files


def _app_options(argv: list[str]) -> argparse.Namespace | None:
    """The global options when ``argv`` names no command (open the app), else None."""
    parser = argparse.ArgumentParser(add_help=False)
    parser.add_argument("--data-dir")
    known, rest = parser.parse_known_args(argv)
    return None if rest else known


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    restrict_new_files()            # member data: every new file 0600, folder 0700
    app_options = _app_options(argv)
    if app_options is not None:
        paths = resolve_paths(app_options.data_dir)
        configure_logging(paths.log_dir)
        from partydesk.ui.launch import run_app

        return run_app(paths)
    from partydesk.cli.main import run_command
    from partydesk.cli.parser import build_parser

    parser = build_parser()
    args = parser.parse_args(argv)
    paths = resolve_paths(args.data_dir)
    configure_logging(paths.log_dir)
    if args.command is None:     # e.g. only --data-dir with a typo'd option: parser said so
        parser.print_usage()
        return 2
    return run_command(args, parser)


if __name__ == "__main__":
    sys.exit(main())
