"""Run one command line command and turn its outcome into an exit status."""

from __future__ import annotations

import argparse
import logging
import os
import sys

from partydesk.domain.errors import PartyDeskError
from partydesk.domain.messages import QT_TRANSLATE_NOOP, message
from partydesk.services.setup.passphrase import set_source
from partydesk.services.shared.register import known_storage_error

from .output import fail
from .passphrase_prompt import cli_source

LOG = logging.getLogger("partydesk.cli")


def run_command(args: argparse.Namespace, parser: argparse.ArgumentParser) -> int:
    args.parser_error = parser.error
    set_source(cli_source)
    try:
        return args.handler(args)
    except PartyDeskError as exc:
        return fail(exc.message)
    except BrokenPipeError:
        # The reader stopped early (``partydesk meetings list | head``): not a failure.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except Exception as exc:
        known = known_storage_error(exc)
        if known is not None:
            return fail(known.message)
        LOG.exception("command %s failed", args.command)
        if os.environ.get("PARTYDESK_DEBUG"):
            raise
        return fail(message(QT_TRANSLATE_NOOP(
            "Cli", "An unexpected error occurred ({kind}); details are in the log file."),
            kind=type(exc).__name__))
