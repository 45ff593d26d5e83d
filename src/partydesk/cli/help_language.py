"""``--help`` and usage errors in the language of ``PARTYDESK_LANG`` (Vietnamese by
default), from the same Qt Linguist catalogues as every other message."""

from __future__ import annotations

import argparse

from partydesk.i18n import chosen_language, translate


def translate_parser(parser: argparse.ArgumentParser, language: str | None = None) -> None:
    """Put the parser's descriptions and help texts, and its sub-parsers', in ``language``."""
    language = language or chosen_language()
    if parser.description:
        parser.description = translate("CommandLine", parser.description, language)
    for action in parser._actions:
        if action.help and action.help != argparse.SUPPRESS:
            context = "argparse" if action.help.startswith("show ") else "CommandLine"
            action.help = translate(context, action.help, language)
        if isinstance(action, argparse._SubParsersAction):
            for choice in action._choices_actions:
                choice.help = translate("CommandLine", choice.help, language)
            for sub in action.choices.values():
                translate_parser(sub, language)


def install_argparse_language(language: str | None = None) -> None:
    """argparse's own words ("usage:", "options", its errors) through our catalogue."""
    language = language or chosen_language()
    argparse._ = lambda text: translate("argparse", text, language)
    argparse.ngettext = lambda one, many, n: translate("argparse", one if n == 1 else many,
                                                       language)
